import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO, launch, login } from './browser';

/** Every area of the workspace, as a path below `/a/<alliance>`, and the pages outside it. */
const WORKSPACE = [
  'dashboard',
  'agenda',
  'indicators',
  'indicators/periods',
  'indicators/dimensions',
  'reporting',
  'review',
  'activities',
  'activities/map',
  'log',
  'log/proposals',
  'log/action-items',
  'members',
  'settings',
  'audit',
];
const OUTSIDE = ['/alliances', '/portfolio', '/account', '/register', '/colleagues'];

/**
 * What sticks out to the right of a phone's screen: elements wider than the viewport that no
 * scrolling container (a table's wrapper, the tab row) holds. Named by tag and class.
 */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 1) continue;
      let held = false;
      for (let a = el.parentElement; a; a = a.parentElement) {
        const o = getComputedStyle(a).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') {
          held = true;
          break;
        }
      }
      if (!held) out.push(`${el.tagName.toLowerCase()}.${String(el.getAttribute('class') ?? '').replace(/\s+/g, '.')} (${Math.round(box.right)} px)`);
    }
    if (document.documentElement.scrollWidth > width) out.push(`document (${document.documentElement.scrollWidth} px)`);
    return out.slice(0, 5);
  });
}

async function settle(page: Page) {
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
}

describe('the workspace on a 390 px phone', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  beforeAll(async () => (browser = await launch()));
  afterAll(() => browser?.close());

  for (const [role, email] of [
    ['backbone', DEMO.backbone],
    ['partner', DEMO.partner],
    ['funder', DEMO.funder],
    ['observer', DEMO.observer],
  ] as const) {
    it(`nothing pushes the page sideways for the ${role}, on any page`, async () => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'de-DE', bypassCSP: true });
      await login(page, baseUrl, email);
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await settle(page);
      // People with one alliance land in it; the funder (two alliances) picks the first.
      let alliance = /\/a\/[0-9a-f-]{36}/.exec(page.url())?.[0];
      if (!alliance) {
        const href = await page.locator('main a[href*="/a/"]').first().getAttribute('href');
        alliance = /\/a\/[0-9a-f-]{36}/.exec(href ?? '')?.[0];
      }
      expect(alliance).toBeTruthy();

      const found: Record<string, string[]> = {};
      for (const path of [...WORKSPACE.map((p) => `${alliance}/${p}`), ...OUTSIDE]) {
        await page.goto(`${baseUrl}${path}`);
        await settle(page);
        const out = await overflowing(page);
        if (out.length > 0) found[path.replace(/\/a\/[^/]+/, '/a/…')] = out;
      }
      // The notification bell's list, open in the workspace header.
      await page.goto(`${baseUrl}${alliance}/dashboard`);
      await settle(page);
      await page.getByRole('button', { name: /^Benachrichtigungen/ }).click();
      await page.getByRole('region', { name: 'Benachrichtigungen' }).waitFor();
      const bell = await overflowing(page);
      if (bell.length > 0) found['bell'] = bell;
      expect(found).toEqual({});
      await page.close();
    });
  }
});
