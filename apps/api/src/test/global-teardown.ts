import { rmSync } from 'node:fs';
import { Client } from 'pg';
import type { EmbeddedServer } from '../database/embedded-postgres';

export default async function globalTeardown() {
  const embedded = (globalThis as Record<string, unknown>).__GW_EMBEDDED__ as EmbeddedServer | undefined;
  if (embedded) {
    await embedded.stop();
    if (process.env.GW_TEST_PG_DIR) rmSync(process.env.GW_TEST_PG_DIR, { recursive: true, force: true });
    return;
  }
  const client = new Client({ connectionString: process.env.GW_TEST_SERVER_URL });
  await client.connect();
  const dbs = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE 'gw\\_%\\_${process.pid}%' OR datname = $1`, [
    process.env.GW_TEST_TEMPLATE,
  ]);
  for (const { datname } of dbs.rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  await client.end();
}
