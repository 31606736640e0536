import { createHash } from 'node:crypto';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';

/** The ALTCHA challenge format the `altcha` widget and `altcha-lib` solve (protocol v1). */
export interface AltchaChallenge {
  algorithm: 'SHA-256';
  challenge: string;
  maxnumber?: number;
  salt: string;
  signature: string;
}

interface AltchaV1 {
  createChallenge(options: { hmacKey: string; maxnumber?: number; expires?: Date; algorithm?: 'SHA-256' }): Promise<AltchaChallenge>;
  verifySolution(payload: string, hmacKey: string, checkExpires?: boolean): Promise<boolean>;
}

// altcha-lib 2.x keeps protocol v1 (the contract's challenge shape) under the subpath 'altcha-lib/v1'; the API's
// TypeScript resolution (node10) does not read package "exports", so the few functions used are typed above.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- see above: a typed require of a package subpath.
const altcha = require('altcha-lib/v1') as AltchaV1;

/** How much work a browser does: on average half of this many SHA-256 hashes (a fraction of a second). */
export const ALTCHA_MAX_NUMBER = 50_000;

/**
 * Self-hosted proof of work (no third party): the server signs a challenge with its own key
 * (HMAC), the browser finds the number, the server checks the signature, the expiry and the
 * solution — and accepts each solved challenge once (its signature's digest is recorded in the
 * shared rate_limits table for the challenge's lifetime, so a replay on any instance fails).
 */
export class ProofOfWork {
  constructor(
    private readonly hmacKey: string,
    private readonly lifetimeSeconds: number,
    private readonly used: RateLimiterPostgres,
    private readonly maxNumber = ALTCHA_MAX_NUMBER,
  ) {}

  challenge(): Promise<AltchaChallenge> {
    return altcha.createChallenge({
      hmacKey: this.hmacKey,
      maxnumber: this.maxNumber,
      algorithm: 'SHA-256',
      expires: new Date(Date.now() + this.lifetimeSeconds * 1000),
    });
  }

  /** The payload is base64 JSON `{ algorithm, challenge, number, salt, signature }` as the widget sends it. */
  async verify(payload: string): Promise<boolean> {
    if (!payload || payload.length > 2000) return false;
    let ok: boolean;
    try {
      ok = await altcha.verifySolution(payload, this.hmacKey, true);
    } catch {
      return false;
    }
    if (!ok) return false;
    // Once per challenge (its signature), however the payload is re-encoded.
    const signature = String((JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as { signature?: unknown }).signature);
    try {
      await this.used.consume(createHash('sha256').update(signature).digest('hex'));
      return true;
    } catch (e) {
      if (e instanceof RateLimiterRes) return false;
      throw e;
    }
  }
}

/** Solves a challenge as a browser would (tests, the demo seed), with Node's synchronous SHA-256: the base64 payload to send. */
export function solveAltcha(c: AltchaChallenge): string {
  const max = c.maxnumber ?? ALTCHA_MAX_NUMBER;
  for (let n = 0; n <= max; n++) {
    if (createHash('sha256').update(`${c.salt}${n}`).digest('hex') === c.challenge) {
      return Buffer.from(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number: n, salt: c.salt, signature: c.signature })).toString(
        'base64',
      );
    }
  }
  throw new Error('ALTCHA challenge not solvable');
}
