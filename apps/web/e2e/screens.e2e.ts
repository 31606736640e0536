import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, DEMO, launch, login, screenshotFromTop } from './browser';

/**
 * Every main screen at 1280 px and at 390 px, for the role that mostly uses it: nothing wider than
 * the screen, axe without violations, and a picture for docs/screenshots (screens-<screen>-<width>).
 * Read-only on the demo data (other files change it at the same time): it only opens pages, lists
 * and menus. One browser; each role signs in once and its page is resized for the two widths.
 */
type Role = 'backbone' | 'partner' | 'funder' | 'observer';
type Screen = {
  name: string;
  role: Role;
  /** A path below `/a/<alliance>` (starts without a slash) or outside it (starts with one). */
  path: string;
  /** Opens what the screen shows from the page at `path` (a detail link, a menu). */
  open?: (page: Page) => Promise<void>;
};

const firstLink = (prefix: RegExp) => async (page: Page) => {
  let href: string | undefined;
  await expect
    .poll(async () => {
      const hrefs = await page.locator('main a[href]').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
      href = hrefs.find((h) => prefix.test(h));
      return href;
    })
    .toBeTruthy();
  if (!href) throw new Error(`no link like ${String(prefix)} on ${page.url()}`);
  await page.goto(new URL(href, page.url()).toString());
};

const SCREENS: Screen[] = [
  { name: 'dashboard', role: 'backbone', path: 'dashboard' },
  { name: 'dashboard-partner', role: 'partner', path: 'dashboard' },
  { name: 'agenda', role: 'backbone', path: 'agenda' },
  { name: 'indicators', role: 'backbone', path: 'indicators' },
  { name: 'indicator-detail', role: 'backbone', path: 'indicators', open: firstLink(/\/indicators\/[0-9a-f-]{36}$/) },
  { name: 'reporting-periods', role: 'backbone', path: 'indicators/periods' },
  { name: 'dimensions', role: 'backbone', path: 'indicators/dimensions' },
  { name: 'reporting', role: 'partner', path: 'reporting' },
  {
    name: 'reporting-form',
    role: 'partner',
    path: 'reporting',
    // A value still to report (its link says "Melden – …"), not one handed in already.
    open: async (page) => {
      const report = page.getByRole('link', { name: /^Melden – / }).first();
      await report.waitFor();
      await page.goto(new URL((await report.getAttribute('href'))!, page.url()).toString());
    },
  },
  { name: 'reporting-bulk', role: 'partner', path: 'reporting', open: firstLink(/reporting\?bulk=/) },
  { name: 'review', role: 'backbone', path: 'review' },
  { name: 'activities', role: 'partner', path: 'activities' },
  { name: 'activity-map', role: 'backbone', path: 'activities/map' },
  { name: 'activity-detail', role: 'partner', path: 'activities', open: firstLink(/\/activities\/[0-9a-f-]{36}$/) },
  { name: 'members', role: 'backbone', path: 'members' },
  { name: 'log', role: 'backbone', path: 'log' },
  { name: 'log-entry', role: 'backbone', path: 'log', open: firstLink(/\/log\/[0-9a-f-]{36}$/) },
  { name: 'proposals', role: 'backbone', path: 'log/proposals' },
  { name: 'proposal', role: 'backbone', path: 'log/proposals', open: firstLink(/\/log\/proposals\/[0-9a-f-]{36}$/) },
  { name: 'action-items', role: 'backbone', path: 'log/action-items' },
  { name: 'settings', role: 'backbone', path: 'settings' },
  { name: 'audit', role: 'backbone', path: 'audit' },
  {
    name: 'notifications',
    role: 'backbone',
    path: 'dashboard',
    open: async (page) => {
      await page.getByRole('button', { name: /^Benachrichtigungen/ }).click();
      await page.getByRole('region', { name: 'Benachrichtigungen' }).waitFor();
    },
  },
  { name: 'dashboard-observer', role: 'observer', path: 'dashboard' },
  { name: 'alliances', role: 'funder', path: '/alliances' },
  { name: 'portfolio', role: 'funder', path: '/portfolio' },
  { name: 'account', role: 'partner', path: '/account' },
  { name: 'colleagues', role: 'partner', path: '/colleagues' },
  { name: 'help', role: 'observer', path: '/help' },
];

const WIDTHS = [1280, 390] as const;

async function settle(page: Page) {
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  // No "loading" left on the page.
  await expect.poll(() => page.locator('.loading-state').count()).toBe(0);
}

describe('every main screen at 1280 px and 390 px', () => {
  const baseUrl = inject('baseUrl');
  const pages = new Map<Role, Page>();
  const contexts: BrowserContext[] = [];
  let alliance = '';
  let browser: Awaited<ReturnType<typeof launch>>;

  beforeAll(async () => {
    browser = await launch();
    for (const [role, email] of Object.entries({ backbone: DEMO.backbone, partner: DEMO.partner, funder: DEMO.funder, observer: DEMO.observer })) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
      contexts.push(context);
      const page = await context.newPage();
      await login(page, baseUrl, email);
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      if (role === 'backbone') {
        await page.waitForURL(/\/a\/[0-9a-f-]{36}/);
        alliance = /\/a\/[0-9a-f-]{36}/.exec(page.url())![0];
      }
      pages.set(role as Role, page);
    }
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  for (const screen of SCREENS) {
    it(`${screen.name} (${screen.role}) fits 1280 and 390 px without axe violations`, async () => {
      const page = pages.get(screen.role)!;
      const found: Record<string, unknown> = {};
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
        await page.goto(`${baseUrl}${screen.path.startsWith('/') ? screen.path : `${alliance}/${screen.path}`}`);
        await settle(page);
        if (screen.open) {
          await screen.open(page);
          await settle(page);
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) found[`overflow ${width}`] = overflow;
        const violations = await axe(page);
        if (violations.length) found[`axe ${width}`] = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        await screenshotFromTop(page, `screens-${screen.name}-${width}`);
      }
      expect(found).toEqual({});
    });
  }
});
