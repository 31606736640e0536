import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { scopeOf } from '../auth/decorators';
import type { AllianceContext } from './alliance-context';

export const ALLIANCE_SCOPED = 'gw:allianceScoped';

/**
 * The operation works inside one alliance, named by its `allianceId` argument (or
 * `input.allianceId`). The TenancyInterceptor resolves the caller's membership; a caller
 * without an active seat gets the same NOT_FOUND as for an id that does not exist.
 */
export const AllianceScoped = (options: { providers?: boolean } = {}) => SetMetadata(ALLIANCE_SCOPED, options.providers ? 'providers' : true);

/**
 * Whether a caller of this role may call an operation marked with `marker`. A PROVIDER membership
 * (an organisation that only lists offers in the portal) reaches only the operations marked
 * `@AllianceScoped({ providers: true })`; everything else of the workspace answers as if the
 * alliance did not exist.
 */
export const roleMayCall = (role: string, marker: true | 'providers'): boolean => role !== 'PROVIDER' || marker === 'providers';

export const CurrentAlliance = createParamDecorator((_: unknown, ctx: ExecutionContext): AllianceContext => {
  const alliance = scopeOf(ctx).alliance;
  if (!alliance) throw new Error('@CurrentAlliance() used on an operation without @AllianceScoped()');
  return alliance;
});
