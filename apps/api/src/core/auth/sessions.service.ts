import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { notFound } from '../errors';
import type { AuthUser } from '../request-context';
import type { AccountSessionModel } from './account.dto';

interface SessionRow {
  session_id: string;
  id: string;
  email: string;
  name: string;
}

export const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** Server-side sessions: a random token for the client, its hash in the database. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(em: EntityManager, userId: string, meta: { ip: string | null; userAgent: string | null }): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.SESSION_ABSOLUTE_HOURS * 3600_000);
    await em.query(
      `INSERT INTO sessions (id, user_id, token_hash, last_seen_at, expires_at, user_agent, ip)
       VALUES ($1, $2, $3, now(), $4, $5, $6)`,
      [randomUUID(), userId, sha256(token), expiresAt, meta.userAgent?.slice(0, 300) ?? null, meta.ip],
    );
    return { token, expiresAt };
  }

  /**
   * The user behind a token, if the session is live: not revoked, not idle too long, not
   * expired, user not disabled. On its own connection and transaction; GraphQL requests use
   * resolveSql() inside their own transaction instead (RequestTransactions).
   */
  async resolve(token: string, via: AuthUser['via']): Promise<AuthUser | null> {
    const sql = this.resolveSql(token, (s) => `'${s}'`);
    if (!sql) return null;
    const rows: Record<string, unknown>[] = await this.db.query(sql);
    return rows[0] ? this.toAuthUser(rows[0], via) : null;
  }

  /**
   * One statement that checks a session, sets `app.user_id` (transaction-local) to its user and
   * moves `last_seen_at` at most once a minute (the idle clock). Null for a token that cannot
   * be one. Values are inlined (hex hash, integer) so the text can share a simple-protocol
   * message with BEGIN; `lit` quotes a literal.
   *
   * The touch skips a session row another open request has locked (SKIP LOCKED): the dashboard
   * fires several requests at once, and none of them may wait for another's transaction.
   * Inside a request transaction the touch commits with the request; if the request rolls
   * back, the next request touches again.
   */
  resolveSql(token: string, lit: (s: string) => string): string | null {
    if (!token || token.length > 100) return null;
    const hash = sha256(token);
    const idle = this.config.SESSION_IDLE_MINUTES;
    if (!/^[0-9a-f]{64}$/.test(hash) || !Number.isInteger(idle)) return null;
    return `WITH hit AS (
        SELECT s.id AS session_id, u.id, u.email, u.name, s.last_seen_at < now() - interval '1 minute' AS stale
          FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = ${lit(hash)} AND s.revoked_at IS NULL AND s.expires_at > now()
           AND s.last_seen_at > now() - make_interval(mins => ${idle}) AND u.disabled_at IS NULL
      ), touch AS (
        UPDATE sessions t SET last_seen_at = now()
         WHERE t.id = (SELECT l.id FROM sessions l JOIN hit ON hit.stale AND l.id = hit.session_id FOR UPDATE OF l SKIP LOCKED)
      )
      SELECT session_id, id, email, name, set_config('app.user_id', id::text, true) AS user_setting FROM hit`;
  }

  toAuthUser(row: Record<string, unknown>, via: AuthUser['via']): AuthUser {
    const r = row as unknown as SessionRow;
    return { id: r.id, email: r.email, name: r.name, sessionId: r.session_id, via };
  }

  async revoke(em: EntityManager, sessionId: string): Promise<void> {
    await em.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }

  async revokeAllForUser(em: EntityManager, userId: string, exceptSessionId?: string): Promise<void> {
    await em.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $2`, [
      userId,
      exceptSessionId ?? null,
    ]);
  }

  /** The user's live sessions (as resolve() counts them live), newest activity first. */
  async listLive(em: EntityManager, user: AuthUser): Promise<AccountSessionModel[]> {
    return em.query(
      `SELECT id, user_agent AS "userAgent", ip, created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt", id = $2 AS current
         FROM sessions
        WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now() AND last_seen_at > now() - make_interval(mins => $3)
        ORDER BY id = $2 DESC, last_seen_at DESC`,
      [user.id, user.sessionId, this.config.SESSION_IDLE_MINUTES],
    );
  }

  /** Ends one of the user's own sessions; another user's id is NOT_FOUND (and nothing changes). */
  async revokeOwn(em: EntityManager, user: AuthUser, sessionId: string): Promise<boolean> {
    const r: [unknown[], number] = await em.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL`, [
      sessionId,
      user.id,
    ]);
    if (!r[1]) throw notFound('Session');
    return true;
  }

  /** "Sign out everywhere else". */
  async revokeOthers(em: EntityManager, user: AuthUser): Promise<number> {
    const r: [unknown[], number] = await em.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND id <> $2`, [
      user.id,
      user.sessionId,
    ]);
    return r[1];
  }
}
