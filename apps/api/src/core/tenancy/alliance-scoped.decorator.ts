import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { scopeOf } from '../auth/decorators';
import type { AllianceContext } from './alliance-context';

export const ALLIANCE_SCOPED = 'gw:allianceScoped';

/**
 * The operation works inside one alliance, named by its `allianceId` argument (or
 * `input.allianceId`). The TenancyInterceptor resolves the caller's membership; a caller
 * without an active seat gets the same NOT_FOUND as for an id that does not exist.
 */
export const AllianceScoped = () => SetMetadata(ALLIANCE_SCOPED, true);

export const CurrentAlliance = createParamDecorator((_: unknown, ctx: ExecutionContext): AllianceContext => {
  const alliance = scopeOf(ctx).alliance;
  if (!alliance) throw new Error('@CurrentAlliance() used on an operation without @AllianceScoped()');
  return alliance;
});
