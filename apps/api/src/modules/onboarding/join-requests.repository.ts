import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { MembershipRoleName } from '@gemeinwerk/shared';
import type { EntityManager } from 'typeorm';
import { escapeLike, one, rows } from '../../database/sql';
import type { JoinRequestStateName } from './join-request.entity';
import type { JoinableAlliance, JoinRequestModel } from './onboarding.models';

const SELECT_REQUEST = `
  SELECT r.id, r.alliance_id AS "allianceId", a.name AS "allianceName",
         json_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'city', o.city) AS organisation,
         u.name AS "requestedByName", r.message, r.state, r.role, r.decline_reason AS "declineReason", r.via_link AS "viaLink",
         r.version, r.created_at AS "createdAt", r.decided_at AS "decidedAt"
    FROM join_requests r
    JOIN alliances a ON a.id = r.alliance_id
    JOIN organisations o ON o.id = r.organisation_id
    LEFT JOIN users u ON u.id = r.requested_by_user_id`;

export interface Recipient {
  id: string;
  email: string;
  name: string;
  locale: string;
}

/** Join requests and the join directory; every statement runs under the transaction's alliance settings. */
@Injectable()
export class JoinRequestsRepository {
  directory(em: EntityManager, query: string | null, token: string | null, first: number): Promise<JoinableAlliance[]> {
    return rows<JoinableAlliance>(em, `SELECT alliance_id AS id, name, backbone_name AS "backboneName", city FROM gw_join_directory($1, $2, $3)`, [
      query === null ? null : escapeLike(query),
      token,
      first,
    ]);
  }

  /** True (and the alliance context set) when the alliance takes requests: see gw_enter_alliance_to_request. */
  async enterToRequest(em: EntityManager, allianceId: string, token: string | null): Promise<boolean> {
    const [{ ok }] = await em.query(`SELECT gw_enter_alliance_to_request($1, $2) AS ok`, [allianceId, token]);
    return ok === true;
  }

  hasPending(em: EntityManager, allianceId: string, organisationId: string): Promise<boolean> {
    return one(em, `SELECT 1 FROM join_requests WHERE alliance_id = $1 AND organisation_id = $2 AND state = 'PENDING'`, [allianceId, organisationId]).then(
      (r) => !!r,
    );
  }

  async insert(em: EntityManager, r: { allianceId: string; organisationId: string; userId: string; message: string; viaLink: boolean }): Promise<string> {
    const id = randomUUID();
    await em.query(`INSERT INTO join_requests (alliance_id, id, organisation_id, requested_by_user_id, message, via_link) VALUES ($1, $2, $3, $4, $5, $6)`, [
      r.allianceId,
      id,
      r.organisationId,
      r.userId,
      r.message,
      r.viaLink,
    ]);
    return id;
  }

  get(em: EntityManager, allianceId: string, id: string): Promise<JoinRequestModel | undefined> {
    return one<JoinRequestModel>(em, `${SELECT_REQUEST} WHERE r.alliance_id = $1 AND r.id = $2`, [allianceId, id]);
  }

  list(em: EntityManager, allianceId: string, state: JoinRequestStateName): Promise<JoinRequestModel[]> {
    return rows<JoinRequestModel>(em, `${SELECT_REQUEST} WHERE r.alliance_id = $1 AND r.state = $2 ORDER BY r.created_at DESC LIMIT 200`, [allianceId, state]);
  }

  /** Under the requester_read policy (app.admin_organisation_ids): the alliances these organisations asked. */
  async allianceIdsAskedBy(em: EntityManager, organisationIds: string[]): Promise<string[]> {
    const found = await rows<{ alliance_id: string }>(em, `SELECT DISTINCT alliance_id FROM join_requests WHERE organisation_id = ANY ($1::uuid[])`, [
      organisationIds,
    ]);
    return found.map((r) => r.alliance_id);
  }

  /** With those alliances as the read list: the requests of these organisations only. */
  askedBy(em: EntityManager, organisationIds: string[]): Promise<JoinRequestModel[]> {
    return rows<JoinRequestModel>(em, `${SELECT_REQUEST} WHERE r.organisation_id = ANY ($1::uuid[]) ORDER BY r.created_at DESC LIMIT 100`, [organisationIds]);
  }

  lockPending(em: EntityManager, allianceId: string, id: string) {
    return one<{ id: string; organisation_id: string; requested_by_user_id: string | null; state: JoinRequestStateName; version: number }>(
      em,
      `SELECT id, organisation_id, requested_by_user_id, state, version FROM join_requests WHERE alliance_id = $1 AND id = $2 FOR UPDATE`,
      [allianceId, id],
    );
  }

  async decide(
    em: EntityManager,
    d: { allianceId: string; id: string; state: 'ACCEPTED' | 'DECLINED'; role: MembershipRoleName | null; reason: string | null; userId: string },
  ) {
    await em.query(
      `UPDATE join_requests SET state = $3, role = $4, decline_reason = $5, decided_by_user_id = $6, decided_at = now(), version = version + 1
        WHERE alliance_id = $1 AND id = $2`,
      [d.allianceId, d.id, d.state, d.role, d.reason, d.userId],
    );
  }

  /** An INVITED or LEFT membership of the requester becomes ACTIVE in the role given. */
  async activateMembership(em: EntityManager, allianceId: string, membershipId: string, role: MembershipRoleName): Promise<void> {
    await em.query(
      `UPDATE memberships SET state = 'ACTIVE', role = $3, joined_at = coalesce(joined_at, now()), left_at = NULL, version = version + 1, updated_at = now()
        WHERE alliance_id = $1 AND id = $2`,
      [allianceId, membershipId, role],
    );
  }

  user(em: EntityManager, id: string): Promise<Recipient | undefined> {
    return one<Recipient>(em, `SELECT id, email, name, locale FROM users WHERE id = $1 AND disabled_at IS NULL`, [id]);
  }

  settings(em: EntityManager, allianceId: string) {
    return one<{ name: string; join_requests_open: boolean; join_link_token: string | null }>(
      em,
      `SELECT name, join_requests_open, join_link_token FROM alliances WHERE id = $1`,
      [allianceId],
    );
  }

  async setOpen(em: EntityManager, allianceId: string, open: boolean) {
    await em.query(`UPDATE alliances SET join_requests_open = $2, updated_at = now() WHERE id = $1`, [allianceId, open]);
  }

  async setLinkToken(em: EntityManager, allianceId: string, token: string | null) {
    await em.query(`UPDATE alliances SET join_link_token = $2, updated_at = now() WHERE id = $1`, [allianceId, token]);
  }
}
