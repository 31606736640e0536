import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, DEMO, launch, login, screenshot as save } from './browser';

/** Full-page screenshot from the top, so the sticky top bar is not painted mid-page. */
async function screenshot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await save(page, name);
}

const BACKBONE_ORG = 'Amt für Schule und Bildung Musterstadt (Bildungsbüro)';

/** Logs in and opens the log of the demo alliance through the navigation. */
async function openLog(page: Page, baseUrl: string, email: string) {
  await login(page, baseUrl, email);
  await page.waitForURL(/\/a\/[0-9a-f-]{36}/);
  await page.getByRole('link', { name: 'Austausch' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Austausch' }).waitFor();
  await page.getByText('Steuerungsgruppe: Bildungsabende 2027 und Lücke bei der Elternarbeit').waitFor();
}

describe('communication log', () => {
  const baseUrl = inject('baseUrl');
  const stamp = Date.now().toString(36);
  let browser: Browser;
  beforeAll(async () => (browser = await launch()));
  afterAll(() => browser?.close());

  it('filters the timeline by kind and text, grouped by day in German dates', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await openLog(page, baseUrl, DEMO.backbone);
    // Day headings in the German long format.
    await page.getByRole('heading', { level: 3, name: 'Dienstag, 10. November 2026' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'log');

    await page.getByRole('combobox', { name: /^Art/ }).selectOption({ label: 'Konflikte' });
    await page.getByRole('link', { name: 'Terminüberschneidung Berufsorientierungstage und Ausbildungsbörse' }).waitFor();
    await page.getByText('2 Einträge').waitFor();
    await expect.poll(() => page.getByRole('link', { name: /^Steuerungsgruppe:/ }).count()).toBe(0);
    await expect.poll(() => page.getByText('Gelöst').count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await page.getByRole('searchbox', { name: /^Suche/ }).fill('Lesezeit');
    await page.getByRole('link', { name: 'Lesezeit im Jugendtreff läuft im Dezember aus' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: /^Steuerungsgruppe:/ }).count()).toBe(0);

    await page.getByRole('searchbox', { name: /^Suche/ }).fill('');
    await page.getByRole('textbox', { name: /^Von/ }).fill('01.10.2026');
    await page.getByRole('textbox', { name: /^Bis/ }).fill('31.10.2026');
    await page.getByRole('link', { name: 'Steuerungsgruppe: Meldestand Oktober und offene Rückfragen' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'Offene Punkte aus der Steuerungsgruppe' }).count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('creates an entry with an action item, comments on it and completes the action item', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await openLog(page, baseUrl, DEMO.backbone);
    await page.getByRole('link', { name: 'Neuer Eintrag' }).click();
    await page.getByRole('heading', { level: 1, name: 'Neuer Eintrag' }).waitFor();

    const title = `E2E Arbeitstreffen ${stamp}`;
    const task = `E2E Aufgabe ${stamp}`;
    await page.getByRole('radio', { name: /Treffen/ }).check();
    await page.getByLabel('Titel').fill(title);
    await page.getByLabel('Datum des Treffens').fill('04.12.2026');
    await page.getByLabel('Protokoll').fill('Abstimmung zu den Bildungsabenden 2027.');
    await page.getByRole('checkbox', { name: 'Jugendtreff Oststadt e.V.' }).check();
    await page.getByRole('button', { name: 'Aufgabe hinzufügen' }).click();
    const row = page.getByRole('group', { name: 'Aufgabe 1' });
    await row.getByLabel('Aufgabe').fill(task);
    await row.getByLabel('Verantwortlich').selectOption({ label: BACKBONE_ORG });
    await row.getByLabel('Fällig am').fill('31.12.2026');
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'log-new');
    await page.getByRole('button', { name: 'Eintrag speichern' }).click();

    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('button', { name: `Erledigt – ${task}` }).waitFor();
    await page.getByText('fällig am 31.12.2026').waitFor();

    await page.getByLabel('Ihr Kommentar').fill('Einladung geht nächste Woche raus.');
    await page.getByRole('button', { name: 'Kommentieren' }).click();
    await page.getByText('Einladung geht nächste Woche raus.').waitFor();
    await page.getByRole('heading', { name: 'Kommentare (1)' }).waitFor();

    await page.getByRole('button', { name: `Erledigt – ${task}` }).click();
    await page.getByRole('button', { name: `Wieder öffnen – ${task}` }).waitFor();
    await page.getByText(/erledigt am \d{2}\.\d{2}\.\d{4} von Petra Schneider/).waitFor();
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'log-entry');

    // The new entry is in the timeline.
    await page.getByRole('link', { name: '← Zurück zum Austausch' }).click();
    await page.getByRole('link', { name: title }).waitFor();
    await page.close();
  });

  it('lets a partner propose and vote, shows results with numbers, and lists its action items', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await openLog(page, baseUrl, DEMO.partner);
    await page.getByRole('navigation', { name: 'Bereiche des Austauschs' }).getByRole('link', { name: 'Vorschläge' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vorschläge' }).waitFor();
    await page.getByRole('link', { name: 'Gemeinsamer Aktionstag „Übergänge“ im März 2027' }).waitFor();
    await page.getByText('Angenommen').first().waitFor();
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'proposals');

    // The decided demo proposal: results in numbers and the votes per organisation.
    await page.getByRole('link', { name: 'Zielwert Leseförderung 2027 auf 260 Kinder anheben' }).click();
    const results = page.getByRole('table', { name: /Stimmen zu/ });
    await results.waitFor();
    await expect.poll(() => results.getByRole('row', { name: /Zustimmung/ }).textContent()).toMatch(/4 Stimmen.*67\s?%/);
    await expect.poll(() => results.getByRole('row', { name: /Insgesamt/ }).textContent()).toContain('6 Stimmen');
    await expect.poll(() => page.getByRole('button', { name: 'Stimme abgeben' }).count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'proposal-decided');

    // An own proposal, so that no demo tally changes.
    await page.getByRole('link', { name: '← Zurück zu den Vorschlägen' }).click();
    await page.getByRole('button', { name: 'Neuer Vorschlag' }).click();
    const dialog = page.getByRole('dialog', { name: 'Neuer Vorschlag' });
    const proposal = `E2E Vorschlag ${stamp}`;
    await dialog.getByLabel('Titel').fill(proposal);
    await dialog.getByLabel('Beschreibung').fill('Ein gemeinsamer Elternabend pro Quartal.');
    await dialog.getByLabel('Abstimmung bis').fill('31.12.2027');
    await dialog.getByRole('button', { name: 'Vorschlag einreichen' }).click();
    await page.getByRole('heading', { level: 1, name: proposal }).waitFor();

    await page.getByRole('radio', { name: /Zustimmung/ }).check();
    await page.getByLabel('Begründung').fill('Passt zu unserer Elternarbeit.');
    await page.getByRole('button', { name: 'Stimme abgeben' }).click();
    await page.getByText('Ihre Stimme ist gespeichert.').waitFor();
    const own = page.getByRole('table', { name: /Stimmen zu/ });
    await page.getByRole('button', { name: 'Stimme ändern' }).waitFor();
    await expect.poll(() => own.getByRole('row', { name: /Zustimmung/ }).textContent()).toMatch(/1 Stimme.*100\s?%/);
    await page.getByRole('cell', { name: 'Passt zu unserer Elternarbeit.' }).waitFor();
    // Partners withdraw their own proposals but do not close them.
    await expect.poll(() => page.getByRole('button', { name: 'Vorschlag zurückziehen' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: 'Abstimmung schließen und entscheiden' }).count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'proposal');

    await page.getByRole('link', { name: '← Zurück zu den Vorschlägen' }).click();
    await page.getByRole('navigation', { name: 'Bereiche des Austauschs' }).getByRole('link', { name: 'Meine Aufgaben' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meine Aufgaben' }).waitFor();
    await page.getByRole('button', { name: 'Erledigt – Raum für Lesezeit 2027 im Gemeindehaus anfragen' }).waitFor();
    await expect.poll(() => page.getByText(/Überfällig seit \d+ Tag/).count()).toBeGreaterThan(0);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'action-items');
    await page.close();
  });

  it('lets the backbone close a vote: the outcome is decided and written to the log', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await openLog(page, baseUrl, DEMO.backbone);
    await page.getByRole('navigation', { name: 'Bereiche des Austauschs' }).getByRole('link', { name: 'Vorschläge' }).click();
    await page.getByRole('button', { name: 'Neuer Vorschlag' }).click();
    const dialog = page.getByRole('dialog', { name: 'Neuer Vorschlag' });
    const proposal = `E2E Entscheidung ${stamp}`;
    await dialog.getByLabel('Titel').fill(proposal);
    await dialog.getByLabel('Abstimmung bis').fill('30.06.2027');
    await dialog.getByRole('button', { name: 'Vorschlag einreichen' }).click();
    await page.getByRole('heading', { level: 1, name: proposal }).waitFor();
    await page.getByRole('radio', { name: /Zustimmung/ }).check();
    await page.getByRole('button', { name: 'Stimme abgeben' }).click();
    await page.getByText('Ihre Stimme ist gespeichert.').waitFor();

    await page.getByRole('button', { name: 'Abstimmung schließen und entscheiden' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Abstimmung schließen?' });
    await confirm.getByRole('button', { name: 'Schließen und entscheiden' }).click();
    await page.getByText('Angenommen').first().waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Stimme ändern' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Zur Entscheidung im Protokoll' }).click();
    await page.getByRole('heading', { level: 1, name: `Entscheidung: ${proposal}` }).waitFor();
    await page.getByRole('link', { name: 'Zum Vorschlag' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('works at tablet width', async () => {
    const page = await browser.newPage({ viewport: { width: 768, height: 1024 }, locale: 'de-DE', bypassCSP: true });
    await openLog(page, baseUrl, DEMO.partner);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'log-tablet');
    await page.getByRole('link', { name: 'Doppelzählung von Kindern zwischen Lesestart und Jugendtreff' }).click();
    await page.getByRole('heading', { name: 'Konfliktlösung' }).waitFor();
    await page.getByText('Gemeinsame Kinder werden ab September als Überschneidung gemeldet und nur einmal gezählt.').waitFor();
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'log-entry-tablet');
    await page.close();
  });
});
