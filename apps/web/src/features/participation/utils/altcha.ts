import type { AltchaChallenge } from '../api/participation-api';

/**
 * ALTCHA proof of work (self-hosted, no third party): find the number n ≤ maxnumber with
 * hash(salt + n) = challenge, and send the server the payload it signed plus n. The server checks
 * the signature and the hash; the work costs a browser a moment and a bot flood a lot.
 */

const hex = (buffer: ArrayBuffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

export type Digest = (algorithm: string, text: string) => Promise<string>;
export const webCryptoDigest: Digest = async (algorithm, text) => hex(await crypto.subtle.digest(algorithm, new TextEncoder().encode(text)));

/** The number that solves the challenge, or null when none up to maxnumber does. */
export async function solveChallenge(c: AltchaChallenge, digest: Digest = webCryptoDigest): Promise<number | null> {
  const max = c.maxnumber ?? 1_000_000;
  const target = c.challenge.toLowerCase();
  for (let n = 0; n <= max; n++) if ((await digest(c.algorithm, c.salt + n)) === target) return n;
  return null;
}

/** The form field `altcha`: base64 of the solved challenge, as the ALTCHA widget sends it. */
export function altchaPayload(c: AltchaChallenge, number: number, took: number): string {
  return btoa(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number, salt: c.salt, signature: c.signature, took }));
}
