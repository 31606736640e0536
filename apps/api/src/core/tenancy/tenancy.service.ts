import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError, notFound } from '../errors';
import type { AuthUser } from '../request-context';
import type { AllianceContext } from './alliance-context';
import {
  administeredOrganisationIds,
  allianceIdsOfAdminSeats,
  enterAlliance,
  enterAllianceWithApiToken,
  enterOwnAlliances,
  enterPortal,
  setSetting,
} from './tenancy.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: unknown): s is string => typeof s === 'string' && UUID.test(s);

/**
 * The only code that sets the row-level-security settings (through tenancy.repository). All of
 * them are transaction-local (`set_config(…, true)`), so a pooled connection never carries one
 * request's alliance into the next.
 */
@Injectable()
export class TenancyService {
  async setUser(em: EntityManager, userId: string | undefined): Promise<void> {
    await setSetting(em, 'user', userId ?? '');
  }

  /** Narrows the transaction to one alliance (reads and writes). */
  async setAlliance(em: EntityManager, allianceId: string | null): Promise<void> {
    await setSetting(em, 'alliance', allianceId ?? '');
  }

  /** Lets the transaction read (never write) the listed alliances, e.g. a funder's portfolio. */
  async setReadableAlliances(em: EntityManager, allianceIds: string[]): Promise<void> {
    await setSetting(em, 'readableAlliances', `{${allianceIds.filter(isUuid).join(',')}}`);
  }

  /**
   * The public read context of a Chancenportal (no login, no user): gw_enter_portal sets the
   * portal's slug, finds the enabled portal under row-level security and makes its alliance the
   * transaction's `app.public_alliance_id`, which only SELECT policies for published rows read
   * (migration PortalPublicContext). Null for an unknown or disabled portal.
   */
  async enterPortal(em: EntityManager, slug: unknown): Promise<string | null> {
    if (typeof slug !== 'string' || !/^[a-z0-9][a-z0-9-]{1,62}$/.test(slug)) return null;
    return enterPortal(em, slug);
  }

  /**
   * Alliances where the user holds a seat in an active membership (visible via the own_seats
   * policy); also makes them the transaction's read list. One round trip: gw_enter_own_alliances.
   */
  async activeAllianceIdsOf(em: EntityManager, userId: string): Promise<string[]> {
    return enterOwnAlliances(em, userId);
  }

  /**
   * Enters an alliance for the caller: sets the context, then checks for an active seat, in one
   * round trip (gw_enter_alliance, which clears the context again when there is no seat).
   * Unknown alliance and "not yours" are indistinguishable to the caller.
   */
  async enter(em: EntityManager, allianceId: unknown, userId: string): Promise<AllianceContext> {
    if (!isUuid(allianceId)) throw notFound('Alliance');
    const seat = await enterAlliance(em, allianceId, userId);
    if (!seat) throw notFound('Alliance');
    // The alliance requires a second factor of its admins (requireTwoFactorForAdmins): an admin
    // without one is told to enrol (the web leads to the account page) instead of working here.
    if (seat.two_factor_missing) throw new DomainError('TWO_FACTOR_ENROLMENT_REQUIRED');
    return {
      allianceId,
      userId,
      membershipId: seat.membership_id,
      organisationId: seat.organisation_id,
      role: seat.role,
      isAdmin: seat.is_admin,
      em,
    };
  }

  /**
   * Enters an alliance for an API token, like `enter` for a seat: gw_enter_api_token sets the
   * context and answers with the membership the token acts for, or clears it again when the
   * token is not of this alliance, revoked, expired, or its member has left. READ_ONLY tokens act
   * for the backbone's membership with an observer's rights; REPORTING tokens with their member's role.
   */
  async enterWithApiToken(em: EntityManager, allianceId: unknown, userId: string, token: NonNullable<AuthUser['apiToken']>): Promise<AllianceContext> {
    if (!isUuid(allianceId) || allianceId !== token.allianceId) throw notFound('Alliance');
    const seat = await enterAllianceWithApiToken(em, allianceId, token.id);
    // A REPORTING token reports as its partner; if that member became anything else, the token stops.
    if (!seat || (seat.token_role === 'REPORTING' && seat.role !== 'PARTNER')) throw notFound('Alliance');
    return {
      allianceId,
      userId,
      membershipId: seat.membership_id,
      organisationId: seat.organisation_id,
      role: seat.token_role === 'READ_ONLY' ? 'OBSERVER' : 'PARTNER',
      isAdmin: false,
      apiToken: { id: token.id, role: seat.token_role },
      em,
    };
  }

  /**
   * Organisations the user administers: linked to the user and held by the user's own admin seat
   * in a membership of that organisation (in any alliance): an active seat of an ACTIVE membership,
   * or the last admin seat of a membership that ended (LEFT, or LEFT and invited back), so that an
   * organisation that left its only alliance keeps its admins and can be invited back. Seats end
   * only with their membership (leaving) or with the person's erasure, which also unlinks them.
   * Reads only the user's own seats and the memberships behind them.
   */
  async administeredOrganisationIds(em: EntityManager, userId: string): Promise<string[]> {
    const seats = await allianceIdsOfAdminSeats(em, userId);
    if (!seats.length) return [];
    await this.setReadableAlliances(em, seats);
    const orgs = await administeredOrganisationIds(em, userId);
    await this.setReadableAlliances(em, []);
    return orgs;
  }

  /** Lets the transaction read open invitations addressed to these organisations (their admins' inbox). */
  async setAdminOrganisations(em: EntityManager, organisationIds: string[]): Promise<void> {
    await setSetting(em, 'adminOrganisations', `{${organisationIds.filter(isUuid).join(',')}}`);
  }
}
