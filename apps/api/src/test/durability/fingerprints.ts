import { Client } from 'pg';

/**
 * Row count and an md5 over every row (as text, sorted) of each table in `public`: two databases
 * with equal fingerprints hold the same data, whatever order the rows were written in.
 */
export async function tableFingerprints(url: string, where: (table: string) => string = () => 'true'): Promise<Record<string, { rows: number; md5: string }>> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const tables = (await c.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).rows.map((r) => r.tablename as string);
    const out: Record<string, { rows: number; md5: string }> = {};
    for (const table of tables) {
      const t = c.escapeIdentifier(table);
      const [r] = (
        await c.query(`SELECT count(*)::int AS rows, md5(coalesce(string_agg(x.t, E'\\n' ORDER BY x.t), '')) AS md5
                                  FROM (SELECT r::text AS t FROM ${t} r WHERE ${where(table)}) x`)
      ).rows;
      out[table] = r;
    }
    return out;
  } finally {
    await c.end();
  }
}
