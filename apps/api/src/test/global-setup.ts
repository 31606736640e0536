import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '../database/data-source';
import { startEmbeddedPostgres, type EmbeddedServer } from '../database/embedded-postgres';

/**
 * Once per test run: a real PostgreSQL (embedded, or DATABASE_URL) and a template database
 * with every migration applied. Each test file clones the template (CREATE DATABASE … TEMPLATE),
 * so files run in parallel against isolated databases.
 */
export default async function globalSetup() {
  let serverUrl = process.env.DATABASE_URL;
  let embedded: EmbeddedServer | undefined;
  if (!serverUrl) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gw-test-pg-'));
    embedded = await startEmbeddedPostgres(dir, { database: 'postgres', persistent: false, quiet: true });
    serverUrl = embedded.url;
    process.env.GW_TEST_PG_DIR = dir;
  }
  const template = `gw_template_${process.pid}`;
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${template}`);
  await client.query(`CREATE DATABASE ${template}`);
  const templateUrl = new URL(admin.toString());
  templateUrl.pathname = `/${template}`;
  await runMigrations(templateUrl.toString());
  await client.query(`ALTER ROLE gemeinwerk_app WITH LOGIN PASSWORD 'gemeinwerk-test'`);
  await client.end();

  process.env.GW_TEST_SERVER_URL = admin.toString();
  process.env.GW_TEST_TEMPLATE = template;
  (globalThis as Record<string, unknown>).__GW_EMBEDDED__ = embedded;
}
