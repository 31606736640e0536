import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, launch, screenshot } from './browser';

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

/** A second installation, empty and without demo data: what a new operator starts. */
describe('first run of an empty installation', () => {
  let browser: Browser;
  let child: ChildProcess;
  let dataDir: string;
  let baseUrl: string;
  let setupLink: string;

  beforeAll(async () => {
    browser = await launch();
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'gw-e2e-first-'));
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      PUBLIC_URL: baseUrl,
    };
    delete env.DATABASE_URL;
    // As `pnpm dev` runs it (main.ts alone is production mode): the development mail page is checked below.
    env.NODE_ENV = 'development';
    child = spawn(process.execPath, [path.join(ROOT, 'apps/api/dist/main.js')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const until = Date.now() + 120_000;
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
  });

  afterAll(async () => {
    await browser?.close();
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('the printed setup link creates the platform administrator once; the admin finds the undeliverable mails', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', bypassCSP: true });
    await page.goto(setupLink);
    await page.getByRole('heading', { name: 'Gemeinwerk einrichten' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByLabel('Ihr Name').fill('Ada Admin');
    await page.getByLabel('E-Mail-Adresse').fill('ada@example.org');
    await page.getByLabel('Passwort').fill('Erstes-Geheimnis-2026');
    await screenshot(page, 'first-run-setup');
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/setup'));

    await page
      .getByRole('button', { name: /Ada Admin/ })
      .first()
      .click();
    await page.getByRole('link', { name: 'Unzustellbare E-Mails' }).click();
    await page.waitForURL(/\/admin\/mail$/);
    await page.getByText('Keine unzustellbaren E-Mails').waitFor();
    expect(await axe(page)).toEqual([]);

    // The link a second time: refused.
    const again = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'de-DE', bypassCSP: true });
    await again.goto(setupLink);
    await again.getByLabel('Ihr Name').fill('Mallory');
    await again.getByLabel('E-Mail-Adresse').fill('mallory@example.org');
    await again.getByLabel('Passwort').fill('Zweiter-Versuch-2026');
    await again.getByRole('button', { name: 'Konto anlegen' }).click();
    await again.getByRole('alert').waitFor();
    await expect.poll(() => again.getByRole('alert').textContent()).toContain('Dieser Einrichtungslink ist ungültig, abgelaufen oder wurde schon benutzt.');
    await again.close();

    // The development mail page exists outside production mode (no mail yet); `pnpm start` has none.
    const dev = await page.goto(`${baseUrl}/dev/mail`);
    expect(dev?.status()).toBe(200);
    await page.getByText('No mails yet.').waitFor();
    await page.close();
  });
});
