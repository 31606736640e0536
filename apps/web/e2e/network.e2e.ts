import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, DEMO, launch, login, screenshotFromTop, tabTo } from './browser';

/**
 * The network (issue 14): a partner states a relationship; the backbone sees the network, filters
 * it to stated relationships, reads the path between two members, and uses the table by keyboard.
 */
describe('the network', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  beforeAll(async () => (browser = await launch()));
  afterAll(() => browser?.close());

  async function networkPage(email: string, width: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await login(page, baseUrl, email);
    await page.waitForURL(/\/a\/[0-9a-f-]{36}/);
    const base = /^(.*\/a\/[0-9a-f-]{36})/.exec(page.url())![1]!;
    await page.goto(`${base}/activities/network`);
    await page.getByRole('heading', { level: 1, name: 'Netzwerk' }).waitFor();
    await page.getByRole('table', { name: 'Kennzahlen des Netzwerks je Mitglied' }).waitFor();
    return page;
  }

  it('a partner states a relationship on a phone; it appears in its list', async () => {
    const page = await networkPage(DEMO.partner, 390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const form = page.getByRole('form', { name: 'Beziehung angeben' });
    await form.getByLabel('Mit welchem Mitglied?', { exact: true }).selectOption({ label: 'Jobcenter Musterstadt' });
    await form.getByLabel('Art', { exact: true }).selectOption({ label: 'Abstimmung' });
    await form.getByLabel('Wie eng?', { exact: true }).selectOption({ label: 'Eng' });
    await form.getByRole('button', { name: 'Beziehung speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Die Beziehung mit Jobcenter Musterstadt ist gespeichert.' }).waitFor();
    const list = page.getByRole('table', { name: 'Angegebene Beziehungen' });
    await expect.poll(() => list.locator('tbody tr').filter({ hasText: 'Jobcenter Musterstadt' }).filter({ hasText: 'Abstimmung' }).count()).toBeGreaterThan(0);
    expect(await axe(page)).toEqual([]);
    await screenshotFromTop(page, 'network-phone');
    await page.close();
  });

  it('the backbone filters the network, reads the path between two members and finds the broker by keyboard', async () => {
    const page = await networkPage(DEMO.backbone, 1280);
    expect(await axe(page)).toEqual([]);
    const summary = page.locator('.network__summary');
    // The demo's broker: the foundation funds only the youth centre.
    await expect.poll(() => summary.textContent()).toContain('Jugendtreff Oststadt e.V.');
    await expect.poll(() => summary.textContent()).toContain('Staatliches Schulamt Musterkreis');
    await screenshotFromTop(page, 'network');

    // Only stated relationships: untick the five derived sources.
    for (const label of [
      'Aktivitäten am selben Ziel, Ort und Zeitraum',
      'Gemeinsam gemeldete Indikatoren',
      'Erklärte Überschneidungen',
      'Gemeinsam getragene Beschlüsse',
      'Gemeinsame Treffen',
    ])
      await page.getByLabel(label, { exact: true }).uncheck();
    const ties = () =>
      summary
        .locator('div', { hasText: /^Verbindungen/ })
        .locator('dd')
        .textContent();
    // 16 ties with every source; the demo's five statements (and any a partner added) make fewer.
    await expect.poll(async () => Number(await ties()), { timeout: 15_000 }).toBeLessThan(10);
    expect(Number(await ties())).toBeGreaterThanOrEqual(4);

    // From the foundation to Lesestart: through the youth centre, two steps.
    const finder = page.locator('.network-path');
    await finder.getByLabel(/^Von/).selectOption({ label: 'Heinrich-Vogel-Stiftung' });
    await finder.getByLabel(/^Nach/).selectOption({ label: 'Lesestart Musterstadt e.V.' });
    await expect.poll(() => finder.locator('.network-path__result').textContent(), { timeout: 15_000 }).toContain('2 Schritte');
    expect(await finder.locator('ol li').allTextContents()).toEqual(['Heinrich-Vogel-Stiftung', 'Jugendtreff Oststadt e.V.', 'Lesestart Musterstadt e.V.']);
    // The observer, who names nobody, has no way there.
    await finder.getByLabel(/^Von/).selectOption({ label: 'Staatliches Schulamt Musterkreis' });
    await finder.getByText('Zwischen diesen beiden führt kein Weg durch das Netzwerk.').waitFor();

    // Keyboard only: from the table, show the youth centre in the picture.
    await tabTo(page, 'Jugendtreff Oststadt e.V. im Bild zeigen');
    await page.keyboard.press('Enter');
    await page.locator('.network__detail').getByText('Brückenbauer: ohne dieses Mitglied zerfiele sein Teil des Netzwerks.').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('an observer is told that the network is not shared with observers', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await login(page, baseUrl, DEMO.observer);
    await page.waitForURL(/\/a\/[0-9a-f-]{36}/);
    const base = /^(.*\/a\/[0-9a-f-]{36})/.exec(page.url())![1]!;
    await page.goto(`${base}/activities/network`);
    await page.getByText('Das Netzwerk ist für Beobachter nicht sichtbar').waitFor();
    await page.close();
  });
});
