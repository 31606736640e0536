import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, DEMO, launch, login, screenshotFromTop } from './browser';

/** Lesestart's staff login in the demo (DEMO_STAFF in the seed). */
const LESESTART = 'kontakt@lesestart-musterstadt.example';

/**
 * Matching (issue 14): the youth centre (demo partner) finds a partner for its needs — a room in
 * the Oststadt and a way to families with refugee experience — with the reasons shown, and sends a
 * contact request; the other side (Lesestart) sees the notice in the bell.
 */
describe('matching: a member finds a partner and gets in touch', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  beforeAll(async () => (browser = await launch()));
  afterAll(() => browser?.close());

  async function matchingPage(email: string, width: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await login(page, baseUrl, email);
    await page.waitForURL(/\/a\/[0-9a-f-]{36}/);
    const base = /^(.*\/a\/[0-9a-f-]{36})/.exec(page.url())![1]!;
    await page.goto(`${base}/activities/matching`);
    await page.getByRole('heading', { level: 1, name: 'Partner finden' }).waitFor();
    return page;
  }

  it('the partner sees Lesestart first with the reasons, and asks for contact; Lesestart hears of it', async () => {
    const page = await matchingPage(DEMO.partner, 1280);
    const suggestions = page.getByRole('list', { name: 'Vorschläge zu Ihren Bedarfen' });
    await suggestions.waitFor();
    const first = suggestions.locator('li').first();
    await expect.poll(() => first.locator('h3').textContent()).toBe('Lesestart Musterstadt e.V.');
    const reasons = await first.locator('.matching-suggestion__reasons').textContent();
    expect(reasons).toContain('bietet Räume in Oststadt');
    expect(reasons).toContain('erreicht Familien mit Fluchterfahrung in Oststadt');
    expect(await axe(page)).toEqual([]);
    await screenshotFromTop(page, 'matching');

    await first.getByRole('button', { name: 'Kontakt anbahnen mit Lesestart Musterstadt e.V.' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kontakt anbahnen: Lesestart Musterstadt e.V.' });
    await dialog.getByLabel(/^Ihre Nachricht/).fill('Könnten wir Ihren Leseraum dienstags nachmittags für das Lerncafé nutzen?');
    expect(await axe(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Anfrage senden' }).click();
    await page.getByRole('status').filter({ hasText: 'Kontaktanfrage an Lesestart Musterstadt e.V. gesendet und im Log festgehalten.' }).waitFor();
    await expect.poll(() => first.textContent()).toContain('Kontakt angebahnt');
    await page.close();

    const other = await matchingPage(LESESTART, 1280);
    await other.getByRole('button', { name: /^Benachrichtigungen, \d+ ungelesen/ }).click();
    const panel = other.getByRole('region', { name: 'Benachrichtigungen' });
    await expect.poll(() => panel.textContent()).toContain('Jugendtreff Oststadt e.V. möchte mit Ihnen in Kontakt kommen');
    expect(await axe(other)).toEqual([]);
    await other.close();
  });

  it('on a phone: a partner search by district lists members and portal offers; an offer is added and changed', async () => {
    const page = await matchingPage(DEMO.partner, 390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const search = page.getByRole('form', { name: 'Partnersuche' });
    await search.getByLabel(/^Was suchen Sie\?/).selectOption({ label: 'Räume' });
    await search.getByLabel(/^Stadtteil/).selectOption({ label: 'Oststadt' });
    await search.getByRole('button', { name: 'Partner suchen' }).click();
    const results = page.getByRole('list', { name: 'Suchergebnisse' });
    await expect.poll(() => results.locator('li').first().textContent(), { timeout: 15_000 }).toContain('bietet Räume in Oststadt');

    const form = page.getByRole('form', { name: /Eintrag/ });
    await form.getByLabel(/^Bieten oder suchen/).selectOption({ label: 'Wir bieten' });
    await form.getByLabel(/^Was/).selectOption({ label: 'Sprache' });
    await form.getByLabel(/^Sprache/).selectOption({ label: 'Türkisch' });
    await form.getByRole('button', { name: 'Eintragen' }).click();
    await page.getByRole('status').filter({ hasText: 'Angebot „Sprache: Türkisch“ eingetragen.' }).waitFor();
    // A member changes its own entry.
    await page.getByRole('button', { name: '„Sprache: Türkisch“ ändern' }).click();
    await form.getByLabel(/^Sprache/).selectOption({ label: 'Arabisch' });
    await form.getByRole('button', { name: 'Änderung speichern' }).click();
    await page.getByRole('status').filter({ hasText: '„Sprache: Arabisch“ wurde geändert.' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await screenshotFromTop(page, 'matching-phone');
    await page.close();
  });
});
