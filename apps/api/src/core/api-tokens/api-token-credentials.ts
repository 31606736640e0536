import { createHash, randomBytes } from 'node:crypto';

/** What a token may be: READ_ONLY reads the alliance like an observer; REPORTING reports for one member. */
export const API_TOKEN_ROLES = ['READ_ONLY', 'REPORTING'] as const;
export type ApiTokenRole = (typeof API_TOKEN_ROLES)[number];

export const API_TOKEN_PREFIX = 'gw_';
/** `gw_` + 32 random bytes in base64url (43 characters). Session tokens are 43 characters without a prefix. */
const TOKEN_LENGTH = API_TOKEN_PREFIX.length + 43;

export function newApiTokenSecret(): { secret: string; hash: string; prefix: string } {
  const secret = API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  return { secret, hash: hashOf(secret), prefix: secret.slice(0, API_TOKEN_PREFIX.length + 6) };
}

/** How a token is stored and looked up: the SHA-256 (hex) of its secret. */
export const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

export const looksLikeApiToken = (credential: string) =>
  credential.length === TOKEN_LENGTH && credential.startsWith(API_TOKEN_PREFIX) && /^[A-Za-z0-9_-]+$/.test(credential);
