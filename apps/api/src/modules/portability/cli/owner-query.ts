import { Client } from 'pg';
import type { Query } from '../archive.repository';

/** Runs `work` in one owner transaction: committed when it returns, rolled back when it throws. */
export async function inOwnerTransaction<T>(url: string, work: (query: Query) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const result = await work(async (sql, params) => (await client.query(sql, params as unknown[])).rows);
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await client.end();
  }
}
