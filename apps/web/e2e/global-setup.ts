import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

const ROOT = path.resolve(__dirname, '../../..');
/** The day the e2e demo is seeded on: the demo's anchor, so the data is exactly the written story. */
export const E2E_DEMO_TODAY = '2026-11-15';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });

/** Starts the production build once for all e2e files; stops it (and its database) afterwards. */
export default async function setup(project: TestProject) {
  const main = path.join(ROOT, 'apps/api/dist/main.js');
  const web = path.join(ROOT, 'apps/web/dist/index.html');
  if (!existsSync(main) || !existsSync(web)) throw new Error('Build first: the e2e tests run the built API and web app.');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gw-e2e-'));
  const port = await freePort();
  // The demo moves to the day it is seeded; the e2e tests pin that day so their expectations
  // (period labels, dates in the log, texts with months) stay fixed. DEMO_TODAY overrides it.
  const baseUrl = `http://127.0.0.1:${port}`;
  // No SMTP_URL: mails are written as .eml files under DATA_DIR/mail, where the tests read them.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    DEMO_TODAY: process.env.DEMO_TODAY || E2E_DEMO_TODAY,
    PUBLIC_URL: baseUrl,
    MAIL_POLL_INTERVAL_MS: '200',
  };
  delete env.DATABASE_URL;
  delete env.SMTP_URL;
  delete env.NODE_ENV;
  const child: ChildProcess = spawn(process.execPath, [main], { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
  const until = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/health/ready`)).ok) break;
    } catch {
      /* starting */
    }
    if (Date.now() > until) throw new Error('API did not become ready');
    await new Promise((r) => setTimeout(r, 250));
  }
  project.provide('baseUrl', baseUrl);
  project.provide('mailDir', path.join(dataDir, 'mail'));
  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where the app under test writes its mails (.eml files). */
    mailDir: string;
  }
}
