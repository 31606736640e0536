import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { MembershipRoleName, MembershipStateName } from '@gemeinwerk/shared';
import { EntityManager } from 'typeorm';
import { escapeLike, one, rows, updateVersioned } from '../../database/sql';
import { InvitationModel, MembershipModel, OrganisationMatch } from './members.models';

const MEMBERSHIP_COLUMNS = `
  m.id, m.alliance_id AS "allianceId", m.role, m.state, m.version, m.joined_at AS "joinedAt", m.left_at AS "leftAt",
  json_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'city', o.city) AS organisation,
  (SELECT count(*)::int FROM alliance_seats s WHERE s.alliance_id = m.alliance_id AND s.membership_id = m.id AND s.left_at IS NULL) AS "seatCount"`;

const INVITATION_COLUMNS = `
  i.id, i.alliance_id AS "allianceId", i.email, m.role, i.created_at AS "createdAt", i.expires_at AS "expiresAt",
  json_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'city', o.city) AS organisation`;

/** The organisation of the person who sent invitation `i`. */
const INVITED_BY = `
  (SELECT io.name FROM alliance_seats s
     JOIN memberships im ON im.alliance_id = s.alliance_id AND im.id = s.membership_id
     JOIN organisations io ON io.id = im.organisation_id
    WHERE s.alliance_id = i.alliance_id AND s.user_id = i.invited_by_user_id
    ORDER BY im.role = 'BACKBONE' DESC, s.created_at LIMIT 1) AS invited_by_organisation`;

export interface OpenInvitation {
  id: string;
  membership_id: string;
  email: string | null;
  addressed_organisation_id: string | null;
  organisation_id: string;
}

/** Memberships, seats and invitations; every query runs under the request's alliance context. */
@Injectable()
export class MembersRepository {
  list(em: EntityManager, allianceId: string): Promise<MembershipModel[]> {
    return rows<MembershipModel>(
      em,
      // Provider-only memberships (Chancenportal) are no members of the alliance: the portal lists them.
      `SELECT ${MEMBERSHIP_COLUMNS} FROM memberships m JOIN organisations o ON o.id = m.organisation_id
        WHERE m.alliance_id = $1 AND m.role <> 'PROVIDER'
        ORDER BY m.state = 'LEFT', array_position(ARRAY['BACKBONE','PARTNER','FUNDER','OBSERVER']::membership_role[], m.role), o.name`,
      [allianceId],
    );
  }

  get(em: EntityManager, allianceId: string, id: string): Promise<MembershipModel | undefined> {
    return one<MembershipModel>(
      em,
      `SELECT ${MEMBERSHIP_COLUMNS} FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.alliance_id = $1 AND m.id = $2`,
      [allianceId, id],
    );
  }

  findByOrganisation(em: EntityManager, allianceId: string, organisationId: string) {
    return one<{ id: string; state: MembershipStateName; role: MembershipRoleName; version: number }>(
      em,
      `SELECT id, state, role, version FROM memberships WHERE alliance_id = $1 AND organisation_id = $2`,
      [allianceId, organisationId],
    );
  }

  async insert(em: EntityManager, m: { allianceId: string; organisationId: string; role: MembershipRoleName; state: MembershipStateName }): Promise<string> {
    const id = randomUUID();
    await em.query(
      `INSERT INTO memberships (alliance_id, id, organisation_id, role, state, joined_at)
       VALUES ($1, $2, $3, $4, $5::membership_state, CASE WHEN $5::membership_state = 'ACTIVE' THEN now() END)`,
      [m.allianceId, id, m.organisationId, m.role, m.state],
    );
    return id;
  }

  async insertSeat(em: EntityManager, s: { allianceId: string; membershipId: string; userId: string; isAdmin: boolean }): Promise<void> {
    await em.query(
      `INSERT INTO alliance_seats (alliance_id, id, membership_id, user_id, is_admin) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (alliance_id, membership_id, user_id) DO UPDATE SET left_at = NULL`,
      [s.allianceId, randomUUID(), s.membershipId, s.userId, s.isAdmin],
    );
  }

  /** A seat for every (not disabled) person of the organisation that has none yet in this membership. */
  async seatOrganisationPeople(em: EntityManager, allianceId: string, membershipId: string, organisationId: string): Promise<void> {
    await em.query(
      `INSERT INTO alliance_seats (alliance_id, id, membership_id, user_id, is_admin)
       SELECT $1, gen_random_uuid(), $2, uo.user_id, false FROM user_organisations uo JOIN users u ON u.id = uo.user_id
        WHERE uo.organisation_id = $3 AND u.disabled_at IS NULL
       ON CONFLICT (alliance_id, membership_id, user_id) DO UPDATE SET left_at = NULL`,
      [allianceId, membershipId, organisationId],
    );
  }

