import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, DEMO, launch, login, screenshot } from './browser';

/** The demo's indicator computed from citizens' barrier reports (issue 16): marked on its page, its quarters in the table, by district instead of by member. */
describe('indicator from citizens’ reports', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  beforeAll(async () => (browser = await launch()));
  afterAll(() => browser?.close());

  it('shows where the values come from, at desktop and phone width', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', bypassCSP: true });
    await login(page, baseUrl, DEMO.backbone);
    await page.waitForURL(/\/a\/[0-9a-f-]{36}/);
    await page.getByRole('link', { name: 'Indikatoren' }).first().click();
    await page.getByRole('link', { name: 'Gemeldete Barrieren, gelöst innerhalb von 30 Tagen' }).first().click();
    await page.getByRole('heading', { level: 1, name: /Gemeldete Barrieren/ }).waitFor();
    await expect.poll(() => page.getByText('Aus Bürgermeldungen').first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Herkunft der Werte').isVisible()).toBe(true);
    await page.getByRole('table', { name: /Werte zum Diagramm/ }).waitFor();
    // No members report it: no line per member, its districts instead.
    const districts = page.getByRole('table', { name: /nach Stadtteil, neueste Periode zuerst/ });
    await districts.getByRole('columnheader', { name: 'Gesamt' }).waitFor();
    expect(await page.getByRole('button', { name: 'Nach Mitglied' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Beiträge der Mitglieder' }).count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'indicator-from-participation');
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.getByText('Aus Bürgermeldungen').first().isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'indicator-from-participation-phone');
    await page.close();
  });
});
