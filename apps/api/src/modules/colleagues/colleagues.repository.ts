import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { one, rows } from '../../database/sql';
import { TenancyService } from '../../core/tenancy/tenancy.service';
import { ColleagueInvitationModel, ColleagueModel, MemberPersonModel } from './colleagues.models';

export interface OrganisationMembership {
  alliance_id: string;
  membership_id: string;
}

const INVITATION_COLUMNS = `id, email, created_at AS "createdAt", expires_at AS "expiresAt"`;
const OPEN = `accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()`;

/**
 * The people of an organisation and their invitations. `user_organisations`, `users` and
 * `colleague_invitations` are platform-wide; the seats are read and written per alliance.
 */
@Injectable()
export class ColleaguesRepository {
  constructor(private readonly tenancy: TenancyService) {}

  /**
   * The organisation's ACTIVE memberships in every alliance, through the organisation_people_read
   * policy: readable only when the caller (`app.user_id`) works for the organisation.
   */
  async activeMemberships(em: EntityManager, organisationId: string): Promise<OrganisationMembership[]> {
    await em.query(`SELECT set_config('app.person_organisation_id', $1, true)`, [organisationId]);
    const found = await rows<OrganisationMembership>(
      em,
      `SELECT alliance_id, id AS membership_id FROM memberships WHERE organisation_id = $1 AND state = 'ACTIVE' ORDER BY alliance_id`,
      [organisationId],
    );
    await em.query(`SELECT set_config('app.person_organisation_id', '', true)`);
    return found;
  }

  /** People linked to the organisation, admin when they hold an active admin seat in one of `memberships`. */
  async people(em: EntityManager, organisationId: string, memberships: OrganisationMembership[], callerId: string): Promise<ColleagueModel[]> {
    await this.tenancy.setReadableAlliances(
      em,
      memberships.map((m) => m.alliance_id),
    );
    const found = await rows<ColleagueModel>(
      em,
      `SELECT u.id AS "userId", u.name, u.email, uo.created_at AS since, u.id = $3 AS "isMe",
              EXISTS (SELECT 1 FROM alliance_seats s
                       WHERE s.alliance_id = ANY ($2::uuid[]) AND s.membership_id = ANY ($4::uuid[])
                         AND s.user_id = u.id AND s.is_admin AND s.left_at IS NULL) AS "isAdmin"
         FROM user_organisations uo JOIN users u ON u.id = uo.user_id
        WHERE uo.organisation_id = $1 AND u.disabled_at IS NULL
        ORDER BY lower(u.name), u.id`,
      [organisationId, memberships.map((m) => m.alliance_id), callerId, memberships.map((m) => m.membership_id)],
    );
    await this.tenancy.setReadableAlliances(em, []);
    return found;
  }

  async isLinked(em: EntityManager, userId: string, organisationId: string): Promise<boolean> {
    return !!(await one(em, `SELECT 1 FROM user_organisations WHERE user_id = $1 AND organisation_id = $2`, [userId, organisationId]));
  }

  async organisationCount(em: EntityManager, userId: string): Promise<number> {
    return (await one<{ n: number }>(em, `SELECT count(*)::int AS n FROM user_organisations WHERE user_id = $1`, [userId]))!.n;
  }

  async unlink(em: EntityManager, userId: string, organisationId: string): Promise<void> {
    await em.query(`DELETE FROM user_organisations WHERE user_id = $1 AND organisation_id = $2`, [userId, organisationId]);
  }

  /** Gives (or takes) the seat in one membership; the transaction must be in that alliance. */
  async upsertSeat(em: EntityManager, m: OrganisationMembership, userId: string, isAdmin: boolean): Promise<void> {
    await em.query(
      `INSERT INTO alliance_seats (alliance_id, id, membership_id, user_id, is_admin) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (alliance_id, membership_id, user_id) DO UPDATE SET left_at = NULL, is_admin = EXCLUDED.is_admin`,
      [m.alliance_id, randomUUID(), m.membership_id, userId, isAdmin],
    );
  }

