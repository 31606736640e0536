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
  // The port is free when picked, but the server's own embedded PostgreSQL may take it before the
  // server listens (seen once: EADDRINUSE, and PostgreSQL answering the browser). Such a start
  // exits or never serves the app; it is stopped and tried again on another port.
  for (let attempt = 1; ; attempt++) {
    const started = await startOnce(env);
    if (await serves(started)) return started;
    await started.stop();
    if (attempt === 3) throw new Error('the empty installation did not start on three ports');
  }
}

/** True when the installation answers with the app (its login page), false when it died or something else holds the port. */
async function serves(installation: EmptyInstallation & { exited: () => boolean }): Promise<boolean> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (installation.exited()) return false;
    try {
      const response = await fetch(`${installation.baseUrl}/login`);
      if (response.ok && (await response.text()).includes('<html')) return true;
    } catch {
      // not listening yet, or not an HTTP server at all
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

async function startOnce(env: NodeJS.ProcessEnv): Promise<EmptyInstallation & { exited: () => boolean }> {
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
    exited: () => child.exitCode !== null || child.signalCode !== null,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
