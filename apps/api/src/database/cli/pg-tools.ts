import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../../config/app-config';

/**
 * pg_dump / pg_restore for the backup commands. The embedded PostgreSQL package ships no client
 * tools, so they come from PG_BIN (a directory) or PATH, and their major version must be at
 * least the server's: pg_dump refuses a newer server, and we say so before it does.
 */
export class PgToolError extends Error {}

export function pgTool(name: 'pg_dump' | 'pg_restore', env: NodeJS.ProcessEnv = process.env): { bin: string; major: number } {
  const bin = env.PG_BIN ? path.join(env.PG_BIN, name) : name;
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new PgToolError(
      `${name} not found${env.PG_BIN ? ` in PG_BIN=${env.PG_BIN}` : ' on PATH'}: install the PostgreSQL client tools of your server's major version, or set PG_BIN to their directory.`,
    );
  }
  const m = /(\d+)(?:\.\d+)?/.exec(r.stdout.replace(/^[^)]*\)/, ''));
  if (!m) throw new PgToolError(`Cannot read the version of ${bin}: ${r.stdout.trim()}`);
  return { bin, major: Number(m[1]) };
}

export async function serverMajor(url: string): Promise<number> {
  const c = new Client({ connectionString: url });
  try {
    await c.connect();
  } catch (e) {
    throw new PgToolError(
      `Cannot connect to the database (${redact(url)}): ${(e as Error).message}. Is the server (or the app with its embedded PostgreSQL) running?`,
    );
  }
  try {
    const [{ v }] = (await c.query(`SELECT current_setting('server_version_num')::int AS v`)).rows;
    return Math.floor(v / 10000);
  } finally {
    await c.end();
  }
}

/** Fails with a readable message unless the tool can handle the server. */
export async function checkedTool(name: 'pg_dump' | 'pg_restore', url: string, env: NodeJS.ProcessEnv = process.env) {
  const tool = pgTool(name, env);
  const server = await serverMajor(url);
  if (tool.major < server) {
    throw new PgToolError(`${name} ${tool.major} cannot handle PostgreSQL ${server}: install the version-${server} client tools and point PG_BIN at them.`);
  }
  return tool;
}

/** The owner connection: DATABASE_URL, or the embedded server under DATA_DIR (it must be running). */
export function ownerUrl(env: NodeJS.ProcessEnv = process.env): string {
  const config = loadConfig(env);
  if (config.DATABASE_URL) return config.DATABASE_URL;
  const secretsFile = path.join(config.DATA_DIR, 'secrets.json');
  const portFile = path.join(config.DATA_DIR, 'port');
  if (!existsSync(secretsFile) || !existsSync(portFile)) {
    throw new PgToolError(`No DATABASE_URL and no embedded database under ${config.DATA_DIR}: set DATABASE_URL to the owner connection.`);
  }
  const { superuserPassword } = JSON.parse(readFileSync(secretsFile, 'utf8')) as { superuserPassword: string };
  const port = Number(readFileSync(portFile, 'utf8'));
  return `postgres://postgres:${encodeURIComponent(superuserPassword)}@127.0.0.1:${port}/gemeinwerk`;
}

export const redact = (url: string) => url.replace(/:[^:@/]*@/, ':***@');

function run(bin: string, args: string[]): void {
  const r = spawnSync(bin, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.error) throw new PgToolError(`${bin} failed to start: ${r.error.message}`);
  if (r.status !== 0) throw new PgToolError(`${path.basename(bin)} exited with code ${r.status}`);
}

/** Custom-format dump of the whole database (schema, data, grants, row-level security policies). */
export async function backupDatabase(url: string, file: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const { bin } = await checkedTool('pg_dump', url, env);
  run(bin, ['--format=custom', '--file', file, '--dbname', url]);
}

/**
 * Restores a dump over `url`: existing objects are dropped first (--clean --if-exists); object
 * owners become the connecting user (--no-owner). The app role (gemeinwerk_app) must exist in
 * the target cluster, since the dump grants it access.
 */
export async function restoreDatabase(url: string, file: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!existsSync(file)) throw new PgToolError(`No such backup file: ${file}`);
  const { bin } = await checkedTool('pg_restore', url, env);
  run(bin, ['--clean', '--if-exists', '--no-owner', '--exit-on-error', '--single-transaction', '--dbname', url, file]);
}
