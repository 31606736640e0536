import type { DataSource } from 'typeorm';

/** The readiness probe's one query: the database answers (throws when it does not). */
export async function pingDatabase(db: DataSource): Promise<void> {
  await db.query('SELECT 1');
}
