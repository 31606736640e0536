import { createHash } from 'node:crypto';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { DomainError } from '../errors';

/**
 * Counters for public actions that send mail or try secrets (password reset, sign-ups, portal
 * contact requests): shared by all instances in the `rate_limits` table, `points` per
 * `durationSeconds` and key. Keys are SHA-256 digests (`limitKey`), never an address as typed.
 */
export function sharedLimiter(db: DataSource, keyPrefix: string, points: number, durationSeconds: number): RateLimiterPostgres {
  return new RateLimiterPostgres({
    storeClient: db,
    storeType: 'typeorm',
    tableName: 'rate_limits',
    tableCreated: true,
    clearExpiredByTimeout: false,
    duration: durationSeconds,
    keyPrefix,
    points,
  });
}

/** How a counter's key is stored: the SHA-256 (hex) of the e-mail or client address. */
export const limitKey = (value: string) => createHash('sha256').update(value).digest('hex');

/** Runs the counters' `consume` calls; a used-up counter becomes TOO_MANY_REQUESTS with the seconds to wait. */
export async function withinLimits(consume: () => Promise<unknown>): Promise<void> {
  try {
    await consume();
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
    throw new DomainError('TOO_MANY_REQUESTS', { seconds: Math.ceil(e.msBeforeNext / 1000) });
  }
}
