import { randomBytes, randomUUID } from 'node:crypto';
import { sha256 } from '../auth/sessions.service';
import { insertSetupToken, Query } from './platform-setup.repository';

export const SETUP_LINK_HOURS = 24;

/**
 * Stores a new one-time setup token (its SHA-256 only) and returns the link that carries it.
 * Shared by the server's first start and `pnpm admin:create`, which speak to the database through
 * different connections.
 */
export async function createSetupLink(query: Query, publicUrl: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await insertSetupToken(query, { id: randomUUID(), tokenHash: sha256(token), hours: SETUP_LINK_HOURS });
  return `${publicUrl}/setup/${token}`;
}
