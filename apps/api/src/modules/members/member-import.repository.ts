import { Injectable } from '@nestjs/common';
import type { MembershipRoleName, MembershipStateName, OrganisationKindName } from '@gemeinwerk/shared';
import { EntityManager } from 'typeorm';
import { one, rows } from '../../database/sql';

/** One invitation as the import writes it: a new organisation, its INVITED membership and the invitation to its contact person. */
export interface ImportMember {
  organisationId: string;
  name: string;
  kind: OrganisationKindName;
  city: string | null;
  membershipId: string;
  role: MembershipRoleName;
  invitationId: string;
  email: string;
  tokenHash: string;
}

/** The set-based SQL of the member import: the check's look-up, the batch insert, the undo. */
@Injectable()
export class MemberImportRepository {
  /** The organisations that are members of the alliance (any state), by name. */
  members(em: EntityManager, allianceId: string) {
    return rows<{ name: string; state: MembershipStateName }>(
      em,
      `SELECT o.name, mb.state FROM memberships mb JOIN organisations o ON o.id = mb.organisation_id WHERE mb.alliance_id = $1`,
      [allianceId],
    );
  }

  /**
   * One chunk in one statement, as the invitation form writes one new member: the organisation,
   * its INVITED membership, the invitation (token hash, 14 days), an `import_effects` row and the
   * form's `membership.invited` audit event each. Answers how many memberships were written.
   */
  async insert(em: EntityManager, allianceId: string, batchId: string, userId: string, expiresAt: Date, values: ImportMember[]): Promise<number> {
    const r = await one<{ written: number }>(
      em,
      `WITH input AS (
         SELECT * FROM unnest($3::uuid[], $4::text[], $5::organisation_kind[], $6::text[], $7::uuid[], $8::membership_role[], $9::uuid[], $10::text[], $11::text[])
           AS t(organisation_id, name, kind, city, membership_id, role, invitation_id, email, token_hash)),
       orgs AS (
         INSERT INTO organisations (id, name, kind, city) SELECT organisation_id, name, kind, city FROM input RETURNING id),
       mem AS (
         INSERT INTO memberships (alliance_id, id, organisation_id, role, state)
         SELECT $1, i.membership_id, i.organisation_id, i.role, 'INVITED' FROM input i JOIN orgs ON orgs.id = i.organisation_id
         RETURNING id, version),
       inv AS (
         INSERT INTO invitations (alliance_id, id, membership_id, email, token_hash, invited_by_user_id, expires_at)
         SELECT $1, i.invitation_id, i.membership_id, i.email, i.token_hash, $12, $13 FROM input i JOIN mem ON mem.id = i.membership_id),
       eff AS (
         INSERT INTO import_effects (alliance_id, batch_id, entity_id, created, before, after_version)
         SELECT $1, $2, id, true, NULL, version FROM mem),
       aud AS (
         INSERT INTO audit_events (alliance_id, id, actor_user_id, action, entity_type, entity_id, before, after)
         SELECT $1, gen_random_uuid(), $12, 'membership.invited', 'Membership', i.membership_id, NULL,
                jsonb_build_object('state', 'INVITED', 'role', i.role, 'organisationId', i.organisation_id, 'email', i.email, 'importBatchId', $2::uuid)
           FROM input i JOIN mem ON mem.id = i.membership_id)
       SELECT count(*)::int AS written FROM mem`,
      [
        allianceId,
        batchId,
        values.map((v) => v.organisationId),
        values.map((v) => v.name),
        values.map((v) => v.kind),
        values.map((v) => v.city),
        values.map((v) => v.membershipId),
        values.map((v) => v.role),
        values.map((v) => v.invitationId),
        values.map((v) => v.email),
        values.map((v) => v.tokenHash),
        userId,
        expiresAt,
      ],
    );
    return r?.written ?? 0;
  }

  /** How many of the batch's invitations were answered or changed since (accepted, role changed, revoked …): undo only at 0. */
  async builtOn(em: EntityManager, allianceId: string, batchId: string): Promise<number> {
    const r = await one<{ n: number }>(
      em,
      `SELECT count(*)::int AS n FROM import_effects e
         LEFT JOIN memberships m ON m.alliance_id = e.alliance_id AND m.id = e.entity_id
        WHERE e.alliance_id = $1 AND e.batch_id = $2
          AND (m.id IS NULL OR m.state <> 'INVITED' OR m.version <> e.after_version
               OR EXISTS (SELECT 1 FROM invitations i WHERE i.alliance_id = e.alliance_id AND i.membership_id = e.entity_id
                           AND (i.accepted_at IS NOT NULL OR i.revoked_at IS NOT NULL)))`,
      [allianceId, batchId],
    );
    return r?.n ?? 0;
  }

  /**
   * Takes the batch's invitations back: the invitations and memberships are deleted (their links
   * stop working), with an `invitation.revoked` audit event per membership. The organisations stay
   * (platform records, not findable; another alliance may have invited one meanwhile).
   */
  undo(em: EntityManager, allianceId: string, batchId: string, userId: string) {
    return one<{ removed: number; restored: number }>(
      em,
      `WITH inv AS (
         DELETE FROM invitations i USING import_effects e
          WHERE e.alliance_id = $1 AND e.batch_id = $2 AND i.alliance_id = e.alliance_id AND i.membership_id = e.entity_id
         RETURNING i.id, i.membership_id),
       gone AS (
         DELETE FROM memberships m USING import_effects e
          WHERE e.alliance_id = $1 AND e.batch_id = $2 AND m.alliance_id = e.alliance_id AND m.id = e.entity_id
         RETURNING m.id, m.organisation_id, m.role),
       aud AS (
         INSERT INTO audit_events (alliance_id, id, actor_user_id, action, entity_type, entity_id, before, after)
         SELECT $1::uuid, gen_random_uuid(), $3::uuid, 'invitation.revoked', 'Membership', id,
                jsonb_build_object('state', 'INVITED', 'role', role, 'organisationId', organisation_id), jsonb_build_object('importBatchId', $2::uuid)
           FROM gone)
       SELECT (SELECT count(*) FROM gone)::int AS removed, 0 AS restored`,
      [allianceId, batchId, userId],
    );
  }
}
