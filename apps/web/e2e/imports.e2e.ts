import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, apiLogin, axe, DEMO, launch, login, screenshotFromTop as shot } from './browser';

// The file tools of the API (the web app has no reason to depend on them).
const apiRequire = createRequire(path.resolve(__dirname, '../../api/package.json'));
const ExcelJS = apiRequire('exceljs') as typeof import('exceljs');
const iconv = apiRequire('iconv-lite') as { encode: (s: string, enc: string) => Buffer };

/**
 * Import as a German office does it (issue 12): an XLSX with German text cells, then a
 * Windows-1252 semicolon CSV with decimal commas and a wrong date in row 17. The preview shows
 * row 17's error; the corrected file, uploaded again, commits; undo removes exactly that batch
 * (the XLSX batch's values stay). Own indicators and the quarters of 2021, used by no other test.
 */
describe('import', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let allianceId: string;
  let token: string;
  const indicatorIds: string[] = [];
  const stamp = Date.now().toString(36);
  const names = Array.from({ length: 6 }, (_, i) => `E2E Import ${stamp} ${i + 1}`);
  const QUARTER_ENDS = ['31.03.2021', '30.06.2021', '30.09.2021', '31.12.2021'];

  beforeAll(async () => {
    browser = await launch();
    token = await apiLogin(baseUrl, DEMO.backbone);
    const { myAlliances } = await api<{ myAlliances: { id: string; name: string }[] }>(baseUrl, token, `{ myAlliances { id name } }`);
    allianceId = myAlliances.find((a) => a.name === 'Bildungsbündnis Musterstadt')!.id;
    const create = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`;
    for (const name of names)
      indicatorIds.push(
        (
          await api<{ createIndicator: { id: string } }>(baseUrl, token, create, {
            input: { allianceId, name, aggregation: 'SUM', direction: 'INCREASE', frequency: 'QUARTERLY', rbaKind: 'HOW_MUCH', unit: 'Personen' },
          })
        ).createIndicator.id,
      );
    for (const q of [1, 2, 3, 4]) {
      await api(baseUrl, token, `mutation($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) { id } }`, {
        input: { allianceId, frequency: 'QUARTERLY', periodKey: `2021-Q${q}` },
      }).catch((error: { code?: string }) => {
        if (error.code !== 'REPORTING_PERIOD_ALREADY_OPEN') throw error;
      });
    }
  });
  afterAll(() => browser?.close());

  /** The stored values of our indicators, by indicator name. */
  const stored = async () => {
    const all: { value: number; indicatorName: string; periodKey: string }[] = [];
    for (const indicatorId of indicatorIds) {
      const d = await api<{ measurements: { nodes: { value: number; indicatorName: string; periodKey: string }[] } }>(
        baseUrl,
        token,
        `query($a: ID!, $f: MeasurementFilter) { measurements(allianceId: $a, filter: $f, page: { first: 50 }) { nodes { value indicatorName periodKey } } }`,
        { a: allianceId, f: { indicatorId } },
      );
      all.push(...d.measurements.nodes);
    }
    return all;
  };

  const open = async (width = 1280): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await login(page, baseUrl, DEMO.backbone);
    await page.waitForURL(/\/a\//);
    await page.goto(`${baseUrl}/a/${allianceId}/imports`);
    await page.getByRole('heading', { name: 'Import', exact: true }).waitFor();
    return page;
  };

  const uploadFile = async (page: Page, name: string, mimeType: string, buffer: Buffer) => {
    await page.getByLabel('Datei', { exact: true }).last().setInputFiles({ name, mimeType, buffer });
    await page.getByRole('button', { name: 'Hochladen', exact: true }).last().click();
    await page.getByRole('heading', { name: 'Spalten zuordnen', exact: true }).waitFor();
  };

  const checkFile = async (page: Page) => {
    await page.getByRole('button', { name: 'Prüfen (noch nichts speichern)', exact: true }).click();
    await page.getByRole('heading', { name: 'Vorschau', exact: true }).waitFor();
  };

  it('an XLSX with German text cells commits; a Windows-1252 CSV shows row 17’s wrong date, the fixed file commits, undo removes exactly that batch', async () => {
    const page = await open();

    // 1. XLSX (German Excel export: numbers and dates as text cells), one indicator, four quarters.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Werte');
    ws.addRow(['Indikator', 'Stichtag', 'Wert', 'Bemerkung']);
    QUARTER_ENDS.forEach((d, i) => ws.addRow([names[0], d, `1.00${i},5`, 'aus Excel']));
    await uploadFile(page, 'werte.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', Buffer.from(await wb.xlsx.writeBuffer()));
    await checkFile(page);
    await page.getByText('Alle 4 Zeilen sind in Ordnung.').waitFor();
    await page.getByRole('button', { name: '4 Zeilen übernehmen', exact: true }).click();
    await page.getByText('Übernommen: 4 neu, 0 geändert').waitFor();
    await expect.poll(async () => (await stored()).map((m) => m.value).sort()).toEqual([1000.5, 1001.5, 1002.5, 1003.5]);

    // 2. The CSV: semicolons, decimal commas, Windows-1252 (ä, ß), row 17 with 31.06.2021.
    await page.getByRole('button', { name: 'Neuer Import', exact: true }).click();
    const csv = (broken: boolean) => {
      const lines = ['Indikator;Stichtag;Wert;Bemerkung'];
      for (let i = 0; i < 20; i++) {
        const fileRow = i + 2;
        const date = broken && fileRow === 17 ? '31.06.2021' : QUARTER_ENDS[i % 4];
        lines.push(`${names[1 + Math.floor(i / 4)]};${date};${2 + i}.345,5;Zählung Straße ${i}`);
      }
      return iconv.encode(lines.join('\r\n') + '\r\n', 'win1252');
    };
    await uploadFile(page, 'werte.csv', 'text/csv', csv(true));
    await checkFile(page);
    await page.getByText('Bitte korrigieren Sie die Datei').waitFor();
    await page.getByText('20 Zeilen gelesen, davon 1 mit Fehlern.').waitFor();
    const row17 = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Zeile 17', exact: true }) });
    await row17.getByText('Zeitraum: „31.06.2021“ ist kein gültiges Datum (z. B. 31.12.2026 oder 2026-12-31)').waitFor();
    expect(await page.getByRole('button', { name: /Zeilen übernehmen/ }).count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await shot(page, 'imports-preview-errors');
    const phone = await open(390);
    await phone.goto(page.url());
    await phone.getByText('Bitte korrigieren Sie die Datei').waitFor();
    await shot(phone, 'imports-preview-errors-phone');
    await phone.close();

    // 3. The corrected file, uploaded again from the preview: commits all 20 rows.
    await page.getByText('Korrigierte Datei hochladen', { exact: true }).click();
    await uploadFile(page, 'werte-korrigiert.csv', 'text/csv', csv(false));
    await checkFile(page);
    await page.getByText('Alle 20 Zeilen sind in Ordnung.').waitFor();
    await page.getByRole('button', { name: '20 Zeilen übernehmen', exact: true }).click();
    await page.getByText('Übernommen: 20 neu, 0 geändert').waitFor();
    await expect.poll(async () => (await stored()).length).toBe(24);
    const withStreet = (await stored()).filter((m) => m.indicatorName === names[1]).map((m) => m.value);
    expect(withStreet.sort()).toEqual([2345.5, 3345.5, 4345.5, 5345.5]);
    expect(await axe(page)).toEqual([]);
    await shot(page, 'imports-committed');

    // 4. Undo removes exactly this batch: the XLSX batch's four values stay.
    await page.getByRole('button', { name: 'Import rückgängig machen', exact: true }).click();
    await page.getByRole('button', { name: 'Ja, rückgängig machen', exact: true }).click();
    await page.getByText('Dieser Import wurde rückgängig gemacht.').waitFor();
    await expect.poll(async () => (await stored()).map((m) => m.indicatorName)).toEqual([names[0], names[0], names[0], names[0]]);

    // The list shows both batches.
    await page.getByRole('button', { name: 'Zur Übersicht der Importe', exact: true }).click();
    await page.getByRole('button', { name: 'Import werte-korrigiert.csv öffnen', exact: true }).first().waitFor();
    expect(await axe(page)).toEqual([]);
    await shot(page, 'imports-list');
    await page.close();
  });

  it('the kind is chosen in the upload form: targets from a CSV are committed and undone', async () => {
    const targets = async () =>
      (
        await api<{ indicator: { targets: { periodKey: string; value: number }[] } }>(
          baseUrl,
          token,
          `query($a: ID!, $i: ID!) { indicator(allianceId: $a, indicatorId: $i) { targets { periodKey value } } }`,
          { a: allianceId, i: indicatorIds[5] },
        )
      ).indicator.targets;
    const page = await open();
    const kind = page.getByLabel('Was importieren Sie?', { exact: true });
    expect(await kind.locator('option').allTextContents()).toEqual(
      expect.arrayContaining(['Messwerte', 'Zielwerte', 'Aktivitäten', 'Mitgliedsorganisationen']),
    );
    await kind.selectOption({ label: 'Zielwerte' });
    await page.getByText('Erwartete Spalten: Indikator, Zeitraum, Zielwert').waitFor();
    expect(await axe(page)).toEqual([]);
    await shot(page, 'imports-kinds');
    const phone = await open(390);
    await phone.getByLabel('Was importieren Sie?', { exact: true }).selectOption({ label: 'Zielwerte' });
    await phone.getByText('Erwartete Spalten: Indikator, Zeitraum, Zielwert').waitFor();
    await shot(phone, 'imports-kinds-phone');
    await phone.close();

    const csv = iconv.encode(['Kennzahl;Jahr;Sollwert', `${names[5]};2021;1.200`, `${names[5]};2021-Q2;300`].join('\r\n') + '\r\n', 'win1252');
    await uploadFile(page, 'zielwerte.csv', 'text/csv', csv);
    await checkFile(page);
    await page.getByText('Alle 2 Zeilen sind in Ordnung.').waitFor();
    await page.getByRole('button', { name: '2 Zeilen übernehmen', exact: true }).click();
    await page.getByText('Übernommen: 2 neu, 0 geändert.').waitFor();
    await expect.poll(async () => (await targets()).map((t) => `${t.periodKey}=${t.value}`).sort()).toEqual(['2021-Q2=300', '2021=1200']);
    await page.getByRole('button', { name: 'Import rückgängig machen', exact: true }).click();
    await page.getByRole('button', { name: 'Ja, rückgängig machen', exact: true }).click();
    await page.getByText('Dieser Import wurde rückgängig gemacht.').waitFor();
    await expect.poll(async () => (await targets()).length).toBe(0);
    await page.close();
  });
});
