import type { PoolClient } from 'pg';
import type { EntityManager } from 'typeorm';

/** The SQL of password reset links (PasswordResetService holds the rules). */

/** Adds the queue job that answers a request (gw_request_password_reset: one INSERT, whatever the address). */
export async function queuePasswordReset(em: EntityManager, email: string, locale: string): Promise<void> {
  await em.query(`SELECT gw_request_password_reset($1, $2)`, [email, locale]);
}

/** The job's look-up: an active account with exactly this (already normalised) address, or none. */
export async function activeUserWithEmail(client: Pick<PoolClient, 'query'>, email: string): Promise<{ id: string; name: string; locale: string } | undefined> {
  const { rows } = await client.query<{ id: string; name: string; locale: string }>(
    `SELECT id, name, locale FROM users WHERE email = $1 AND disabled_at IS NULL`,
    [email],
  );
  return rows[0];
}

export async function insertResetToken(
  client: Pick<PoolClient, 'query'>,
  t: { id: string; userId: string; tokenHash: string; minutes: number },
): Promise<void> {
  await client.query(`INSERT INTO password_reset_tokens (id, user_id, token_hash, expires_at) VALUES ($1, $2, $3, now() + make_interval(mins => $4))`, [
    t.id,
    t.userId,
    t.tokenHash,
    t.minutes,
  ]);
}

/** The user of an unused, unexpired link of an active account, the link locked; or none. */
export async function lockLiveResetToken(em: EntityManager, tokenHash: string): Promise<{ user_id: string } | undefined> {
  const [row]: { user_id: string }[] = await em.query(
    `SELECT t.user_id FROM password_reset_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now() AND u.disabled_at IS NULL
        FOR UPDATE OF t`,
    [tokenHash],
  );
  return row;
}

/** Spends every open link of the user. */
export async function spendResetTokens(em: EntityManager, userId: string): Promise<void> {
  await em.query(`UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
}
