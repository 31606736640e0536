import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, apiLogin, axe, launch, login, screenshotFromTop as shot } from './browser';

/**
 * Issue 16 "the provider answers in public", on a 390 × 844 phone: the demo provider (a
 * provider-only membership, no workspace) signs in, opens "Rückmeldungen" next to "Meine
 * Angebote", answers the approved experience with its offer and says what changed; the offer's
 * public page shows both. axe finds nothing.
 */
const SLUG = 'musterstadt';
const PROVIDER = 'angebote@sportverein-musterstadt.example';
const EXPERIENCE = 'Umkleide ist so eng';

async function fitsThePhone(page: Page) {
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  expect(await axe(page)).toEqual([]);
}

describe('a provider answers feedback on a phone', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('signs in, finds the approved experience under "Rückmeldungen", answers it in public and marks what changed', async () => {
    const own = Date.now().toString(36); // its own texts on a retry too
    const reply = `Danke! Im Frühjahr bauen wir eine zweite Umkleide an (${own}).`;
    const change = `Eltern warten jetzt im Vereinsheim (${own})`;
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'de-DE', bypassCSP: true });
    await login(page, baseUrl, PROVIDER);
    await page.waitForURL(/\/portal\/[0-9a-f-]{36}\/offers/);
    const allianceId = /\/portal\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
    await page.getByRole('navigation', { name: 'Chancenportal' }).getByRole('link', { name: 'Rückmeldungen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rückmeldungen zu Ihren Angeboten' }).waitFor();
    const card = page.getByRole('listitem').filter({ hasText: EXPERIENCE });
    await card.getByLabel('Öffentliche Antwort').fill(reply);
    await card.getByRole('button', { name: 'Antwort veröffentlichen' }).click();
    await card.getByText('Antwort veröffentlicht.').waitFor();
    await card.getByLabel(/Hat etwas verändert: was\?/).fill(change);
    await card.getByRole('button', { name: 'Als „hat etwas verändert“ markieren' }).click();
    await card.getByText(/Gespeichert: Die Erfahrung zeigt jetzt/).waitFor();
    await card.getByText('Beantwortet').waitFor();
    await fitsThePhone(page);
    await shot(page, 'participation-provider-feedback-390');

    // The offer's public page (a new visitor: the public lists may be cached for 30 s).
    const token = await apiLogin(baseUrl, PROVIDER);
    const { offerFeedback } = await api<{ offerFeedback: { offerId: string; text: string }[] }>(
      baseUrl,
      token,
      `query($a: ID!) { offerFeedback(allianceId: $a) { offerId text } }`,
      { a: allianceId },
    );
    const offerId = offerFeedback.find((f) => f.text.includes(EXPERIENCE))!.offerId;
    const reader = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'de-DE', bypassCSP: true });
    await reader.goto(`${baseUrl}/portal/${SLUG}/angebote/${offerId}`);
    const item = reader.getByRole('listitem').filter({ hasText: EXPERIENCE });
    await item.getByText(reply).waitFor();
    await item.getByText(change).waitFor();
    await fitsThePhone(reader);
  });
});