  async hasActiveSeat(em: EntityManager, allianceId: string, membershipId: string): Promise<boolean> {
    return !!(await one(em, `SELECT 1 FROM alliance_seats WHERE alliance_id = $1 AND membership_id = $2 AND left_at IS NULL`, [allianceId, membershipId]));
  }

  /** The membership is an ACTIVE backbone and no other is (it may not leave: the alliance would have no one to run it). */
  async isLastActiveBackbone(em: EntityManager, allianceId: string, membershipId: string): Promise<boolean> {
    const r = await one<{ last: boolean }>(
      em,
      `SELECT m.role = 'BACKBONE' AND NOT EXISTS (SELECT 1 FROM memberships o WHERE o.alliance_id = m.alliance_id AND o.role = 'BACKBONE' AND o.state = 'ACTIVE' AND o.id <> m.id) AS last
         FROM memberships m WHERE m.alliance_id = $1 AND m.id = $2`,
      [allianceId, membershipId],
    );
    return r?.last ?? false;
  }

  async otherActiveBackbones(em: EntityManager, allianceId: string, exceptMembershipId: string): Promise<number> {
    const r = await one<{ n: number }>(
      em,
      `SELECT count(*)::int AS n FROM memberships WHERE alliance_id = $1 AND role = 'BACKBONE' AND state = 'ACTIVE' AND id <> $2`,
      [allianceId, exceptMembershipId],
    );
    return r?.n ?? 0;
  }

  pendingInvitations(em: EntityManager, allianceId: string): Promise<InvitationModel[]> {
    return rows<InvitationModel>(
      em,
      `SELECT ${INVITATION_COLUMNS} FROM invitations i
         JOIN memberships m ON m.alliance_id = i.alliance_id AND m.id = i.membership_id
         JOIN organisations o ON o.id = m.organisation_id
        WHERE i.alliance_id = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
        ORDER BY i.created_at DESC`,
      [allianceId],
    );
  }

  getInvitation(em: EntityManager, allianceId: string, id: string): Promise<InvitationModel | undefined> {
    return one<InvitationModel>(
      em,
      `SELECT ${INVITATION_COLUMNS} FROM invitations i
         JOIN memberships m ON m.alliance_id = i.alliance_id AND m.id = i.membership_id
         JOIN organisations o ON o.id = m.organisation_id
        WHERE i.alliance_id = $1 AND i.id = $2`,
      [allianceId, id],
    );
  }

