import { randomBytes, randomUUID } from 'node:crypto';
import { sha256 } from '../auth/sessions.service';

export const SETUP_LINK_HOURS = 24;

type Query = (sql: string, params: unknown[]) => Promise<unknown>;

/**
 * Stores a new one-time setup token (its SHA-256 only) and returns the link that carries it.
 * Shared by the server's first start and `pnpm admin:create`, which speak to the database through
 * different connections.
 */
export async function createSetupLink(query: Query, publicUrl: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await query(`INSERT INTO platform_setup_tokens (id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3))`, [
    randomUUID(),
    sha256(token),
    SETUP_LINK_HOURS,
  ]);
  return `${publicUrl}/setup/${token}`;
}
