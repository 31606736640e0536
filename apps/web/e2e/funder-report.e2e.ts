import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, DEMO, launch, login, screenshot } from './browser';

/** The funder opens the demo alliance's dashboard through the portfolio (it funds two alliances). */
async function openFunderDashboard(page: Page, baseUrl: string) {
  await login(page, baseUrl, DEMO.funder);
  await page.getByRole('link', { name: 'Förderportfolio' }).click();
  await page.waitForURL(/\/portfolio$/);
  await page.getByRole('link', { name: 'Dashboard öffnen: Bildungsbündnis Musterstadt' }).click();
  await page.waitForURL(/\/a\/[0-9a-f-]{36}\/dashboard$/);
}

describe('funder report (Förderbericht)', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  beforeAll(async () => (browser = await launch()));
  afterAll(() => browser?.close());

  it('lets a funder choose period and language and downloads the PDF', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true, acceptDownloads: true });
    await openFunderDashboard(page, baseUrl);
    await page.getByRole('button', { name: 'Förderbericht', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Förderbericht erstellen' });
    await dialog.waitFor();
    // A range that ends before it starts is refused in the form, nothing is requested.
    await dialog.getByLabel('Von (Monat)', { exact: true }).fill('2026-06');
    await dialog.getByLabel('Bis (Monat)', { exact: true }).fill('2026-01');
    await dialog.getByRole('button', { name: 'PDF herunterladen', exact: true }).click();
    await expect.poll(() => dialog.getByText('Das Ende liegt vor dem Beginn.').isVisible()).toBe(true);
    await dialog.getByLabel('Von (Monat)', { exact: true }).fill('2026-01');
    await dialog.getByLabel('Bis (Monat)', { exact: true }).fill('2026-11');
    await dialog.getByLabel('Sprache des Berichts', { exact: true }).selectOption('en');
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'report-dialog');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'PDF herunterladen', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('Funder-report-Bildungsbuendnis-Musterstadt-2026-01-2026-11.pdf');
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.close();
  });

  it('fits the dialog on a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'de-DE', bypassCSP: true });
    await openFunderDashboard(page, baseUrl);
    await page.getByRole('button', { name: 'Förderbericht', exact: true }).click();
    await page.getByRole('dialog', { name: 'Förderbericht erstellen' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'report-dialog-phone');
    await page.close();
  });

  it('offers no report to partners', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await login(page, baseUrl, DEMO.partner);
    await page.waitForURL(/\/a\/[0-9a-f-]{36}\/dashboard/);
    await page.getByRole('heading', { name: 'Indikatoren: Stand gegenüber Zielwert' }).waitFor();
    expect(await page.getByRole('button', { name: 'Förderbericht', exact: true }).count()).toBe(0);
    await page.close();
  });
});
