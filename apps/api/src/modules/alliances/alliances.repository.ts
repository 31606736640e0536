import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AllianceKindName, AllianceLifecycleName } from '@gemeinwerk/shared';
import { one, rows, updateVersioned } from '../../database/sql';
import { AllianceModel } from './alliances.models';

const SELECT_WITH_MY_SEAT = `
  SELECT DISTINCT ON (a.id)
         a.id, a.name, a.kind, a.lifecycle, a.problem_statement AS "problemStatement", a.vision,
         to_char(a.period_start, 'YYYY-MM-DD') AS "periodStart", to_char(a.period_end, 'YYYY-MM-DD') AS "periodEnd",
         a.primary_color AS "primaryColor", a.logo_data_url AS "logoDataUrl", a.guest_comments AS "guestComments",
         a.require_two_factor_for_admins AS "requireTwoFactorForAdmins", a.version, a.created_at AS "createdAt",
         m.role AS "myRole", m.id AS "myMembershipId", s.is_admin AS "myIsAdmin",
         json_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'city', o.city) AS "myOrganisation"
    FROM alliances a
    JOIN alliance_seats s ON s.alliance_id = a.id AND s.user_id = $1 AND s.left_at IS NULL
    JOIN memberships m ON m.alliance_id = s.alliance_id AND m.id = s.membership_id AND m.state = 'ACTIVE'
    JOIN organisations o ON o.id = m.organisation_id`;

export interface AllianceProfile {
  name: string;
  kind: AllianceKindName;
  lifecycle: AllianceLifecycleName;
  problemStatement: string;
  vision: string;
  periodStart: string | null;
  periodEnd: string | null;
  primaryColor: string | null;
  logoDataUrl: string | null;
  guestComments: boolean;
  requireTwoFactorForAdmins: boolean;
  version: number;
}

/** Profile fields the backbone may edit, and their columns. */
const PROFILE_FIELDS: Partial<Record<keyof AllianceProfile, string>> = {
  name: 'name',
  kind: 'kind',
  problemStatement: 'problem_statement',
  vision: 'vision',
  periodStart: 'period_start',
  periodEnd: 'period_end',
  primaryColor: 'primary_color',
  logoDataUrl: 'logo_data_url',
  guestComments: 'guest_comments',
  requireTwoFactorForAdmins: 'require_two_factor_for_admins',
};

const PROFILE_COLUMNS = `name, kind, lifecycle, problem_statement AS "problemStatement", vision,
  to_char(period_start, 'YYYY-MM-DD') AS "periodStart", to_char(period_end, 'YYYY-MM-DD') AS "periodEnd",
  primary_color AS "primaryColor", logo_data_url AS "logoDataUrl", guest_comments AS "guestComments",
  require_two_factor_for_admins AS "requireTwoFactorForAdmins", version`;

/** Alliance queries. Row-level security decides which alliances a transaction can see. */
@Injectable()
export class AlliancesRepository {
  /** Every alliance visible in this transaction where the user holds an active seat. */
  async listWithMySeat(em: EntityManager, userId: string): Promise<AllianceModel[]> {
    const list = await rows<AllianceModel>(em, `${SELECT_WITH_MY_SEAT} ORDER BY a.id, m.role = 'BACKBONE' DESC`, [userId]);
    return list.sort((a, b) => a.name.localeCompare(b.name, 'de'));
  }

  async getWithMySeat(em: EntityManager, allianceId: string, userId: string): Promise<AllianceModel | undefined> {
    return (await rows<AllianceModel>(em, `${SELECT_WITH_MY_SEAT} WHERE a.id = $2 ORDER BY a.id, m.role = 'BACKBONE' DESC`, [userId, allianceId]))[0];
  }

  async insert(
    em: EntityManager,
    a: { id: string; name: string; kind: string; problemStatement: string; vision: string; periodStart: string | null; periodEnd: string | null },
  ): Promise<void> {
    await em.query(`INSERT INTO alliances (id, name, kind, problem_statement, vision, period_start, period_end) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      a.id,
      a.name,
      a.kind,
      a.problemStatement,
      a.vision,
      a.periodStart,
      a.periodEnd,
    ]);
  }

  /** The editable profile as stored (audit before/after, rule checks). */
  profile(em: EntityManager, allianceId: string): Promise<AllianceProfile | undefined> {
    return one<AllianceProfile>(em, `SELECT ${PROFILE_COLUMNS} FROM alliances WHERE id = $1`, [allianceId]);
  }

  /** Optimistic update of the given profile columns (keys of PROFILE_FIELDS); stale version → CONFLICT. */
  updateProfile(em: EntityManager, allianceId: string, version: number, patch: Partial<AllianceProfile>): Promise<AllianceProfile> {
    const entries = Object.entries(patch).filter(([k, v]) => k in PROFILE_FIELDS && v !== undefined);
    const sets = entries.map(([k], i) => `${PROFILE_FIELDS[k as keyof AllianceProfile]} = $${i + 3}`);
    return updateVersioned<AllianceProfile>(
      em,
      'Alliance',
      `UPDATE alliances SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
        WHERE id = $1 AND version = $2 RETURNING ${PROFILE_COLUMNS}`,
      [allianceId, version, ...entries.map(([, v]) => v)],
      async () => !!(await this.profile(em, allianceId)),
    );
  }

  setLifecycle(em: EntityManager, allianceId: string, version: number, to: AllianceLifecycleName): Promise<AllianceProfile> {
    return updateVersioned<AllianceProfile>(
      em,
      'Alliance',
      `UPDATE alliances SET lifecycle = $3, version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING ${PROFILE_COLUMNS}`,
      [allianceId, version, to],
      async () => !!(await this.profile(em, allianceId)),
    );
  }
}
