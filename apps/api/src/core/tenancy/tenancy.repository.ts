import type { MembershipRoleName } from '@gemeinwerk/shared';
import type { EntityManager } from 'typeorm';

/**
 * The statements of tenancy: the row-level-security settings (all transaction-local,
 * `set_config(…, true)`, so a pooled connection never carries one request's alliance into the
 * next) and the database functions that enter a context. TenancyService decides when to call them.
 */

const SETTINGS = {
  user: `SELECT set_config('app.user_id', $1, true)`,
  alliance: `SELECT set_config('app.alliance_id', $1, true)`,
  readableAlliances: `SELECT set_config('app.alliance_ids', $1, true)`,
  adminOrganisations: `SELECT set_config('app.admin_organisation_ids', $1, true)`,
} as const;

/** Sets `app.user_id`, `app.alliance_id`, `app.alliance_ids` or `app.admin_organisation_ids` for this transaction. */
export async function setSetting(em: EntityManager, setting: keyof typeof SETTINGS, value: string): Promise<void> {
  await em.query(SETTINGS[setting], [value]);
}

/** The same for `app.user_id` as text to send with BEGIN in one simple-protocol message (`lit` quotes the value). */
export const userSettingSql = (userId: string, lit: (s: string) => string) => `SELECT set_config('app.user_id', ${lit(userId)}, true)`;

export async function enterPortal(em: EntityManager, slug: string): Promise<string | null> {
  const rows: { alliance_id: string | null }[] = await em.query(`SELECT gw_enter_portal($1) AS alliance_id`, [slug]);
  return rows[0]?.alliance_id ?? null;
}

export async function enterOwnAlliances(em: EntityManager, userId: string): Promise<string[]> {
  const rows: { alliance_id: string }[] = await em.query(`SELECT alliance_id FROM gw_enter_own_alliances($1)`, [userId]);
  return rows.map((r) => r.alliance_id);
}

export interface SeatRow {
  membership_id: string;
  organisation_id: string;
  role: MembershipRoleName;
  is_admin: boolean;
  two_factor_missing: boolean;
}

export async function enterAlliance(em: EntityManager, allianceId: string, userId: string): Promise<SeatRow | undefined> {
  const rows: SeatRow[] = await em.query(`SELECT membership_id, organisation_id, role, is_admin, two_factor_missing FROM gw_enter_alliance($1, $2)`, [
    allianceId,
    userId,
  ]);
  return rows[0];
}

export interface TokenSeatRow {
  membership_id: string;
  organisation_id: string;
  role: MembershipRoleName;
  token_role: 'READ_ONLY' | 'REPORTING';
}

export async function enterAllianceWithApiToken(em: EntityManager, allianceId: string, tokenId: string): Promise<TokenSeatRow | undefined> {
  const rows: TokenSeatRow[] = await em.query(`SELECT membership_id, organisation_id, role, token_role FROM gw_enter_api_token($1, $2)`, [allianceId, tokenId]);
  return rows[0];
}

/** Alliances where the user holds an admin seat (the user's own seats only). */
export async function allianceIdsOfAdminSeats(em: EntityManager, userId: string): Promise<string[]> {
  const seats: { alliance_id: string }[] = await em.query(`SELECT DISTINCT alliance_id FROM alliance_seats WHERE user_id = $1 AND is_admin`, [userId]);
  return seats.map((s) => s.alliance_id);
}

/** See TenancyService.administeredOrganisationIds: needs the seats' alliances readable. */
export async function administeredOrganisationIds(em: EntityManager, userId: string): Promise<string[]> {
  const orgs: { organisation_id: string }[] = await em.query(
    `SELECT DISTINCT m.organisation_id FROM alliance_seats s
         JOIN memberships m ON m.alliance_id = s.alliance_id AND m.id = s.membership_id
         JOIN user_organisations uo ON uo.user_id = s.user_id AND uo.organisation_id = m.organisation_id
        WHERE s.user_id = $1 AND s.is_admin
          AND ((s.left_at IS NULL AND m.state = 'ACTIVE') OR m.state <> 'ACTIVE')`,
    [userId],
  );
  return orgs.map((o) => o.organisation_id);
}