  /** Ends the seat in one membership; the transaction must be in that alliance. */
  async endSeat(em: EntityManager, m: OrganisationMembership, userId: string): Promise<void> {
    await em.query(
      `UPDATE alliance_seats SET left_at = now(), is_admin = false WHERE alliance_id = $1 AND membership_id = $2 AND user_id = $3 AND left_at IS NULL`,
      [m.alliance_id, m.membership_id, userId],
    );
  }

  openInvitations(em: EntityManager, organisationId: string): Promise<ColleagueInvitationModel[]> {
    return rows<ColleagueInvitationModel>(
      em,
      `SELECT ${INVITATION_COLUMNS} FROM colleague_invitations WHERE organisation_id = $1 AND ${OPEN} ORDER BY created_at DESC`,
      [organisationId],
    );
  }

  async insertInvitation(
    em: EntityManager,
    i: { organisationId: string; email: string; locale: string; tokenHash: string; invitedByUserId: string; expiresAt: Date },
  ): Promise<ColleagueInvitationModel> {
    const id = randomUUID();
    // A new invitation to the same address replaces the open one (sending it again).
    await em.query(`UPDATE colleague_invitations SET revoked_at = now() WHERE organisation_id = $1 AND email = $2 AND ${OPEN}`, [i.organisationId, i.email]);
    return (await one<ColleagueInvitationModel>(
      em,
      `INSERT INTO colleague_invitations (id, organisation_id, email, locale, token_hash, invited_by_user_id, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${INVITATION_COLUMNS}`,
      [id, i.organisationId, i.email, i.locale, i.tokenHash, i.invitedByUserId, i.expiresAt],
    ))!;
  }

  async revokeInvitation(em: EntityManager, organisationId: string, id: string): Promise<boolean> {
    const r = await rows(em, `UPDATE colleague_invitations SET revoked_at = now() WHERE organisation_id = $1 AND id = $2 AND ${OPEN} RETURNING id`, [
      organisationId,
      id,
    ]);
    return r.length > 0;
  }

  /** An open invitation by token hash, locked so that two accepts cannot both succeed. */
  findOpenForUpdate(em: EntityManager, tokenHash: string) {
    return one<{ id: string; organisation_id: string; email: string; locale: string }>(
      em,
      `SELECT id, organisation_id, email, locale FROM colleague_invitations WHERE token_hash = $1 AND ${OPEN} FOR UPDATE`,
      [tokenHash],
    );
  }

  findPreview(em: EntityManager, tokenHash: string) {
    return one<{ organisation_name: string; invited_by_name: string; email: string; expires_at: Date; account_exists: boolean }>(
      em,
      `SELECT o.name AS organisation_name, u.name AS invited_by_name, i.email, i.expires_at,
              EXISTS (SELECT 1 FROM users x WHERE x.email = i.email) AS account_exists
         FROM colleague_invitations i JOIN organisations o ON o.id = i.organisation_id JOIN users u ON u.id = i.invited_by_user_id
        WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()`,
      [tokenHash],
    );
  }

  async markAccepted(em: EntityManager, id: string, userId: string): Promise<void> {
    await em.query(`UPDATE colleague_invitations SET accepted_at = now(), accepted_by_user_id = $2 WHERE id = $1`, [id, userId]);
  }

  /** People with a seat in this alliance, per membership (under the request's alliance context). */
  memberPeople(em: EntityManager, allianceId: string, onlyMembershipId: string | null): Promise<MemberPersonModel[]> {
    return rows<MemberPersonModel>(
      em,
      `SELECT s.membership_id AS "membershipId", u.id AS "userId", u.name, s.is_admin AS "isAdmin", s.created_at AS since
         FROM alliance_seats s JOIN users u ON u.id = s.user_id
        WHERE s.alliance_id = $1 AND s.left_at IS NULL AND ($2::uuid IS NULL OR s.membership_id = $2)
        ORDER BY s.membership_id, s.is_admin DESC, lower(u.name), u.id`,
      [allianceId, onlyMembershipId],
    );
  }
}
