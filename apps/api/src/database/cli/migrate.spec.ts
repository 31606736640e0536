import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../../config/app-config';
import { openDatabase } from '../database';
import { MIGRATIONS } from '../migrations';

const API_ROOT = path.resolve(__dirname, '../../..');

function migrateCli(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/database/cli/migrate.ts'], {
      cwd: API_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/**
 * The deployment split: `migrate` (container command, Kubernetes Job) brings an empty database
 * to the current schema; an instance with MIGRATE_ON_START=false and only the app role's URL
 * then starts without migrating and without an owner connection.
 */
describe('migrate command and MIGRATE_ON_START=false', () => {
  const name = `gw_m_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: process.env.GW_TEST_SERVER_URL });
  const url = new URL(process.env.GW_TEST_SERVER_URL!);
  url.pathname = `/${name}`;
  const appUrl = new URL(url.toString());
  appUrl.username = 'gemeinwerk_app';
  appUrl.password = 'gemeinwerk-test';

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
  });
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('refuses to run without an owner connection', async () => {
    const r = await migrateCli({ DATABASE_URL: '' });
    expect(r.code).toBe(1);
    expect(r.output).toContain('DATABASE_URL');
  }, 60_000);

  it('migrates an empty database, logging JSON, and an instance then starts without migrating', async () => {
    // DATABASE_APP_URL given: the role's password is left alone (other test files use the role).
    const r = await migrateCli({
      DATABASE_URL: url.toString(),
      DATABASE_APP_URL: appUrl.toString(),
      SEED_DEMO: 'false',
      NODE_ENV: 'production',
      LOG_LEVEL: 'log',
    });
    expect(r.output).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    const lines = r.output
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining([expect.stringMatching(/^Applied migrations: /), 'Database schema is current']));

    const owner = new Client({ connectionString: url.toString() });
    await owner.connect();
    try {
      const [{ n }] = (await owner.query(`SELECT count(*)::int AS n FROM schema_migrations`)).rows;
      expect(n).toBe(MIGRATIONS.length);
      // A second run finds nothing to do.
      expect((await migrateCli({ DATABASE_URL: url.toString(), DATABASE_APP_URL: appUrl.toString(), SEED_DEMO: 'false' })).code).toBe(0);
      expect((await owner.query(`SELECT count(*)::int AS n FROM schema_migrations`)).rows[0].n).toBe(MIGRATIONS.length);
    } finally {
      await owner.end();
    }

    const config = loadConfig({ NODE_ENV: 'production', DATABASE_APP_URL: appUrl.toString(), MIGRATE_ON_START: 'false', LOG_LEVEL: 'error' });
    const database = await openDatabase(config);
    try {
      expect(database.embedded).toBeUndefined();
      expect((await database.dataSource.query(`SELECT current_user AS u`))[0].u).toBe('gemeinwerk_app');
    } finally {
      await database.close();
    }
  }, 120_000);
});
