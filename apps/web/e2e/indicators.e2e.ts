import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, apiLogin, axe, DEMO, launch, login, screenshot, SCREENSHOTS } from './browser';

/** Logs in and opens the indicator list of the demo alliance. */
async function openIndicators(page: Page, baseUrl: string, email: string) {
  await login(page, baseUrl, email);
  await page.waitForURL(/\/a\/[0-9a-f-]{36}/);
  await page.getByRole('link', { name: 'Indikatoren' }).first().click();
  await page.getByRole('heading', { name: 'Indikatoren', level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Kinder in Leseförderung' }).first().waitFor();
}

const rowOf = (page: Page, name: string) =>
  page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name }) })
    .first();

describe('indicators', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  beforeAll(async () => (browser = await launch()));
  afterAll(() => browser?.close());

  it('lists indicators by goal with status in words, at desktop and tablet width', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', bypassCSP: true });
    await openIndicators(page, baseUrl, DEMO.backbone);
    // Status lights have finished loading once a status text appears.
    await page.getByText('Nicht auf Kurs').first().waitFor();
    await expect.poll(() => rowOf(page, 'Begleitete Jugendliche ohne Schulabschluss').textContent()).toContain('Nicht auf Kurs');
    await expect.poll(() => page.getByText('Auf Kurs', { exact: true }).count()).toBeGreaterThan(0);
    // An indicator serving two goals is listed once, naming the other goal.
    await expect.poll(() => page.getByRole('link', { name: 'Jugendliche in Lernpatenschaften' }).count()).toBe(1);
    await expect.poll(() => rowOf(page, 'Jugendliche in Lernpatenschaften').textContent()).toContain('Misst auch:');
    await expect.poll(() => page.getByRole('button', { name: 'Indikator anlegen' }).isVisible()).toBe(true);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'indicators');

    await page.setViewportSize({ width: 768, height: 1024 });
    await page.getByText('Nicht auf Kurs').first().waitFor();
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'indicators-tablet');
    await page.close();
  });

  it('shows an indicator with its chart, switches to members and categories, and the contribution ledger', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', bypassCSP: true });
    await openIndicators(page, baseUrl, DEMO.backbone);
    await page.getByRole('link', { name: 'Kinder in Leseförderung' }).first().click();
    await page.getByRole('heading', { name: 'Kinder in Leseförderung', level: 1 }).waitFor();
    const figure = page.getByRole('figure');
    await figure.waitFor();
    await page.locator('.recharts-line').first().waitFor();
    const totalTable = page.getByRole('table', { name: /Werte zum Diagramm/ });
    await expect.poll(() => totalTable.getByRole('columnheader', { name: 'Ist-Wert' }).isVisible()).toBe(true);
    await expect.poll(() => totalTable.getByRole('columnheader', { name: 'Zielwert' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: 'Gesamt' }).getAttribute('aria-pressed')).toBe('true');
    // The ledger for September 2026: overlaps between Lesestart and Jugendtreff are deducted.
    await page.getByLabel('Berichtsperiode').selectOption('2026-09');
    const ledger = page.getByRole('table', { name: /Beiträge der Mitglieder/ });
    await ledger.getByRole('rowheader', { name: 'Jugendtreff Oststadt e.V.' }).waitFor();
    await expect.poll(() => ledger.getByRole('rowheader', { name: 'Gesamtwert' }).isVisible()).toBe(true);
    await expect.poll(() => rowOf(page, 'Jugendtreff Oststadt e.V.').textContent()).toMatch(/−4/);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'indicator-detail');

    await page.getByRole('button', { name: 'Nach Mitglied' }).click();
    const memberTable = page.getByRole('table', { name: /nach Mitglied/ });
    await memberTable.getByRole('columnheader', { name: 'Jugendtreff Oststadt e.V.' }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Nach Mitglied' }).getAttribute('aria-pressed')).toBe('true');
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'indicator-detail-by-member');

    await page.getByRole('button', { name: 'Nach Merkmal' }).click();
    await page
      .getByRole('table', { name: /nach Merkmal/ })
      .getByRole('columnheader', { name: 'weiblich' })
      .waitFor();
    await page.close();
  });

  it('lets the backbone create an indicator and set a target', async () => {
    // Tall enough that the whole dialog shows in the screenshot.
    const page = await browser.newPage({ viewport: { width: 1280, height: 1500 }, locale: 'de-DE', bypassCSP: true });
    await openIndicators(page, baseUrl, DEMO.backbone);
    const name = `Testindikator ${Date.now()}`;
    await page.getByRole('button', { name: 'Indikator anlegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Indikator anlegen' });
    await dialog.waitFor();
    await dialog.getByLabel('Name', { exact: true }).fill(name);
    await dialog.getByLabel('Einheit', { exact: true }).fill('Familien');
    await dialog.getByLabel('Richtung', { exact: true }).selectOption('INCREASE');
    await dialog.getByLabel('Zusammenfassung', { exact: true }).selectOption('SUM');
    await dialog.getByLabel('Häufigkeit', { exact: true }).selectOption('YEARLY');
    await dialog.getByLabel('Wirkungsfrage', { exact: true }).selectOption('BETTER_OFF');
    await dialog.getByLabel(/^Ausgangswert/).fill('1.200');
    await dialog.getByLabel('Bezugsperiode des Ausgangswerts').fill('2025');
    await dialog.getByRole('checkbox').first().check();
    await dialog.evaluate((el) => el.scrollTo(0, 0));
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'indicator-create');
    await dialog.getByRole('button', { name: 'Indikator anlegen' }).click();

    await page.getByRole('heading', { name, level: 1 }).waitFor();
    expect(page.url()).toMatch(/\/indicators\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.locator('.indicator-facts').textContent()).toMatch(/1\.200\sFamilien \(2025\)/);

    const form = page.getByRole('form', { name: 'Ziel festlegen' });
    await form.getByLabel('Art des Zeitraums', { exact: true }).selectOption('YEARLY');
    await form.getByLabel('Zeitraum', { exact: true }).selectOption('2029');
    await form.getByLabel('Zielwert', { exact: true }).fill('1.250');
    await form.getByRole('button', { name: 'Ziel speichern' }).click();
    const targets = page.getByRole('table', { name: /Zielwerte von/ });
    await targets.getByRole('rowheader', { name: '2029' }).waitFor();
    await expect.poll(() => rowOf(page, '2029').textContent()).toMatch(/1\.250\sFamilien/);

    // Someone else changes the definition while the backbone edits the name: the conflict dialog
    // shows both changes, and re-applying keeps the other person's definition.
    const [, allianceId, indicatorId] = /\/a\/([0-9a-f-]{36})\/indicators\/([0-9a-f-]{36})$/.exec(page.url())!;
    await page.getByRole('button', { name: 'Bearbeiten', exact: true }).click();
    const edit = page.getByRole('dialog', { name: 'Indikator bearbeiten' });
    await edit.getByLabel('Name', { exact: true }).fill(`${name} (neu)`);
    const token = await apiLogin(baseUrl, DEMO.backbone);
    const { indicator } = await api<{ indicator: { version: number } }>(
      baseUrl,
      token,
      `query($a: ID!, $i: ID!) { indicator(allianceId: $a, indicatorId: $i) { version } }`,
      { a: allianceId, i: indicatorId },
    );
    await api(baseUrl, token, `mutation($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { id } }`, {
      input: { allianceId, indicatorId, version: indicator.version, definition: 'Familien mit mindestens zwei Beratungsterminen im Jahr.' },
    });
    await edit.getByRole('button', { name: 'Speichern' }).click();
    const conflict = page.getByRole('alertdialog', { name: 'Inzwischen geändert' });
    await conflict.waitFor();
    await expect.poll(() => conflict.textContent()).toContain('Definition: Familien mit mindestens zwei Beratungsterminen im Jahr.');
    await expect.poll(() => conflict.textContent()).toContain(`Name: ${name} (neu)`);
    expect(await axe(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENSHOTS}/indicator-conflict.png` });
    await conflict.getByRole('button', { name: 'Meine Änderung anwenden' }).click();
    await page.getByRole('heading', { name: `${name} (neu)`, level: 1 }).waitFor();
    await page.getByText('Familien mit mindestens zwei Beratungsterminen im Jahr.').first().waitFor();
    await page.close();
  });

  it('lets the backbone open a reporting period and close it again', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', bypassCSP: true });
    await openIndicators(page, baseUrl, DEMO.backbone);
    await page.getByRole('link', { name: 'Berichtszeiträume' }).click();
    await page.getByRole('heading', { name: 'Berichtszeiträume', level: 1 }).waitFor();
    await page.getByRole('table').waitFor();

    await page.getByRole('button', { name: 'Berichtszeitraum öffnen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Berichtszeitraum öffnen' });
    await dialog.getByLabel('Art des Zeitraums', { exact: true }).selectOption('YEARLY');
    await dialog.getByLabel('Zeitraum', { exact: true }).fill('2028-1');
    await dialog.getByRole('button', { name: 'Zeitraum öffnen' }).click();
    await expect.poll(() => dialog.getByText('Dieser Zeitraum passt nicht zur gewählten Art').isVisible()).toBe(true);
    await dialog.getByLabel('Zeitraum', { exact: true }).fill('2028');
    await dialog.getByLabel('Meldefrist', { exact: true }).fill('31.01.2029');
    await dialog.getByRole('button', { name: 'Zeitraum öffnen' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row = rowOf(page, '2028');
    await row.getByText('Offen').waitFor();
    await expect.poll(() => row.textContent()).toContain('31.01.2029');
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'reporting-periods');

    await row.getByRole('button', { name: 'Schließen – 2028' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Berichtszeitraum schließen?' });
    await confirm.getByRole('button', { name: 'Zeitraum schließen' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await row.getByText('Geschlossen').waitFor();
    await expect.poll(() => row.getByRole('button', { name: 'Wieder öffnen – 2028' }).isVisible()).toBe(true);
    await page.close();
  });

  it('shows the backbone who is missing in the overdue October period, at desktop and phone width', async () => {
    let periodsUrl = '';
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const page = await browser.newPage({ viewport, locale: 'de-DE', bypassCSP: true });
      if (!periodsUrl) {
        await openIndicators(page, baseUrl, DEMO.backbone);
        await page.getByRole('link', { name: 'Berichtszeiträume' }).click();
        // Read the address only once the periods page is there (a click does not wait for it).
        await page.getByRole('heading', { name: 'Berichtszeiträume', level: 1 }).waitFor();
        periodsUrl = page.url();
      } else {
        // On a phone the navigation sits behind the menu button; the page itself is what is tested.
        await login(page, baseUrl, DEMO.backbone);
        await page.waitForURL(/\/a\/[0-9a-f-]{36}/);
        await page.goto(periodsUrl);
      }
      await page.getByRole('heading', { name: 'Berichtszeiträume', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Wer fehlt noch? – Oktober 2026' }).click();
      const dialog = page.getByRole('dialog', { name: 'Wer fehlt noch? – Oktober 2026' });
      const region = dialog.getByRole('region', { name: /Meldestand je Mitglied und Indikator, Oktober 2026/ });
      await region.waitFor();
      // The demo (seeded on its anchor day): October was due on 14 November, the Jobcenter has not
      // reported "Jugendliche in Lernpatenschaften", the VHS value was sent back.
      await expect.poll(() => dialog.textContent()).toMatch(/Meldefrist: 14\.11\.2026 · überfällig seit \d+ Tagen?/);
      await expect.poll(() => rowOf(page, 'Jobcenter Musterstadt').textContent()).toContain('fehlt');
      await expect.poll(() => rowOf(page, 'Volkshochschule Musterstadt').textContent()).toContain('abgelehnt');
      await expect.poll(() => region.getByRole('columnheader', { name: 'Kinder in Leseförderung' }).isVisible()).toBe(true);
      // The dialog fits the screen; its table scrolls inside its own region. (The periods page
      // behind it is 29 px too wide at 390 px: known, left to the phone issue.)
      const box = await dialog.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
      expect(await axe(page)).toEqual([]);
      await screenshot(page, viewport.width < 500 ? 'reporting-completeness-phone' : 'reporting-completeness');
      await dialog.getByRole('button', { name: 'Schließen' }).first().click();
      await dialog.waitFor({ state: 'hidden' });
      await page.close();
    }
  });

  it('lets the backbone define a dimension on the "Merkmale" page and rename one of its categories', async () => {
    // Tall enough that the edit dialog shows whole in the screenshot.
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'de-DE', bypassCSP: true });
    await openIndicators(page, baseUrl, DEMO.backbone);
    await page.getByRole('link', { name: 'Merkmale' }).click();
    await page.getByRole('heading', { name: 'Merkmale', level: 1 }).waitFor();
    // The demo's dimensions are listed; other tests rely on them, so this one only adds its own.
    await rowOf(page, 'Geschlecht').waitFor();
    await expect.poll(() => rowOf(page, 'Altersgruppe').isVisible()).toBe(true);

    const name = `Stadtteil ${Date.now()}`;
    await page.getByRole('button', { name: 'Merkmal anlegen' }).click();
    const create = page.getByRole('dialog', { name: 'Merkmal anlegen' });
    await create.getByLabel('Merkmal', { exact: true }).fill(name);
    await create.getByLabel(/^Ausprägungen/).fill('Nord');
    await create.getByRole('button', { name: 'Merkmal speichern' }).click();
    await expect.poll(() => create.getByText('Bitte mindestens zwei verschiedene Ausprägungen angeben').isVisible()).toBe(true);
    await create.getByLabel(/^Ausprägungen/).fill('Nord, Süd, Mitte');
    await create.getByRole('button', { name: 'Merkmal speichern' }).click();
    await create.waitFor({ state: 'hidden' });
    await page.getByText(`Das Merkmal „${name}“ ist angelegt.`).waitFor();
    const row = rowOf(page, name);
    await expect.poll(() => row.textContent()).toContain('Nord, Süd, Mitte');

    await row.getByRole('button', { name: `Bearbeiten – ${name}` }).click();
    const edit = page.getByRole('dialog', { name: 'Merkmal bearbeiten' });
    await edit.getByLabel('Ausprägung 2', { exact: true }).fill('Süd-West');
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'indicator-dimensions');
    await edit.getByRole('button', { name: 'Änderungen speichern' }).click();
    await edit.waitFor({ state: 'hidden' });
    await expect.poll(() => row.textContent()).toContain('Nord, Süd-West, Mitte');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('shows observers the totals only: no member lines, no ledger, no editing', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', bypassCSP: true });
    await openIndicators(page, baseUrl, DEMO.observer);
    await page.getByText('Nicht auf Kurs').first().waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Indikator anlegen' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Kinder in Leseförderung' }).first().click();
    await page.getByRole('heading', { name: 'Kinder in Leseförderung', level: 1 }).waitFor();
    await page.getByRole('table', { name: /Werte zum Diagramm/ }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Nach Mitglied' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('heading', { name: 'Beiträge der Mitglieder' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('form', { name: 'Ziel festlegen' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: 'Bearbeiten' }).count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });
});
