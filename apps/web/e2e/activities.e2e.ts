import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, DEMO, launch, login, screenshot as fullPage } from './browser';

const ALLIANCE = 'Bildungsbündnis Musterstadt';

/** From the top: after focusing something further down, the sticky top bar would land mid-image. */
async function screenshot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullPage(page, name);
}

describe('activities', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  beforeAll(async () => (browser = await launch()));
  afterAll(() => browser?.close());

  /** Logs in and returns the workspace URL of the demo alliance (funders choose it from their list). */
  async function workspace(email: string, width = 1280): Promise<{ page: Page; base: string }> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await login(page, baseUrl, email);
    // One alliance opens directly; a funder of two chooses it from the list.
    const choice = page.locator('a.alliance-card', { hasText: ALLIANCE }).first();
    await Promise.race([page.waitForURL(/\/a\/[0-9a-f-]{36}/).catch(() => {}), choice.waitFor().catch(() => {})]);
    if (!/\/a\/[0-9a-f-]{36}/.test(page.url())) {
      await choice.click();
      await page.waitForURL(/\/a\/[0-9a-f-]{36}/);
    }
    const base = /^(.*\/a\/[0-9a-f-]{36})/.exec(page.url())![1]!;
    return { page, base };
  }

  const rowTitles = (page: Page) => page.locator('table tbody th[scope="row"] > a').allTextContents();

  it('lists and filters the activities; a partner creates, edits, starts, cancels and deletes its own', async () => {
    const { page, base } = await workspace(DEMO.partner);
    await page.getByRole('link', { name: 'Aktivitäten' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Aktivitäten' }).waitFor();
    const table = page.getByRole('table', { name: /Aktivitäten, \d+ Treffer/ });
    await table.waitFor();
    // The demo has ten; other e2e files may have added their own since.
    const before = await rowTitles(page);
    expect(before).toContain('Lesezeit im Jugendtreff');
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'activities');

    // Filters go to the API: status, organisation, district, text.
    await page.getByLabel('Status').selectOption('PAUSED');
    await expect.poll(() => rowTitles(page), { timeout: 10_000 }).toEqual(['Vorlesestunden in Kitas']);
    await page.getByRole('button', { name: 'Filter zurücksetzen' }).first().click();
    await page.getByLabel('Organisation').selectOption({ label: 'Jugendtreff Oststadt e.V.' });
    await expect.poll(() => rowTitles(page), { timeout: 10_000 }).toEqual(['Hausaufgabenhilfe und Lerncoaching', 'Lesezeit im Jugendtreff']);
    await page.getByRole('button', { name: 'Filter zurücksetzen' }).first().click();
    await page.getByLabel('Stadtteil').selectOption({ label: 'Nordviertel' });
    await expect
      .poll(() => rowTitles(page), { timeout: 10_000 })
      .toEqual(['Ausbildungsbörse Nordviertel', 'Bildungsabende für Eltern', 'Vorlesestunden in Kitas']);
    // Title search on the server, in any case; it stays in the URL.
    await page.getByRole('button', { name: 'Filter zurücksetzen' }).first().click();
    await page.getByRole('searchbox', { name: /^Suche/ }).fill('PATENSCHAFTEN');
    await expect.poll(() => rowTitles(page), { timeout: 10_000 }).toEqual(['Lernpatenschaften Oststadt', 'Sprachpatenschaften für Grundschulkinder']);
    await expect.poll(() => page.url()).toContain('search=PATENSCHAFTEN');

    // Create a uniquely named activity of the partner's own organisation.
    const title = `E2E Lesecafé ${Date.now().toString(36)}`;
    await page.goto(`${base}/activities`);
    await page.getByRole('link', { name: 'Neue Aktivität' }).click();
    await page.getByRole('heading', { level: 1, name: 'Neue Aktivität' }).waitFor();
    await page.getByLabel('Titel', { exact: true }).fill(title);
    await page.getByLabel(/^Beschreibung/).fill('Ein Nachmittag pro Woche zum gemeinsamen Lesen.');
    await page.getByLabel(/^Zielgruppen/).fill('Grundschulkinder, Eltern');
    await page.getByLabel(/^Stadtteil/).selectOption({ label: 'Hafenviertel' });
    await page.getByLabel(/^Beginn/).fill('01.02.2027');
    await page.getByLabel(/^Ende/).fill('30.06.2027');
    await page.getByLabel(/^Budget in Euro/).fill('1.250,50');
    await page.getByRole('checkbox', { name: 'Leseförderung an allen Grundschulen der Oststadt' }).check();
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'activity-form');
    await page.getByRole('button', { name: 'Aktivität anlegen' }).click();

    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const detail = () => page.locator('main').textContent();
    await expect.poll(detail).toMatch(/01\.02\.2027\s–\s30\.06\.2027/);
    await expect.poll(detail).toMatch(/1\.250,50\s€/);
    await expect.poll(detail).toContain('Geplant');
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'activity-detail');

    // Edit.
    await page.getByRole('link', { name: 'Bearbeiten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aktivität bearbeiten' }).waitFor();
    await expect.poll(() => page.getByLabel(/^Beginn/).inputValue()).toBe('01.02.2027');
    await page.getByLabel('Titel', { exact: true }).fill(`${title} (neu)`);
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await page.getByRole('heading', { level: 1, name: `${title} (neu)` }).waitFor();

    // Status: start, then cancel; a running activity cannot be deleted, a cancelled one can.
    const status = page.getByRole('region', { name: 'Status ändern' });
    await status.getByRole('button', { name: 'Starten' }).click();
    await page.getByText('Status geändert: Läuft.').waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).locator('..').textContent(), { timeout: 10_000 }).toContain('Läuft');
    await expect.poll(() => page.getByRole('button', { name: 'Löschen' }).count()).toBe(0);
    await status.getByRole('button', { name: 'Absagen' }).click();
    await page.getByText('Status geändert: Abgesagt.').waitFor();

    await page.getByRole('button', { name: 'Löschen' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Aktivität löschen?' });
    await confirm.getByRole('button', { name: 'Endgültig löschen' }).click();
    await page.waitForURL(/\/activities$/);
    await expect.poll(() => rowTitles(page), { timeout: 10_000 }).toEqual(before);
    await page.close();
  });

  it('shows the activity map with the demo gap and overlap, explained in words (backbone, tablet)', async () => {
    const { page, base } = await workspace(DEMO.backbone, 768);
    await page.goto(`${base}/activities`);
    await page.getByRole('table', { name: /Aktivitäten, \d+ Treffer/ }).waitFor();
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'activities-tablet');

    await page.getByRole('navigation', { name: 'Ansichten der Aktivitäten' }).getByRole('link', { name: 'Aktivitätenlandkarte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aktivitätenlandkarte' }).waitFor();
    const region = page.getByRole('region', { name: /Matrix Ziele × Organisationen/ });
    await region.waitFor();
    // The scroll container is reachable by keyboard, so the matrix can be scrolled without a mouse.
    await region.focus();
    await expect.poll(() => region.evaluate((el) => el === document.activeElement)).toBe(true);
    const gapRow = region.getByRole('row', { name: /Eltern als Bildungspartner stärken/ });
    await expect.poll(() => gapRow.textContent()).toContain('Lücke');
    await expect
      .poll(() => region.getByRole('link', { name: 'Leseförderung an allen Grundschulen der Oststadt, Jugendtreff Oststadt e.V.: 1 davon 1 laufend' }).count())
      .toBe(1);

    const gaps = page.getByRole('region', { name: '1 Lücke' });
    await expect.poll(() => gaps.textContent()).toContain('Für das Ziel „Eltern als Bildungspartner stärken“ läuft');
    const overlaps = page.getByRole('region', { name: /^\d+ Überschneidung/ });
    await expect.poll(() => overlaps.textContent()).toContain('„Grundschulkinder“ im Stadtteil Oststadt');
    await expect.poll(() => overlaps.getByRole('link', { name: 'Lesezeit im Jugendtreff' }).count()).toBe(1);
    await expect.poll(() => overlaps.getByRole('link', { name: 'Lesepaten an Grundschulen' }).count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'activity-map-tablet');

    // A cell leads to the list filtered by goal and member.
    await region.getByRole('link', { name: /^Leseförderung an allen Grundschulen der Oststadt, Jugendtreff Oststadt e\.V\./ }).click();
    await page.waitForURL(/goal=.*member=/);
    await expect.poll(() => rowTitles(page), { timeout: 10_000 }).toEqual(['Lesezeit im Jugendtreff']);
    await page.close();
  });

  it('lets a funder read the map but not write', async () => {
    const { page, base } = await workspace(DEMO.funder);
    await page.goto(`${base}/activities/map`);
    await page.getByRole('region', { name: '1 Lücke' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'Neue Aktivität' }).count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'activity-map');
    await page.close();
  });

  it('explains to an observer why activities are not shown', async () => {
    const { page, base } = await workspace(DEMO.observer);
    await page.goto(`${base}/activities`);
    await page.getByRole('heading', { name: 'Aktivitäten sind für Beobachter nicht sichtbar' }).waitFor();
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    // The menu does not offer what the role cannot open; the address still explains itself.
    await expect.poll(() => page.locator('nav.sidebar').getByRole('link', { name: 'Indikatoren' }).count()).toBe(1);
    expect(await page.locator('nav.sidebar').getByRole('link', { name: 'Aktivitäten' }).count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await page.goto(`${base}/activities/map`);
    await page.getByRole('heading', { name: 'Aktivitäten sind für Beobachter nicht sichtbar' }).waitFor();
    await page.close();
  });
});
