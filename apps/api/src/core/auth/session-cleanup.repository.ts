import type { DataSource } from 'typeorm';

/** Deletes sessions that ended (expired, revoked, or unused) more than `days` ago; returns how many. */
export async function deleteEndedSessions(db: DataSource, days: number): Promise<number> {
  const result: [unknown[], number] = await db.query(
    `DELETE FROM sessions
      WHERE least(expires_at, coalesce(revoked_at, expires_at), last_seen_at) < now() - make_interval(days => $1)`,
    [days],
  );
  return result[1];
}

/** Deletes failed-login counters older than a day and expired login challenges; returns how many counters. */
export async function deleteStaleLoginCounters(db: DataSource): Promise<number> {
  const result: [unknown[], number] = await db.query(`DELETE FROM login_failures WHERE last_at < now() - interval '1 day'`);
  await db.query(`DELETE FROM login_challenges WHERE expires_at < now()`);
  return result[1];
}
