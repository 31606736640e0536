import type { Pool, PoolClient } from 'pg';

/** The SQL of the mail worker: the outbox as the worker sees it, and the queue's depth. */

export interface OutboxRow {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  locale: string;
  status: string;
  list_unsubscribe: string | null;
}

/**
 * In a transaction that declares itself the mail worker's: only then do the outbox's worker
 * policies let the app role read and update pending mails (see the MailOutbox migration). Like
 * the tenancy settings, transaction-local: the pooled connection forgets it at COMMIT.
 */
export async function asMailWorker<T>(client: PoolClient, work: () => Promise<T>): Promise<T> {
  await client.query(`BEGIN; SELECT set_config('app.mail_worker', 'on', true)`);
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

export async function outboxRow(c: PoolClient, id: string): Promise<OutboxRow | undefined> {
  return (await c.query<OutboxRow>(`SELECT * FROM mail_outbox WHERE id = $1`, [id])).rows[0];
}

/** The last allowed failure: the mail becomes a dead letter (the outbox trigger watches `status`). */
export async function markDead(c: PoolClient, id: string, error: string): Promise<void> {
  await c.query(`UPDATE mail_outbox SET attempts = attempts + 1, last_error = $2, status = 'DEAD', dead_at = now() WHERE id = $1`, [id, error]);
}

/** A failure with attempts left: counted, `status` untouched. */
export async function markAttemptFailed(c: PoolClient, id: string, error: string): Promise<void> {
  await c.query(`UPDATE mail_outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [id, error]);
}

export async function markSent(c: PoolClient, id: string): Promise<void> {
  await c.query(`UPDATE mail_outbox SET attempts = attempts + 1, status = 'SENT', sent_at = now(), last_error = NULL WHERE id = $1`, [id]);
}

/** Jobs waiting for a worker (not locked, attempts left). */
export async function waitingJobs(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM graphile_worker._private_jobs WHERE locked_at IS NULL AND attempts < max_attempts`,
  );
  return rows[0]?.n ?? 0;
}
