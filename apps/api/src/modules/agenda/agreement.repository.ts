import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { one, rows } from '../../database/sql';
import { MembershipModel } from '../members/members.models';
import { AgreementSignatureModel, AgreementVersionModel } from './agreement.models';

const VERSION_COLUMNS = `
  v.id, v.version_number AS number, v.title, v.body, v.conflict_procedure AS "conflictProcedure",
  v.published_at AS "publishedAt", u.name AS "publishedByName",
  (SELECT count(*)::int FROM agreement_signatures s WHERE s.alliance_id = v.alliance_id AND s.agreement_version_id = v.id) AS "signatureCount"`;

const ORGANISATION = `json_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'city', o.city)`;

/** Cooperation agreement versions and signatures; every query runs under the request's alliance context. */
@Injectable()
export class AgreementRepository {
  /** Published versions, newest first (the first row is the current one). */
  versions(em: EntityManager, allianceId: string): Promise<AgreementVersionModel[]> {
    return rows<AgreementVersionModel>(
      em,
      `SELECT ${VERSION_COLUMNS} FROM agreement_versions v JOIN users u ON u.id = v.published_by_user_id
        WHERE v.alliance_id = $1 ORDER BY v.version_number DESC`,
      [allianceId],
    );
  }

  /** The current version's number and id, or undefined before the first publication. */
  current(em: EntityManager, allianceId: string) {
    return one<{ id: string; number: number }>(
      em,
      `SELECT id, version_number AS number FROM agreement_versions WHERE alliance_id = $1 ORDER BY version_number DESC LIMIT 1`,
      [allianceId],
    );
  }

  versionExists(em: EntityManager, allianceId: string, number: number): Promise<boolean> {
    return one(em, `SELECT 1 FROM agreement_versions WHERE alliance_id = $1 AND version_number = $2`, [allianceId, number]).then((r) => !!r);
  }

  /** Publications are numbered one after another: serialise them per alliance. */
  async lock(em: EntityManager, allianceId: string): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended('gw.agreement.' || $1::text, 0))`, [allianceId]);
  }

  async insertVersion(
    em: EntityManager,
    allianceId: string,
    v: { number: number; title: string; body: string; conflictProcedure: string; userId: string },
  ): Promise<string> {
    const id = randomUUID();
    await em.query(
      `INSERT INTO agreement_versions (alliance_id, id, version_number, title, body, conflict_procedure, published_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [allianceId, id, v.number, v.title, v.body, v.conflictProcedure, v.userId],
    );
    return id;
  }

  signatures(em: EntityManager, allianceId: string, versionId: string): Promise<AgreementSignatureModel[]> {
    return rows<AgreementSignatureModel>(
      em,
      `SELECT s.id, s.membership_id AS "membershipId", ${ORGANISATION} AS organisation, u.name AS "signedByName", s.signed_at AS "signedAt"
         FROM agreement_signatures s
         JOIN memberships m ON m.alliance_id = s.alliance_id AND m.id = s.membership_id
         JOIN organisations o ON o.id = m.organisation_id
         JOIN users u ON u.id = s.signed_by_user_id
        WHERE s.alliance_id = $1 AND s.agreement_version_id = $2
        ORDER BY s.signed_at, o.name`,
      [allianceId, versionId],
    );
  }

  /** Active member organisations (any role) without a signature under the version. */
  unsignedMembers(em: EntityManager, allianceId: string, versionId: string): Promise<MembershipModel[]> {
    return rows<MembershipModel>(
      em,
      `SELECT m.id, m.alliance_id AS "allianceId", m.role, m.state, m.version, m.joined_at AS "joinedAt", m.left_at AS "leftAt",
              ${ORGANISATION} AS organisation,
              (SELECT count(*)::int FROM alliance_seats st WHERE st.alliance_id = m.alliance_id AND st.membership_id = m.id AND st.left_at IS NULL) AS "seatCount"
         FROM memberships m JOIN organisations o ON o.id = m.organisation_id
        WHERE m.alliance_id = $1 AND m.state = 'ACTIVE' AND m.role <> 'PROVIDER'
          AND NOT EXISTS (SELECT 1 FROM agreement_signatures s
                           WHERE s.alliance_id = m.alliance_id AND s.agreement_version_id = $2 AND s.membership_id = m.id)
        ORDER BY array_position(ARRAY['BACKBONE','PARTNER','FUNDER','OBSERVER']::membership_role[], m.role), o.name`,
      [allianceId, versionId],
    );
  }

  /** The signature's id, or undefined when the organisation had signed already (unique per version and member). */
  async insertSignature(em: EntityManager, allianceId: string, s: { versionId: string; membershipId: string; userId: string }): Promise<string | undefined> {
    const r = await one<{ id: string }>(
      em,
      `INSERT INTO agreement_signatures (alliance_id, id, agreement_version_id, membership_id, signed_by_user_id)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (alliance_id, agreement_version_id, membership_id) DO NOTHING RETURNING id`,
      [allianceId, randomUUID(), s.versionId, s.membershipId, s.userId],
    );
    return r?.id;
  }
}
