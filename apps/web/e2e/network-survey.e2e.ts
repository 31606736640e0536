import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, DEMO, launch, login, screenshotFromTop, tabTo } from './browser';

const ROUND = /Netzwerk-Befragung Herbst/;

/**
 * Network survey rounds (issue 14, "Done when"): two members answer the demo's open round — the
 * youth centre on a phone by keyboard only, the backbone with the mouse — then the backbone closes
 * the round, sees its network, filters it and reads the path distance between two members.
 */
describe('network survey rounds', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  beforeAll(async () => (browser = await launch()));
  afterAll(() => browser?.close());

  /** Logged in, on the network view, then through its link to the survey rounds. */
  async function surveysPage(email: string, width: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await login(page, baseUrl, email);
    await page.waitForURL(/\/a\/[0-9a-f-]{36}/);
    const base = /^(.*\/a\/[0-9a-f-]{36})/.exec(page.url())![1]!;
    await page.goto(`${base}/activities/network`);
    await page.getByRole('heading', { level: 1, name: 'Netzwerk' }).waitFor();
    await page.getByRole('link', { name: 'Netzwerk-Befragungen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Netzwerk-Befragungen' }).waitFor();
    await page.getByRole('table', { name: 'Befragungsrunden' }).waitFor();
    return page;
  }

  async function press(page: Page, key: string, times: number) {
    for (let i = 0; i < times; i++) await page.keyboard.press(key);
  }

  it('the youth centre answers the open round on a phone, by keyboard only', async () => {
    const page = await surveysPage(DEMO.partner, 390);
    await page.getByRole('link', { name: ROUND }).click();
    const form = page.getByRole('form', { name: 'Ihre Antworten' });
    await form.waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await axe(page)).toEqual([]);

    // The first member listed is the backbone: "Abstimmung" (third option after "not yet" and "none"), monthly, trust 4, value 4.
    await tabTo(page, 'Beziehung');
    await press(page, 'ArrowDown', 3);
    const first = form.locator('fieldset').first();
    await expect.poll(() => first.getByLabel('Beziehung', { exact: true }).inputValue()).toBe('COORDINATION');
    await tabTo(page, 'Wie oft in Kontakt');
    await press(page, 'ArrowDown', 3);
    await tabTo(page, 'Vertrauen');
    await press(page, 'ArrowDown', 4);
    await tabTo(page, 'Nutzen');
    await press(page, 'ArrowDown', 4);
    expect(await first.getByLabel('Wie oft in Kontakt').inputValue()).toBe('MONTHLY');
    expect(await first.getByLabel('Vertrauen').inputValue()).toBe('4');
    // The other four: no relationship.
    for (let i = 0; i < 4; i++) {
      await tabTo(page, 'Beziehung');
      await press(page, 'ArrowDown', 1);
    }
    await expect.poll(() => form.getByText('Alle Mitglieder sind beantwortet.').count()).toBe(1);
    await screenshotFromTop(page, 'network-survey-phone');
    await tabTo(page, 'Antworten senden');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Ihre Antworten sind gesendet.' }).waitFor();
    await form.getByText('Ihre Antworten sind gesendet und zählen.').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('the backbone answers, sees the response rate, closes the round, filters its network and reads the path distance', async () => {
    const page = await surveysPage(DEMO.backbone, 1280);
    expect(await axe(page)).toEqual([]);
    const row = page.getByRole('table', { name: 'Befragungsrunden' }).locator('tbody tr').filter({ hasText: ROUND });
    // Lesestart and the Jobcenter sent theirs with the demo, the youth centre in the test before (4 once the backbone sent, on a retry).
    await expect.poll(() => row.textContent()).toMatch(/[34] von 6 \((50|67)\s%\)/);
    await row.getByRole('link', { name: ROUND }).click();

    const form = page.getByRole('form', { name: 'Ihre Antworten' });
    await form.waitFor();
    for (const [name, trust] of [
      ['Volkshochschule Musterstadt', '3 – eher hoch'],
      ['Jugendtreff Oststadt e.V.', '4 – hoch'],
    ] as const) {
      const member = form.locator('fieldset').filter({ hasText: name });
      await member.getByLabel('Beziehung', { exact: true }).selectOption({ label: 'Abstimmung' });
      await member.getByLabel('Wie oft in Kontakt').selectOption({ label: 'Etwa einmal im Monat' });
      await member.getByLabel('Vertrauen').selectOption({ label: trust });
      await member.getByLabel('Nutzen').selectOption({ label: trust });
    }
    await form.getByRole('button', { name: /^(Antworten|Änderungen) senden$/ }).click();
    await page.getByRole('status').filter({ hasText: 'Ihre Antworten sind gesendet.' }).waitFor();
    const respondents = page.getByRole('table', { name: 'Befragte Mitglieder und ihr Stand' });
    await expect.poll(() => respondents.locator('tbody tr').filter({ hasText: 'Gesendet' }).count()).toBe(4);
    expect(await axe(page)).toEqual([]);

    await page.getByRole('button', { name: 'Runde schließen' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Runde schließen' }).click();
    await page.getByRole('heading', { name: 'Netzwerk dieser Runde' }).waitFor();
    await page.getByRole('table', { name: 'Kennzahlen des Netzwerks je Mitglied' }).waitFor();
    // The backbone reads every answer: the two of them named coordination three times, the Jobcenter once (with the demo).
    const answers = page.getByRole('table', { name: 'Gesendete Antworten dieser Runde' });
    await expect.poll(() => answers.locator('tbody tr').filter({ hasText: 'Abstimmung' }).count()).toBe(4);

    // The path from the youth centre to the Jobcenter: through the backbone, two steps.
    const finder = page.locator('.network-path');
    await finder.getByLabel(/^Von/).selectOption({ label: 'Jugendtreff Oststadt e.V.' });
    await finder.getByLabel(/^Nach/).selectOption({ label: 'Jobcenter Musterstadt' });
    await expect.poll(() => finder.locator('.network-path__result').textContent()).toContain('2 Schritte');
    expect(await finder.locator('ol li').allTextContents()).toEqual([
      'Jugendtreff Oststadt e.V.',
      'Amt für Schule und Bildung Musterstadt (Bildungsbüro)',
      'Jobcenter Musterstadt',
    ]);
    // Filtered to coordination, the backbone's information tie with the Jobcenter drops out: the way runs through the VHS.
    await page.getByLabel('Art der angegebenen Beziehung').selectOption({ label: 'Abstimmung' });
    await expect.poll(() => finder.locator('.network-path__result').textContent()).toContain('3 Schritte');
    expect(await finder.locator('ol li').allTextContents()).toEqual([
      'Jugendtreff Oststadt e.V.',
      'Amt für Schule und Bildung Musterstadt (Bildungsbüro)',
      'Volkshochschule Musterstadt',
      'Jobcenter Musterstadt',
    ]);
    expect(await axe(page)).toEqual([]);
    await page.getByLabel('Art der angegebenen Beziehung').selectOption({ label: 'Alle Arten' });
    await expect.poll(() => finder.locator('.network-path__result').textContent()).toContain('2 Schritte');
    await screenshotFromTop(page, 'network-survey');

    // Back to the list: two closed rounds now, compared.
    await page.getByRole('link', { name: 'Alle Befragungsrunden' }).click();
    const compare = page.locator('.surveys__compare');
    await compare.getByRole('table', { name: 'Kennzahlen beider Runden' }).waitFor();
    await expect.poll(() => compare.textContent()).toMatch(/Neue Verbindungen: \d+ · weggefallen: \d+ · geblieben: \d+/);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });
});
