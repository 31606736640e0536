import type { EntityManager } from 'typeorm';
import type { AccountSessionModel } from './account.dto';

/** The SQL of sessions (SessionsService holds the rules: token, lifetimes, who may end which). */

export async function insertSession(
  em: EntityManager,
  s: { id: string; userId: string; tokenHash: string; expiresAt: Date; userAgent: string | null; ip: string | null },
): Promise<void> {
  await em.query(
    `INSERT INTO sessions (id, user_id, token_hash, last_seen_at, expires_at, user_agent, ip)
       VALUES ($1, $2, $3, now(), $4, $5, $6)`,
    [s.id, s.userId, s.tokenHash, s.expiresAt, s.userAgent, s.ip],
  );
}

/**
 * One statement that checks a session, sets `app.user_id` (transaction-local) to its user and
 * moves `last_seen_at` at most once a minute (the idle clock). The caller has checked the values
 * (hex hash, integer minutes), which are inlined so the text can share a simple-protocol message
 * with BEGIN; `lit` quotes a literal.
 *
 * The touch skips a session row another open request has locked (SKIP LOCKED): the dashboard
 * fires several requests at once, and none of them may wait for another's transaction.
 * Inside a request transaction the touch commits with the request; if the request rolls
 * back, the next request touches again.
 */
export function sessionCheckSql(hash: string, idleMinutes: number, lit: (s: string) => string): string {
  return `WITH hit AS (
        SELECT s.id AS session_id, u.id, u.email, u.name, s.last_seen_at < now() - interval '1 minute' AS stale
          FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = ${lit(hash)} AND s.revoked_at IS NULL AND s.expires_at > now()
           AND s.last_seen_at > now() - make_interval(mins => ${idleMinutes}) AND u.disabled_at IS NULL
      ), touch AS (
        UPDATE sessions t SET last_seen_at = now()
         WHERE t.id = (SELECT l.id FROM sessions l JOIN hit ON hit.stale AND l.id = hit.session_id FOR UPDATE OF l SKIP LOCKED)
      )
      SELECT session_id, id, email, name, set_config('app.user_id', id::text, true) AS user_setting FROM hit`;
}

export async function revokeSession(em: EntityManager, sessionId: string): Promise<void> {
  await em.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
}

export async function revokeSessionsOfUser(em: EntityManager, userId: string, exceptSessionId: string | null): Promise<void> {
  await em.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $2`, [userId, exceptSessionId]);
}

/** The user's live sessions (live as the session check counts them), newest activity first. */
export function liveSessions(em: EntityManager, userId: string, currentSessionId: string, idleMinutes: number): Promise<AccountSessionModel[]> {
  return em.query(
    `SELECT id, user_agent AS "userAgent", ip, created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt", id = $2 AS current
         FROM sessions
        WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now() AND last_seen_at > now() - make_interval(mins => $3)
        ORDER BY id = $2 DESC, last_seen_at DESC`,
    [userId, currentSessionId, idleMinutes],
  );
}

/** Ends one session of the user; how many it ended (0 for another user's or an ended one). */
export async function revokeSessionOfUser(em: EntityManager, sessionId: string, userId: string): Promise<number> {
  const r: [unknown[], number] = await em.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL`, [
    sessionId,
    userId,
  ]);
  return r[1];
}

/** Ends every other live session of the user; how many. */
export async function revokeOtherSessions(em: EntityManager, userId: string, currentSessionId: string): Promise<number> {
  const r: [unknown[], number] = await em.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND id <> $2`, [
    userId,
    currentSessionId,
  ]);
  return r[1];
}
