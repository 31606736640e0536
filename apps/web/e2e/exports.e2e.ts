import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, DEMO, launch, login, screenshot, SCREENSHOTS } from './browser';

// exceljs is the API's dependency (the export writer); the test reads the downloaded file with it.
const ExcelJS = createRequire(path.resolve(__dirname, '../../api/package.json'))('exceljs') as typeof import('exceljs');

async function readWorkbook(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

async function openArea(page: Page, baseUrl: string, email: string, area: string) {
  await login(page, baseUrl, email);
  await page.waitForURL(/\/a\/[0-9a-f-]{36}\/dashboard/);
  const allianceUrl = page.url().replace(/\/dashboard.*$/, '');
  await page.goto(`${allianceUrl}/${area}`);
  return allianceUrl;
}

describe('exports', () => {
  const baseUrl = inject('baseUrl');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gw-exports-'));
  let browser: Browser;
  beforeAll(async () => (browser = await launch()));
  afterAll(() => browser?.close());

  it('downloads the indicators as Excel from the indicators screen', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true, acceptDownloads: true });
    await openArea(page, baseUrl, DEMO.backbone, 'indicators');
    await page.getByRole('heading', { name: 'Indikatoren', exact: true, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Indikatoren exportieren', exact: true }).click();
    const excel = page.getByRole('link', { name: 'Excel', exact: true });
    await excel.waitFor();
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'exports-menu');
    const [download] = await Promise.all([page.waitForEvent('download'), excel.click()]);
    expect(download.suggestedFilename()).toMatch(/^Indikatoren_.+_\d\d\.\d\d\.\d{4}\.xlsx$/);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const sheet = (await readWorkbook(file)).getWorksheet('Indikatoren')!;
    expect(sheet.getRow(1).getCell(2).value).toBe('Name');
    expect(sheet.rowCount).toBeGreaterThan(2);
    await page.close();
  });

  it('a funder downloads the whole alliance from the overview: approved data only, no completeness', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'de-DE', bypassCSP: true, acceptDownloads: true });
    await login(page, baseUrl, DEMO.funder);
    // A funder with several alliances starts on the list: into the demo alliance via the portfolio.
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${baseUrl}/portfolio`);
    await page.getByRole('link', { name: 'Dashboard öffnen: Bildungsbündnis Musterstadt', exact: true }).click();
    await page.waitForURL(/\/a\/[0-9a-f-]{36}\/dashboard$/);
    const link = page.getByRole('link', { name: 'Ganzes Bündnis als Excel', exact: true });
    await link.waitFor();
    await page.getByRole('link', { name: 'Daten dieses Diagramms als Excel', exact: true }).waitFor();
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'exports-dashboard-phone');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const file = path.join(dir, 'funder.xlsx');
    await download.saveAs(file);
    const wb = await readWorkbook(file);
    const names = wb.worksheets.map((ws) => ws.name);
    expect(names).toEqual(expect.arrayContaining(['Indikatoren', 'Werte', 'Verlauf', 'Mitglieder']));
    expect(names.some((n) => n.startsWith('Vollständigkeit'))).toBe(false);
    const statuses = new Set<unknown>();
    wb.getWorksheet('Werte')!.eachRow((row, n) => n > 1 && statuses.add(row.getCell(7).value));
    expect([...statuses].every((s) => s === 'Freigegeben')).toBe(true);
    await page.close();
  });

  it('prints the dashboard and the indicator page on A4 without navigation or buttons', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    const allianceUrl = await openArea(page, baseUrl, DEMO.backbone, 'dashboard');
    await page.getByRole('heading', { name: 'Indikatoren: Stand gegenüber Zielwert' }).waitFor();
    await page
      .getByText(/Letzter Wert: /)
      .first()
      .waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Ganzes Bündnis als Excel', exact: true }).isVisible()).toBe(false);
    // page.pdf() prints with the emulated media: print, as set above.
    const dashboardPdf = path.join(dir, 'dashboard.pdf');
    await page.pdf({ path: dashboardPdf, format: 'A4', printBackground: true });

    await page.goto(`${allianceUrl}/indicators`);
    await page
      .getByRole('link', { name: /Jugendliche/ })
      .first()
      .click();
    await page.waitForURL(/\/indicators\/[0-9a-f-]{36}$/);
    await page.locator('.recharts-surface').first().waitFor();
    const indicatorPdf = path.join(dir, 'indicator.pdf');
    await page.pdf({ path: indicatorPdf, format: 'A4', printBackground: true });

    // The first page of each as a picture in the docs (pdftoppm, where the machine has it).
    for (const [pdf, name] of [
      [dashboardPdf, 'exports-print-dashboard'],
      [indicatorPdf, 'exports-print-indicator'],
    ]) {
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      try {
        execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, path.join(SCREENSHOTS, name)]);
      } catch {
        /* no poppler: the PDF itself was checked above */
      }
    }
    await page.close();
  });
});
