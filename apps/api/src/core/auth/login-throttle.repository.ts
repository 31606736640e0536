import type { Pool } from 'pg';

/**
 * The SQL of login abuse control: the counters (`login_failures`, keys as SHA-256 digests), wrong
 * second-factor codes, and the owner's notice (FailedLoginNotice). Run on the throttle's own pool
 * or the notice job's client, outside the request's transaction (LoginThrottle says why).
 */
type Db = Pick<Pool, 'query'>;

export interface Counter {
  failures: number;
  last_at: Date;
}

/** The live counters (started within `windowSeconds`) of a pair, its account and its address. */
export async function liveCounters(db: Db, keys: { pair: string; account: string; address: string }, windowSeconds: number) {
  const { rows } = (await db.query(
    `SELECT kind, failures, last_at FROM login_failures
        WHERE ((kind = 'pair' AND key = $1) OR (kind = 'account' AND key = $2) OR (kind = 'address' AND key = $3))
          AND first_at > now() - make_interval(secs => $4)`,
    [keys.pair, keys.account, keys.address, windowSeconds],
  )) as { rows: (Counter & { kind: string })[] };
  return rows;
}

export async function liveAddressCounter(db: Db, address: string, windowSeconds: number): Promise<Counter | undefined> {
  const { rows } = (await db.query(
    `SELECT failures, last_at FROM login_failures WHERE kind = 'address' AND key = $1 AND first_at > now() - make_interval(secs => $2)`,
    [address, windowSeconds],
  )) as { rows: Counter[] };
  return rows[0];
}

export async function deletePairCounter(db: Db, pair: string): Promise<void> {
  await db.query(`DELETE FROM login_failures WHERE kind = 'pair' AND key = $1`, [pair]);
}

/** One statement for all counters; a row past its window starts again at 1. */
export async function bumpCounters(db: Db, keys: [string, string][], windowSeconds: number): Promise<{ kind: string; failures: number }[]> {
  const values = keys.map((_, i) => `($${2 * i + 2}, $${2 * i + 3}, 1, now(), now())`).join(', ');
  const { rows } = await db.query(
    `INSERT INTO login_failures (kind, key, failures, first_at, last_at) VALUES ${values}
       ON CONFLICT (kind, key) DO UPDATE SET
         failures = CASE WHEN login_failures.first_at > now() - make_interval(secs => $1) THEN login_failures.failures + 1 ELSE 1 END,
         first_at = CASE WHEN login_failures.first_at > now() - make_interval(secs => $1) THEN login_failures.first_at ELSE now() END,
         last_at = now()
       RETURNING kind, failures`,
    [windowSeconds, ...keys.flat()],
  );
  return rows as { kind: string; failures: number }[];
}

export async function countChallengeFailure(db: Db, challengeId: string): Promise<void> {
  await db.query(`UPDATE login_challenges SET attempts = attempts + 1 WHERE id = $1`, [challengeId]);
}

/** Queues the owner's notice (FailedLoginNotice): one job, the same write for any typed address. */
export async function queueFailedLoginsNotice(db: Db, email: string, failures: number, windowMinutes: number): Promise<void> {
  await db.query(`SELECT gw_notify_failed_logins($1, $2, $3)`, [email, failures, windowMinutes]);
}

/** The notice's job: an active account by its address (any case), or none. */
export async function activeUserByEmail(
  client: { query: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }> },
  email: string,
): Promise<{ id: string; name: string; locale: string | null; email: string } | undefined> {
  const { rows } = await client.query(`SELECT id, name, locale, email FROM users WHERE lower(email) = lower($1) AND disabled_at IS NULL`, [email]);
  return rows[0] as { id: string; name: string; locale: string | null; email: string } | undefined;
}
