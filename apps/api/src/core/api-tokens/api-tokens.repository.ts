import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { rows } from '../../database/sql';
import type { ApiTokenRole } from './api-token-credentials';
import type { ApiTokenModel } from './api-tokens.models';

export type ApiTokenRow = ApiTokenModel & { cursorAt: string };

const SELECT = `SELECT t.id, t.name, t.role, t.membership_id AS "membershipId", o.name AS "memberName", t.token_prefix AS "tokenPrefix",
       c.name AS "createdByName", t.created_at AS "createdAt", t.expires_at AS "expiresAt", t.last_used_at AS "lastUsedAt",
       t.revoked_at AS "revokedAt", t.created_at::text AS "cursorAt"
  FROM api_tokens t
  LEFT JOIN memberships m ON m.alliance_id = t.alliance_id AND m.id = t.membership_id
  LEFT JOIN organisations o ON o.id = m.organisation_id
  LEFT JOIN users c ON c.id = t.created_by_user_id`;

/** The only SQL of API tokens outside the request's token check (api-token-check.repository.ts). */
@Injectable()
export class ApiTokensRepository {
  async page(em: EntityManager, allianceId: string, first: number, after?: [string, string]) {
    const params: unknown[] = [allianceId];
    let keyset = '';
    if (after) {
      params.push(after[0], after[1]);
      keyset = ` AND (t.created_at, t.id) < ($2::timestamptz, $3::uuid)`;
    }
    params.push(first + 1);
    const list = await rows<ApiTokenRow>(
      em,
      `${SELECT} WHERE t.alliance_id = $1${keyset} ORDER BY t.created_at DESC, t.id DESC LIMIT $${params.length}`,
      params,
    );
    const [{ n }] = await rows<{ n: number }>(em, `SELECT count(*)::int AS n FROM api_tokens WHERE alliance_id = $1`, [allianceId]);
    return { rows: list, totalCount: n };
  }

  async find(em: EntityManager, allianceId: string, id: string): Promise<ApiTokenRow | undefined> {
    return (await rows<ApiTokenRow>(em, `${SELECT} WHERE t.alliance_id = $1 AND t.id = $2`, [allianceId, id]))[0];
  }

  /** An ACTIVE membership of the alliance with its role, or none. */
  async activeMembership(em: EntityManager, allianceId: string, membershipId: string): Promise<{ id: string; role: string } | undefined> {
    return (
      await rows<{ id: string; role: string }>(em, `SELECT id, role::text AS role FROM memberships WHERE alliance_id = $1 AND id = $2 AND state = 'ACTIVE'`, [
        allianceId,
        membershipId,
      ])
    )[0];
  }

  /**
   * The token with its service account: a user row that cannot sign in (no password hash that
   * any password matches, disabled from the start) and belongs to no organisation, so it appears
   * in no list of people. It only gives the token's writes an author.
   */
  async insert(
    em: EntityManager,
    t: {
      allianceId: string;
      name: string;
      role: ApiTokenRole;
      membershipId: string | null;
      hash: string;
      prefix: string;
      createdBy: string;
      expiresOn: string;
    },
  ): Promise<string> {
    const id = randomUUID();
    await em.query(`INSERT INTO users (id, email, name, password_hash, disabled_at) VALUES ($1, $2, $3, '!', now())`, [
      id,
      `api-token-${id}@tokens.gemeinwerk.invalid`,
      `API: ${t.name}`,
    ]);
    await em.query(
      `INSERT INTO api_tokens (alliance_id, id, name, role, membership_id, user_id, token_hash, token_prefix, created_by_user_id, expires_at)
       VALUES ($1, $2, $3, $4, $5, $2, $6, $7, $8, (($9::date + 1)::timestamp AT TIME ZONE 'Europe/Berlin'))`,
      [t.allianceId, id, t.name, t.role, t.membershipId, t.hash, t.prefix, t.createdBy, t.expiresOn],
    );
    return id;
  }

  async revoke(em: EntityManager, allianceId: string, id: string, userId: string): Promise<boolean> {
    const done = await rows(
      em,
      `UPDATE api_tokens SET revoked_at = now(), revoked_by_user_id = $3 WHERE alliance_id = $1 AND id = $2 AND revoked_at IS NULL RETURNING id`,
      [allianceId, id, userId],
    );
    return done.length > 0;
  }

  /** Today in the alliances' calendar (Europe/Berlin), as YYYY-MM-DD. */
  async today(em: EntityManager): Promise<string> {
    const [{ d }] = await rows<{ d: string }>(em, `SELECT to_char((now() AT TIME ZONE 'Europe/Berlin')::date, 'YYYY-MM-DD') AS d`);
    return d;
  }
}
