import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
export const SCREENSHOTS = path.resolve(__dirname, '../../../docs/screenshots');

export const DEMO = {
  password: 'Gemeinwerk-Demo-2026',
  backbone: 'koordination@bildungsbuero.example',
  partner: 'team@jugendtreff-oststadt.example',
  funder: 'foerderung@vogel-stiftung.example',
  observer: 'beobachtung@schulamt.example',
};

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function login(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(DEMO.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

/** Runs axe-core in the page; returns the violations (WCAG 2.1 A and AA rules). */
export async function axe(page: Page): Promise<{ id: string; impact: string | null; nodes: { target: string[] }[] }[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations as { id: string; impact: string | null; nodes: { target: string[] }[] }[];
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
