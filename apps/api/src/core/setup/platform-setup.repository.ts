import type { DataSource, EntityManager } from 'typeorm';

/** The SQL of first-run setup: is there a platform administrator, and the one-time setup tokens. */

export async function platformAdminPresent(db: DataSource): Promise<boolean> {
  const [{ present }] = await db.query(`SELECT EXISTS (SELECT 1 FROM users WHERE is_platform_admin AND disabled_at IS NULL) AS present`);
  return present;
}

/** Any connection's query function: the server's DataSource or `pnpm admin:create`'s own client. */
export type Query = (sql: string, params: unknown[]) => Promise<unknown>;

export async function insertSetupToken(query: Query, t: { id: string; tokenHash: string; hours: number }): Promise<void> {
  await query(`INSERT INTO platform_setup_tokens (id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3))`, [
    t.id,
    t.tokenHash,
    t.hours,
  ]);
}

/** An unused, unexpired setup token, locked for this transaction; or none. */
export async function lockLiveSetupToken(em: EntityManager, tokenHash: string): Promise<{ id: string } | undefined> {
  const [token]: { id: string }[] = await em.query(
    `SELECT id FROM platform_setup_tokens WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() FOR UPDATE`,
    [tokenHash],
  );
  return token;
}

export async function spendSetupToken(em: EntityManager, id: string, usedBy: string): Promise<void> {
  await em.query(`UPDATE platform_setup_tokens SET used_at = now(), used_by = $2 WHERE id = $1`, [id, usedBy]);
}
