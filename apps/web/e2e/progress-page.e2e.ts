import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, DEMO, launch, login, screenshot, screenshotFromTop } from './browser';

/**
 * The public progress page (issue 12, part 4): the backbone publishes it in the settings with
 * goals and indicators of its choice; a visitor without login reads it on a desktop and a phone,
 * and the embed view works in an iframe of another page.
 */
describe('the public progress page', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  beforeAll(async () => (browser = await launch()));
  afterAll(() => browser?.close());
  const slug = 'bildung-musterstadt';

  it('the backbone publishes it with chosen goals and indicators and gets the link and the iframe code', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await login(page, baseUrl, DEMO.backbone);
    await page.waitForURL(/\/a\/[0-9a-f-]{36}/);
    const base = /^(.*\/a\/[0-9a-f-]{36})/.exec(page.url())![1]!;
    await page.goto(`${base}/settings`);
    const section = page.getByRole('region', { name: 'Öffentliche Fortschrittsseite' });
    await section.getByLabel(/^Adresse der Seite/).waitFor();
    await section.getByLabel(/^Adresse der Seite/).fill(slug);
    await section.getByLabel('Seite veröffentlichen (ohne Anmeldung für alle sichtbar)').check();
    for (const goal of ['Alle Kinder lesen am Ende der Grundschule sicher', 'Weniger Schulabbrüche in der Oststadt', 'Gelingende Übergänge Schule–Beruf'])
      await section.getByLabel(goal, { exact: true }).check();
    for (const code of ['LES-1', 'ABB-1', 'UEB-1', 'UEB-2']) await section.getByLabel(new RegExp(`${code} · `)).check();
    await section.getByRole('button', { name: 'Fortschrittsseite speichern' }).click();
    await section.getByText('Gespeichert. Die Seite ist öffentlich.').waitFor();
    await section.getByRole('link', { name: `${baseUrl}/fortschritt/${slug}` }).waitFor();
    expect(await section.getByLabel('Code zum Einbinden').inputValue()).toContain(`${baseUrl}/fortschritt/${slug}/embed`);
    await section.getByRole('button', { name: 'Code kopieren' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('a visitor without login reads it at 1280 px: goals, indicators with charts, no axe violations; the server wrote the title', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl}/fortschritt/${slug}`);
    expect(await response!.text()).toContain('<title>Bildungsbündnis Musterstadt</title>');
    await page.getByRole('heading', { level: 1, name: 'Bildungsbündnis Musterstadt' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Unsere Ziele' }).waitFor();
    await expect.poll(() => page.getByRole('article').count()).toBe(4);
    expect(await page.getByText('Weniger Schulabbrüche in der Oststadt').count()).toBe(1);
    // Only the chosen: another goal of the demo is not there.
    expect(await page.getByText('Eltern als Bildungspartner stärken').count()).toBe(0);
    await page.locator('.series-chart svg').first().waitFor();
    expect(await context.cookies()).toEqual([]);
    expect(await axe(page)).toEqual([]);
    await screenshotFromTop(page, 'progress-page');

    // English by the switch: the page asks the API again in English.
    await page.getByRole('button', { name: /^EN/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Our goals' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('fits a phone at 390 px without horizontal scrolling, and the embed view works in an iframe', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE', isMobile: true, hasTouch: true, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/fortschritt/${slug}`);
    await page.getByRole('heading', { level: 1, name: 'Bildungsbündnis Musterstadt' }).waitFor();
    await page.locator('.series-chart svg').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await axe(page)).toEqual([]);
    await screenshotFromTop(page, 'progress-page-phone');

    const embed = await context.newPage();
    await embed.goto(`${baseUrl}/fortschritt/${slug}/embed`);
    await embed.getByRole('link', { name: 'Ganze Seite öffnen' }).waitFor();
    expect(await embed.getByRole('heading', { level: 2, name: 'Unsere Ziele' }).count()).toBe(0);
    expect(await axe(embed)).toEqual([]);
    await screenshot(embed, 'progress-page-embed-phone');
    await context.close();
  });

  it('an unknown address says so, without login', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/fortschritt/gibt-es-nicht`);
    await page.getByRole('heading', { level: 1, name: 'Diese Fortschrittsseite gibt es nicht (mehr).' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await context.close();
  });
});
