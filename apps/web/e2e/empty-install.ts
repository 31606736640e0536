import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });

export interface EmptyInstallation {
  baseUrl: string;
  /** The one-time link the server printed at start. */
  setupLink: string;
  stop(): Promise<void>;
}

/**
 * A second installation of the built app, empty and without demo data (what a new operator
 * starts), on its own embedded PostgreSQL. `env` adds settings, e.g. SMTP_URL of a `Mailbox`.
 */
export async function startEmptyInstallation(env: NodeJS.ProcessEnv = {}): Promise<EmptyInstallation> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gw-e2e-empty-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    PUBLIC_URL: baseUrl,
    MAIL_POLL_INTERVAL_MS: '200',
    ...env,
  };
  delete childEnv.DATABASE_URL;
  if (!env.NODE_ENV) delete childEnv.NODE_ENV;
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'apps/api/dist/main.js')], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const until = Date.now() + 120_000;
  let setupLink: string;
  for (;;) {
    const link = out.match(new RegExp(`${baseUrl.replace(/[.:/]/g, '\\$&')}/setup/[\\w-]+`));
    if (link) {
      setupLink = link[0];
      break;
    }
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}: ${out}`);
    if (Date.now() > until) throw new Error(`no setup link printed: ${out}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    setupLink,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
