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

const launched = new Set<Browser>();

/** Browsers launched by the running test file and not yet closed (for failure screenshots). */
export function openBrowsers(): Browser[] {
  return [...launched].filter((b) => b.isConnected());
}

export async function launch(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--force-prefers-reduced-motion',
    ],
  });
  launched.add(browser);
  browser.on('disconnected', () => launched.delete(browser));
  return browser;
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

/**
 * Pictures for docs/screenshots. CI (CI=true) checks the same pages but writes no pictures: they
 * are documentation, refreshed by a run on a developer's machine (E2E_SCREENSHOTS=1 forces them).
 */
const takeScreenshots = process.env.E2E_SCREENSHOTS === '1' || (process.env.E2E_SCREENSHOTS !== '0' && process.env.CI !== 'true');

export async function screenshot(page: Page, name: string): Promise<void> {
  if (!takeScreenshots) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Chart drawings are lazy chunks (components/charts): let them arrive before the picture.
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** A picture of the top of the page only (e.g. a header), `height` pixels high. */
export async function screenshotTop(page: Page, name: string, height: number): Promise<void> {
  if (!takeScreenshots) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  const width = page.viewportSize()?.width ?? 1280;
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), clip: { x: 0, y: 0, width, height } });
}

/** A full-page screenshot that starts at the top, wherever focus scrolled the page to. */
export async function screenshotFromTop(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

/** One GraphQL operation as an API client (bearer token), for setting up data; throws the first error with its code. */
export async function api<T>(baseUrl: string, token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'de', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw Object.assign(new Error(body.errors[0]!.message), { code: body.errors[0]!.extensions?.code });
  return body.data as T;
}

/** A bearer token for a demo login. */
export async function apiLogin(baseUrl: string, email: string): Promise<string> {
  const data = await api<{ login: { token: string } }>(baseUrl, null, `mutation($input: LoginInput!) { login(input: $input) { token } }`, {
    input: { email, password: DEMO.password, mode: 'TOKEN' },
  });
  return data.login.token;
}

type NameProbe = { text?: string; source?: string; flags?: string };

/**
 * Presses Tab until the focused element's accessible text matches. First waits (up to 20 s) until a
 * visible focusable element with that text exists — the target may still be loading — then presses
 * Tab at most three times as often as the page has focusable elements. So the bound is the page's
 * size, not the clock: a slow machine makes the loop slower, never shorter (the old 20-second budget
 * ran out on a long reporting page under load before focus got there).
 */
export async function tabTo(page: Page, name: string | RegExp): Promise<void> {
  const probe: NameProbe = typeof name === 'string' ? { text: name } : { source: name.source, flags: name.flags };
  // The accessible text as this helper reads it: aria-label, else the first label, else the text.
  const inPage = ({ probe, focused }: { probe: NameProbe; focused: boolean }) => {
    const textOf = (el: Element) =>
      (el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const matches = (el: Element) => {
      const text = textOf(el);
      return probe.text !== undefined ? text === probe.text : new RegExp(probe.source!, probe.flags).test(text);
    };
    if (focused) return document.activeElement ? matches(document.activeElement) : false;
    const focusable = document.querySelectorAll<HTMLElement>(
      'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])',
    );
    const found = [...focusable].some((el) => el.getClientRects().length > 0 && matches(el));
    return found ? focusable.length : 0;
  };
  const handle = await page.waitForFunction(inPage, { probe, focused: false }, { timeout: 20_000, polling: 100 }).catch(() => {
    throw new Error(`Tab never reached ${String(name)}: no visible focusable element with that name appeared in 20 s`);
  });
  const focusable = (await handle.jsonValue()) as number;
  const presses = Math.max(250, focusable * 3);
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(inPage, { probe, focused: true })) return;
  }
  throw new Error(`Tab never reached ${String(name)} in ${presses} presses (${focusable} focusable elements)`);
}
