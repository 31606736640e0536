import { Injectable } from '@nestjs/common';
import { forbidden, notFound } from '../../core/errors';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import type { OfferRow, RevisionRow } from './offers.repository';
import type { PortalProviderModel } from './portal.models';
import { PortalRepository } from './portal.repository';
import { may, requireAccess } from '../../core/access/access';

/** Roles whose organisations may list offers (observers only watch). */
const OFFERING_ROLES = ['BACKBONE', 'PARTNER', 'FUNDER', 'PROVIDER'];

/**
 * Every "may this caller do X" of the portal, in one place: editors are the backbone and the
 * memberships it appointed; a provider's people act on their own provider's offers only, and an
 * offer of another provider is answered like one that does not exist.
 */
@Injectable()
export class PortalAccess {
  constructor(private readonly repo: PortalRepository) {}

  async isEditor(ctx: AllianceContext): Promise<boolean> {
    if (ctx.role === 'BACKBONE') return true;
    if (ctx.role === 'PROVIDER' || ctx.apiToken) return false;
    return this.repo.isAppointedEditor(ctx.em, ctx.allianceId, ctx.membershipId);
  }

  async requireEditor(ctx: AllianceContext): Promise<void> {
    if (!(await this.isEditor(ctx))) throw forbidden('PORTAL_EDITOR');
  }

  requireOffering(ctx: AllianceContext): void {
    if (!OFFERING_ROLES.includes(ctx.role) || ctx.apiToken) throw forbidden('OFFER_PROVIDER');
  }

  /** The portal's districts: the backbone, and every role that may list offers. */
  requireDistrictReader(ctx: AllianceContext): void {
    if (ctx.role !== 'BACKBONE') this.requireOffering(ctx);
  }

  /** Portal settings, editors and population figures: the backbone. */
  async requireManager(ctx: AllianceContext): Promise<void> {
    await requireAccess(ctx, 'alliance.update');
  }

  /** Like requireManager, as a boolean (for the navigation). */
  isManager(ctx: AllianceContext): boolean {
    return may(ctx, 'alliance.update');
  }

  /** The caller's own provider (created from its organisation the first time a member lists an offer). */
  async ownProvider(ctx: AllianceContext, create: boolean): Promise<PortalProviderModel | undefined> {
    this.requireOffering(ctx);
    const existing = await this.repo.providerOf(ctx.em, ctx.allianceId, ctx.membershipId);
    if (existing || !create) return existing;
    return this.repo.ensureProviderOf(ctx.em, ctx.allianceId, ctx.membershipId);
  }

  /** The offer when the caller is an editor or works for its provider; otherwise NOT_FOUND. */
  async requireOffer(ctx: AllianceContext, offer: OfferRow | RevisionRow | undefined): Promise<{ editor: boolean }> {
    if (!offer) throw notFound('PortalOffer');
    if (offer.providerMembershipId === ctx.membershipId && ctx.role !== 'OBSERVER') return { editor: await this.isEditor(ctx) };
    if (await this.isEditor(ctx)) return { editor: true };
    throw notFound('PortalOffer');
  }
}
