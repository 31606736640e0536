import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, DEMO, launch, login, screenshot } from './browser';

const text = async (page: Page, selector = 'main') => ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ');

/** Logs in and lands on the alliance's dashboard (users with one alliance enter it directly). */
async function openDashboard(page: Page, baseUrl: string, email: string) {
  await login(page, baseUrl, email);
  await page.waitForURL(/\/a\/[0-9a-f-]{36}\/dashboard/);
  await page.getByRole('heading', { name: 'Indikatoren: Stand gegenüber Zielwert' }).waitFor();
  await page
    .getByText(/Letzter Wert: /)
    .first()
    .waitFor();
}

describe('dashboards and funder portfolio', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  beforeAll(async () => (browser = await launch()));
  afterAll(() => browser?.close());

  it('shows the backbone the health of the alliance, with links into the areas', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await openDashboard(page, baseUrl, DEMO.backbone);
    const completeness = page.getByRole('region', { name: 'Meldestand der offenen Zeiträume' });
    await completeness.waitFor();
    await expect.poll(() => completeness.textContent()).toMatch(/von \d+ erwarteten Meldungen sind freigegeben/);
    for (const card of ['Prüfliste', 'Abdeckung der Ziele', 'Austausch', 'Stille Mitglieder', 'Überfällige Aufgaben', 'Unterschriften']) {
      await expect.poll(() => page.getByRole('region', { name: card }).isVisible()).toBe(true);
    }
    // The demo: the Jobcenter has not signed version 2 of the agreement; one action item is overdue.
    await expect.poll(() => page.getByRole('region', { name: 'Unterschriften' }).textContent()).toContain('Jobcenter');
    await expect.poll(() => page.getByRole('region', { name: 'Überfällige Aufgaben' }).textContent()).toMatch(/überfällig/);
    // A chart's numbers are one click away as a table.
    await completeness.getByText('Werte als Tabelle').click();
    await expect.poll(() => completeness.getByRole('table').isVisible()).toBe(true);
    expect(await axe(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'dashboard');

    await page
      .getByRole('region', { name: 'Prüfliste' })
      .getByRole('link', { name: /Zur Prüfliste/ })
      .click();
    await page.waitForURL(/\/review$/);
    await page.close();
  });

  it('fits the backbone dashboard on a tablet', async () => {
    const page = await browser.newPage({ viewport: { width: 768, height: 1024 }, locale: 'de-DE', bypassCSP: true });
    await openDashboard(page, baseUrl, DEMO.backbone);
    await page.getByRole('region', { name: 'Stille Mitglieder' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'dashboard-tablet');
    await page.close();
  });

  it('shows a partner its due reports and action items, not the backbone view', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await openDashboard(page, baseUrl, DEMO.partner);
    const reports = page.getByRole('region', { name: 'Ihre Meldungen' });
    await reports.getByText(/noch zu erledigen|Derzeit ist kein Meldezeitraum/).waitFor();
    await page
      .getByRole('region', { name: 'Ihre offenen Aufgaben' })
      .getByText(/offene Aufgabe/)
      .waitFor();
    await expect.poll(() => page.getByRole('region', { name: 'Prüfliste' }).count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'dashboard-partner');
    await page.close();
  });

  it('gives a funder a portfolio of its alliances, with a click-through to a read-only dashboard', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await login(page, baseUrl, DEMO.funder);
    await page.getByRole('link', { name: 'Förderportfolio' }).click();
    await page.waitForURL(/\/portfolio$/);
    const card = page.getByRole('article', { name: 'Bildungsbündnis Musterstadt' });
    await card.waitFor();
    await expect.poll(() => page.getByRole('article', { name: 'Klimaallianz Nordkreis' }).isVisible()).toBe(true);
    const reading = card.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4, name: 'Kinder in Leseförderung' }) });
    await expect
      .poll(async () => (await reading.textContent())?.replace(/\s+/g, ' '))
      .toMatch(/Letzter Wert: [\d.]+ Kinder \((Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) 2026\)/);
    await expect.poll(() => reading.getByText(/des Zielwerts/).isVisible()).toBe(true);
    await expect.poll(() => text(page)).toMatch(/Meldungen freigegeben/);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'portfolio');

    await card.getByRole('link', { name: 'Dashboard öffnen: Bildungsbündnis Musterstadt' }).click();
    await page.waitForURL(/\/a\/[0-9a-f-]{36}\/dashboard$/);
    await page
      .getByText(/Letzter Wert: /)
      .first()
      .waitFor();
    await page
      .getByRole('region', { name: 'Meldestand' })
      .getByText(/erwarteten Meldungen freigegeben/)
      .first()
      .waitFor();
    await expect.poll(() => page.getByRole('region', { name: 'Ihre Meldungen' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('region', { name: 'Prüfliste' }).count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'dashboard-funder');

    // The switcher leads back to the portfolio.
    await page.getByRole('button', { name: /Bündnis wechseln/ }).click();
    await page
      .getByRole('menuitem', { name: 'Förderportfolio' })
      .or(page.getByRole('link', { name: 'Förderportfolio' }))
      .first()
      .click();
    await page.waitForURL(/\/portfolio$/);
    await page.close();
  });

  it('fits the portfolio on a tablet', async () => {
    const page = await browser.newPage({ viewport: { width: 768, height: 1024 }, locale: 'de-DE', bypassCSP: true });
    await login(page, baseUrl, DEMO.funder);
    await page.getByRole('link', { name: 'Förderportfolio' }).waitFor();
    await page.getByText('Klimaallianz Nordkreis').first().waitFor();
    expect(await axe(page)).toEqual([]);
    await page.goto(`${baseUrl}/portfolio`);
    await page.getByRole('article', { name: 'Klimaallianz Nordkreis' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'portfolio-tablet');
    await page.close();
  });

  it('shows an observer the progress toward the targets only, and no portfolio', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await openDashboard(page, baseUrl, DEMO.observer);
    await page
      .getByRole('region', { name: 'Ziele' })
      .getByText(/Ziele und Unterziele/)
      .waitFor();
    await expect.poll(() => page.getByRole('region', { name: 'Ihre Meldungen' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('region', { name: 'Prüfliste' }).count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'dashboard-observer');

    await page.goto(`${baseUrl}/portfolio`);
    await page.getByRole('heading', { name: 'Kein gefördertes Bündnis' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await page.close();
  });
});
