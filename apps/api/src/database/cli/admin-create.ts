/**
 * Usage: pnpm admin:create  (root) — prints a one-time link that creates a platform administrator.
 * Speaks to DATABASE_URL, or to the embedded database of a running app under DATA_DIR; applies
 * pending migrations first (the same advisory lock as the app's start-up).
 */
import { Client } from 'pg';
import { loadConfig } from '../../config/app-config';
import { createSetupLink, SETUP_LINK_HOURS } from '../../core/setup/setup-token';
import { runMigrations } from '../data-source';
import { ownerUrl, redact } from './pg-tools';

async function main() {
  const config = loadConfig();
  const url = ownerUrl();
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
  } catch (e) {
    throw new Error(
      `Cannot connect to the database (${redact(url)}): ${(e as Error).message}. Is the server (or the app with its embedded PostgreSQL) running?`,
      { cause: e },
    );
  }
  try {
    await runMigrations(url);
    const link = await createSetupLink((sql, params) => client.query(sql, params), config.PUBLIC_URL);
    console.log(`Open this one-time link (valid ${SETUP_LINK_HOURS} hours) to create a platform administrator:\n\n  ${link}\n`);
  } finally {
    await client.end();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