  /** Either to a contact person (`email`, new organisation) or to an existing organisation's admins. */
  async insertInvitation(
    em: EntityManager,
    i: {
      allianceId: string;
      membershipId: string;
      email: string | null;
      addressedOrganisationId: string | null;
      tokenHash: string;
      invitedByUserId: string;
      expiresAt: Date;
    },
  ): Promise<string> {
    const id = randomUUID();
    await em.query(
      `INSERT INTO invitations (alliance_id, id, membership_id, email, addressed_organisation_id, token_hash, invited_by_user_id, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [i.allianceId, id, i.membershipId, i.email, i.addressedOrganisationId, i.tokenHash, i.invitedByUserId, i.expiresAt],
    );
    return id;
  }

  /** An open invitation by token hash (or by id), locked so that two accepts cannot both succeed. */
  findOpenInvitationForUpdate(em: EntityManager, allianceId: string, by: { tokenHash: string } | { id: string }) {
    const [column, value] = 'tokenHash' in by ? ['token_hash', by.tokenHash] : ['id', by.id];
    return one<OpenInvitation>(
      em,
      `SELECT i.id, i.membership_id, i.email, i.addressed_organisation_id, m.organisation_id FROM invitations i
         JOIN memberships m ON m.alliance_id = i.alliance_id AND m.id = i.membership_id
        WHERE i.alliance_id = $1 AND i.${column} = $2 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
        FOR UPDATE OF i`,
      [allianceId, value],
    );
  }

  /**
   * Open invitations addressed to organisations the caller administers, across alliances: visible
   * through the organisation_admin_read policy once `app.admin_organisation_ids` is set.
   */
  addressedInvitations(em: EntityManager, organisationIds: string[]) {
    return rows<{ alliance_id: string; id: string }>(
      em,
      `SELECT alliance_id, id FROM invitations
        WHERE addressed_organisation_id = ANY ($1::uuid[]) AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
        ORDER BY created_at DESC LIMIT 100`,
      [organisationIds],
    );
  }

  /** One invitation with what its addressee sees (under the invitation's alliance context). */
  findInvitationForAddressee(em: EntityManager, allianceId: string, id: string) {
    return one<{
      alliance_name: string;
      invited_by_organisation: string | null;
      organisation_id: string;
      organisation_name: string;
      role: MembershipRoleName;
      expires_at: Date;
    }>(
      em,
      `SELECT a.name AS alliance_name, o.id AS organisation_id, o.name AS organisation_name, m.role, i.expires_at, ${INVITED_BY}
         FROM invitations i
         JOIN alliances a ON a.id = i.alliance_id
         JOIN memberships m ON m.alliance_id = i.alliance_id AND m.id = i.membership_id
         JOIN organisations o ON o.id = m.organisation_id
        WHERE i.alliance_id = $1 AND i.id = $2`,
      [allianceId, id],
    );
  }

  /**
   * Organisations whose name contains the text (case-insensitive), names starting with it first,
   * with their membership state in this alliance. Organisations are platform-wide: only those
   * that opted in to being findable (or already have a membership in this alliance) are listed,
   * and only id, name and city leave this query.
   */
  searchOrganisations(em: EntityManager, allianceId: string, text: string, limit: number): Promise<OrganisationMatch[]> {
    const pattern = escapeLike(text);
    return rows<OrganisationMatch>(
      em,
      `SELECT o.id, o.name, o.city, m.state AS "membershipState"
         FROM organisations o
         LEFT JOIN memberships m ON m.alliance_id = $1 AND m.organisation_id = o.id
        WHERE o.name ILIKE '%' || $2 || '%' AND (o.findable OR m.id IS NOT NULL)
        ORDER BY o.name ILIKE $2 || '%' DESC, lower(o.name), o.id
        LIMIT $3`,
      [allianceId, pattern, limit],
    );
  }

  /** An invitation by token hash with what its preview shows; null when unknown, revoked or expired unaccepted. */
  findInvitationPreview(em: EntityManager, allianceId: string, tokenHash: string) {
    return one<{
      alliance_name: string;
      invited_by_organisation: string | null;
      organisation_name: string;
      role: MembershipRoleName;
      email: string | null;
      expires_at: Date;
      accepted: boolean;
    }>(
      em,
      `SELECT a.name AS alliance_name, o.name AS organisation_name, m.role, i.email, i.expires_at, i.accepted_at IS NOT NULL AS accepted, ${INVITED_BY}
         FROM invitations i
         JOIN alliances a ON a.id = i.alliance_id
         JOIN memberships m ON m.alliance_id = i.alliance_id AND m.id = i.membership_id
         JOIN organisations o ON o.id = m.organisation_id
        WHERE i.alliance_id = $1 AND i.token_hash = $2 AND i.revoked_at IS NULL
          AND (i.accepted_at IS NOT NULL OR i.expires_at > now())`,
      [allianceId, tokenHash],
    );
  }

  /** A LEFT membership is invited again, in the role given. */
  async reinvite(em: EntityManager, allianceId: string, membershipId: string, role: MembershipRoleName): Promise<void> {
    await em.query(
      `UPDATE memberships SET state = 'INVITED', role = $3, left_at = NULL, version = version + 1, updated_at = now()
        WHERE alliance_id = $1 AND id = $2`,
      [allianceId, membershipId, role],
    );
  }

  /** Who invites, for the invitation mail: the alliance, the inviter's organisation and the inviter. */
  async inviter(em: EntityManager, allianceId: string, organisationId: string, userId: string) {
    const [from] = await rows<{ alliance_name: string; organisation_name: string; user_name: string; locale: string }>(
      em,
      `SELECT a.name AS alliance_name, o.name AS organisation_name, u.name AS user_name, u.locale
         FROM alliances a, organisations o, users u WHERE a.id = $1 AND o.id = $2 AND u.id = $3`,
      [allianceId, organisationId, userId],
    );
    return from;
  }

  /** Revokes an open invitation; its membership id, or undefined when there was none open. */
  async revokeInvitation(em: EntityManager, allianceId: string, invitationId: string): Promise<string | undefined> {
    const revoked = await rows<{ membership_id: string }>(
      em,
      `UPDATE invitations SET revoked_at = now() WHERE alliance_id = $1 AND id = $2 AND accepted_at IS NULL AND revoked_at IS NULL RETURNING membership_id`,
      [allianceId, invitationId],
    );
    return revoked[0]?.membership_id;
  }

  /** An INVITED membership without another open invitation ends (LEFT). */
  async endUnansweredInvitation(em: EntityManager, allianceId: string, membershipId: string): Promise<void> {
    await em.query(
      `UPDATE memberships SET state = 'LEFT', left_at = now(), version = version + 1, updated_at = now()
        WHERE alliance_id = $1 AND id = $2 AND state = 'INVITED'
          AND NOT EXISTS (SELECT 1 FROM invitations WHERE alliance_id = $1 AND membership_id = $2 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now())`,
      [allianceId, membershipId],
    );
  }

  async activate(em: EntityManager, allianceId: string, membershipId: string): Promise<void> {
    await em.query(
      `UPDATE memberships SET state = 'ACTIVE', joined_at = coalesce(joined_at, now()), left_at = NULL, version = version + 1, updated_at = now()
        WHERE alliance_id = $1 AND id = $2`,
      [allianceId, membershipId],
    );
  }

  async markInvitationAccepted(em: EntityManager, allianceId: string, invitationId: string, userId: string): Promise<void> {
    await em.query(`UPDATE invitations SET accepted_at = now(), accepted_by_user_id = $3 WHERE alliance_id = $1 AND id = $2`, [
      allianceId,
      invitationId,
      userId,
    ]);
  }

  /** A stale version is CONFLICT. */
  async changeRole(em: EntityManager, allianceId: string, membershipId: string, role: MembershipRoleName, version: number): Promise<void> {
    await updateVersioned(
      em,
      'Membership',
      `UPDATE memberships SET role = $3, version = version + 1, updated_at = now()
        WHERE alliance_id = $1 AND id = $2 AND version = $4 RETURNING id`,
      [allianceId, membershipId, role, version],
      async () => true,
    );
  }

  /** The membership leaves (LEFT) and its seats end. */
  async leave(em: EntityManager, allianceId: string, membershipId: string): Promise<void> {
    await em.query(`UPDATE memberships SET state = 'LEFT', left_at = now(), version = version + 1, updated_at = now() WHERE alliance_id = $1 AND id = $2`, [
      allianceId,
      membershipId,
    ]);
    await em.query(`UPDATE alliance_seats SET left_at = now() WHERE alliance_id = $1 AND membership_id = $2 AND left_at IS NULL`, [allianceId, membershipId]);
  }

  /** The organisations the user belongs to (platform-wide: no alliance). */
  organisationsOfUser(em: EntityManager, userId: string) {
    return rows<{ id: string; name: string; city: string | null; findable: boolean }>(
      em,
      `SELECT o.id, o.name, o.city, o.findable FROM organisations o
         JOIN user_organisations uo ON uo.organisation_id = o.id
        WHERE uo.user_id = $1 ORDER BY o.name, o.id`,
      [userId],
    );
  }

  async setOrganisationFindable(em: EntityManager, organisationId: string, findable: boolean): Promise<void> {
    await em.query(`UPDATE organisations SET findable = $2, version = version + 1, updated_at = now() WHERE id = $1`, [organisationId, findable]);
  }

  /** The contact person of a new organisation: the account with that address, if any (its language), else the address alone. */
  invitationAddressee(em: EntityManager, email: string, fallbackLocale: string) {
    return rows<{ id: string | null; email: string; name: string | null; locale: string }>(
      em,
      `SELECT u.id, $1::text AS email, u.name, coalesce(u.locale, $2) AS locale
         FROM (SELECT 1) x LEFT JOIN users u ON u.email = $1 AND u.disabled_at IS NULL`,
      [email, fallbackLocale],
    );
  }

  /** The verified, enabled people of an existing organisation, who receive its invitation. */
  organisationPeopleToInvite(em: EntityManager, organisationId: string) {
    return rows<{ id: string; email: string; name: string; locale: string }>(
      em,
      `SELECT u.id, u.email, u.name, u.locale FROM user_organisations uo JOIN users u ON u.id = uo.user_id
        WHERE uo.organisation_id = $1 AND u.disabled_at IS NULL AND u.email_verified_at IS NOT NULL ORDER BY u.email`,
      [organisationId],
    );
  }
}
