import type { EntityManager } from 'typeorm';

/** The SQL of the second factor: the user's TOTP columns, recovery codes and login challenges (TotpService holds the rules). */

/** A new unconfirmed secret (encrypted); the replay guard starts again. */
export async function storeTotpSecret(em: EntityManager, userId: string, encryptedSecret: string): Promise<void> {
  await em.query(`UPDATE users SET totp_secret = $2, totp_last_step = NULL WHERE id = $1`, [userId, encryptedSecret]);
}

export async function enableTotp(em: EntityManager, userId: string): Promise<void> {
  await em.query(`UPDATE users SET totp_enabled_at = now(), updated_at = now() WHERE id = $1`, [userId]);
}

/** Switches the factor off: secret, step and recovery codes go. */
export async function disableTotp(em: EntityManager, userId: string): Promise<void> {
  await em.query(`UPDATE users SET totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL, updated_at = now() WHERE id = $1`, [userId]);
  await deleteRecoveryCodes(em, userId);
}

export async function unusedRecoveryCodes(em: EntityManager, userId: string): Promise<number> {
  const [{ left }] = await em.query(`SELECT count(*)::int AS left FROM totp_recovery_codes WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  return left as number;
}

/** Uses up an unused recovery code; whether there was one. */
export async function useRecoveryCode(em: EntityManager, userId: string, codeHash: string): Promise<boolean> {
  const used = await em.query(`UPDATE totp_recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id`, [
    userId,
    codeHash,
  ]);
  return (used[0] as unknown[]).length === 1;
}

export async function deleteRecoveryCodes(em: EntityManager, userId: string): Promise<void> {
  await em.query(`DELETE FROM totp_recovery_codes WHERE user_id = $1`, [userId]);
}

export async function insertRecoveryCode(em: EntityManager, id: string, userId: string, codeHash: string): Promise<void> {
  await em.query(`INSERT INTO totp_recovery_codes (id, user_id, code_hash) VALUES ($1, $2, $3)`, [id, userId, codeHash]);
}

/**
 * Moves the user's last accepted step forward, atomically: of two requests with the same code
 * only one moves it. Whether this one did.
 */
export async function advanceTotpStep(em: EntityManager, userId: string, step: number): Promise<boolean> {
  const moved = await em.query(`UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING id`, [
    userId,
    step,
  ]);
  return (moved[0] as unknown[]).length === 1;
}

export async function insertChallenge(em: EntityManager, c: { id: string; userId: string; tokenHash: string; mode: string; minutes: number }): Promise<void> {
  await em.query(`INSERT INTO login_challenges (id, user_id, token_hash, mode, expires_at) VALUES ($1, $2, $3, $4, now() + make_interval(mins => $5))`, [
    c.id,
    c.userId,
    c.tokenHash,
    c.mode,
    c.minutes,
  ]);
}

export async function findLiveChallenge(
  em: EntityManager,
  tokenHash: string,
): Promise<{ id: string; user_id: string; mode: string; attempts: number } | undefined> {
  const rows = await em.query(`SELECT id, user_id, mode, attempts FROM login_challenges WHERE token_hash = $1 AND expires_at > now()`, [tokenHash]);
  return rows[0];
}

export async function deleteChallenge(em: EntityManager, id: string): Promise<void> {
  await em.query(`DELETE FROM login_challenges WHERE id = $1`, [id]);
}
