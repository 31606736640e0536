import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { E2E_DEMO_TODAY } from './global-setup';

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

export interface DemoInstallation {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * A second installation of the built app WITH the demo data, on its own embedded PostgreSQL, for
 * flows whose mails must arrive on a real SMTP server (`env.SMTP_URL` of a `Mailbox`); the shared
 * e2e app writes .eml files instead. Tried again on another port when the start does not serve
 * (its own PostgreSQL may take the picked port, as in empty-install.ts).
 */
export async function startDemoInstallation(env: NodeJS.ProcessEnv = {}): Promise<DemoInstallation> {
  for (let attempt = 1; ; attempt++) {
    const started = await startOnce(env);
    if (started) return started;
    if (attempt === 3) throw new Error('the demo installation did not start on three ports');
  }
}

async function startOnce(env: NodeJS.ProcessEnv): Promise<DemoInstallation | null> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gw-e2e-demo-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    DEMO_TODAY: process.env.DEMO_TODAY || E2E_DEMO_TODAY,
    LOG_LEVEL: 'warn',
    PUBLIC_URL: baseUrl,
    MAIL_POLL_INTERVAL_MS: '200',
    ...env,
  };
  delete childEnv.DATABASE_URL;
  delete childEnv.NODE_ENV;
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'apps/api/dist/main.js')], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const until = Date.now() + 180_000;
  while (Date.now() < until) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    try {
      const ready = await fetch(`${baseUrl}/health/ready`);
      const login = ready.ok ? await fetch(`${baseUrl}/login`) : null;
      if (login?.ok && (await login.text()).includes('<html')) return { baseUrl, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  return null;
}
