import type { EntityManager } from 'typeorm';

/**
 * Whatever runs the caller's transaction: a request's EntityManager or a queue task's pg client.
 * Notices are written from both (a change in a request, a reminder in a scheduled job).
 */
export type Db = EntityManager | { query(sql: string, params?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }> };

export async function select<T>(db: Db, sql: string, params: unknown[] = []): Promise<T[]> {
  const r = (await db.query(sql, params)) as unknown;
  return (Array.isArray(r) ? r : (r as { rows: T[] }).rows) as T[];
}

/** Rows a write touched (no RETURNING: a notice for someone else is not the writer's to read). */
export async function execute(db: Db, sql: string, params: unknown[] = []): Promise<number> {
  const runner = (db as EntityManager).queryRunner;
  if (runner) return ((await runner.query(sql, params, true)) as { affected?: number }).affected ?? 0;
  return ((await db.query(sql, params)) as { rowCount: number | null }).rowCount ?? 0;
}
