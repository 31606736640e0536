import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../database/embedded-postgres';
import { DEMO_PASSWORD, DEMO_USERS } from '../database/seeds/demo.seed';

const API_ROOT = path.resolve(__dirname, '../..');

function start(dataDir: string, port: number): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', WEB_DIST: '/nonexistent' };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  return spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], { cwd: API_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

async function waitReady(port: number, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`API exited early (${child.exitCode}):\n${output}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (r.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`API not ready within ${timeoutMs} ms:\n${output}`);
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((r) => (child.exitCode !== null ? r(child.exitCode) : child.once('exit', (code) => r(code))));

async function loginWorks(port: number): Promise<boolean> {
  const r = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation($i: LoginInput!) { login(input: $i) { token } }`,
      variables: { i: { email: DEMO_USERS.backbone.email, password: DEMO_PASSWORD } },
    }),
  });
  const body = (await r.json()) as { data?: { login?: { token?: string } } };
  return !!body.data?.login?.token;
}

async function introspectionRefused(port: number): Promise<boolean> {
  const r = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
  });
  const body = (await r.json()) as { data?: unknown; errors?: { message: string }[] };
  return !body.data && /introspection/i.test(body.errors?.[0]?.message ?? '');
}

/** The real process on the embedded database: killed hard, started again, no manual clean-up. */
describe('start-up on the embedded database', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gw-restart-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('recovers after SIGKILL and shuts PostgreSQL down on SIGTERM', async () => {
    const port = await freePort();
    const first = start(dataDir, port);
    await waitReady(port, first);
    expect(await loginWorks(port)).toBe(true);
    // Started like `pnpm start` (no NODE_ENV): production mode, so anonymous introspection is refused.
    expect(await introspectionRefused(port)).toBe(true);
    const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
    const pgPid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);

    first.kill('SIGKILL');
    await exited(first);
    expect(() => process.kill(pgPid, 0)).not.toThrow(); // the orphaned server is still running

    const second = start(dataDir, port);
    await waitReady(port, second);
    expect(await loginWorks(port)).toBe(true); // data kept, demo not seeded twice
    second.kill('SIGTERM');
    expect(await exited(second)).toBe(0);
    expect(existsSync(pidFile)).toBe(false);
    expect(() => process.kill(pgPid, 0)).toThrow();
  }, 120_000);
});
