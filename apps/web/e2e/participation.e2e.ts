import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, apiLogin, axe, DEMO, launch, login, screenshotFromTop as shot, tabTo } from './browser';

/**
 * Issue 16 "Done when", on a 390 × 844 phone: a citizen reports a barrier with the keyboard only
 * and another supports it; the moderator removes a name from the text, approves and forwards the
 * report to a member; the member resolves it with a public answer; the indicator that counts
 * barriers resolved within 30 days shows it for the period. axe finds nothing on the public pages.
 */
const SLUG = 'musterstadt';
const PARTNER_ORG = 'Jugendtreff Oststadt e.V.';

async function fitsThePhone(page: Page) {
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  expect(await axe(page)).toEqual([]);
}

describe('co-production on a phone', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let allianceId: string;
  let backboneToken: string;
  const stamp = Date.now().toString(36);
  const place = `Stadtbibliothek Eingang ${stamp}`;
  const named = `Frau Erika Mustermann sagt: Am Eingang der Stadtbibliothek (${stamp}) fehlt eine Rampe, mit dem Rollstuhl kommt man nicht hinein.`;
  const cleaned = `Am Eingang der Stadtbibliothek (${stamp}) fehlt eine Rampe, mit dem Rollstuhl kommt man nicht hinein.`;
  const answer = `Die Stadt baut bis Ende des Monats eine mobile Rampe auf (${stamp}).`;

  beforeAll(async () => {
    browser = await launch();
    backboneToken = await apiLogin(baseUrl, DEMO.backbone);
    const { myAlliances } = await api<{ myAlliances: { id: string; name: string }[] }>(baseUrl, backboneToken, `{ myAlliances { id name } }`);
    allianceId = myAlliances.find((a) => a.name === 'Bildungsbündnis Musterstadt')!.id;
    const { createIndicator } = await api<{ createIndicator: { id: string } }>(
      baseUrl,
      backboneToken,
      `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`,
      {
        input: {
          allianceId,
          name: `Gemeldete Barrieren, gelöst innerhalb von 30 Tagen ${stamp}`,
          aggregation: 'SUM',
          direction: 'INCREASE',
          frequency: 'QUARTERLY',
          rbaKind: 'HOW_WELL',
          unit: 'Meldungen',
        },
      },
    );
    indicatorId = createIndicator.id;
    await api(
      baseUrl,
      backboneToken,
      `mutation($input: SetParticipationIndicatorSourceInput!) { setParticipationIndicatorSource(input: $input) { indicatorId } }`,
      { input: { allianceId, indicatorId, kind: 'REPORT', category: 'BARRIER', withinDays: 30 } },
    );
  });
  afterAll(() => browser?.close());

  let indicatorId: string;
  /** "Gemeldete Barrieren, gelöst innerhalb von 30 Tagen": this quarter's total as the backbone reads it (not suppressed). */
  const resolvedBarriers = async () => {
    const { participationIndicatorValues } = await api<{
      participationIndicatorValues: { values: { period: string; districtId: string | null; value: number | null; suppressed: boolean }[] };
    }>(
      baseUrl,
      backboneToken,
      `query($a: ID!, $i: ID!) { participationIndicatorValues(allianceId: $a, indicatorId: $i) { values { period districtId value suppressed } } }`,
      {
        a: allianceId,
        i: indicatorId,
      },
    );
    const now = new Date();
    const quarter = `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
    const total = participationIndicatorValues.values.find((v) => v.period === quarter && v.districtId === null);
    expect(total?.suppressed ?? false).toBe(false);
    return total?.value ?? 0;
  };

  const phonePage = async () => browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'de-DE', bypassCSP: true, isMobile: true, hasTouch: true });
  const workspace = async (email: string, path: string) => {
    const page = await phonePage();
    await login(page, baseUrl, email);
    await page.waitForURL(/\/a\//);
    await page.goto(`${baseUrl}/a/${allianceId}/${path}`);
    return page;
  };

  it('report by keyboard, support, moderate, forward, resolve, and the indicator counts it', async () => {
    // 1. A citizen reports a barrier with the keyboard alone (no map: an address).
    const citizen = await phonePage();
    await citizen.goto(`${baseUrl}/portal/${SLUG}/melden`);
    await citizen.getByRole('heading', { name: 'Bedarf oder Barriere melden' }).waitFor();
    await fitsThePhone(citizen);
    await tabTo(citizen, /^Fehlendes Angebot/);
    await citizen.keyboard.press('ArrowDown'); // the next radio: "Barriere beim Zugang"
    await expect.poll(() => citizen.getByRole('radio', { name: /Barriere beim Zugang/ }).isChecked()).toBe(true);
    await citizen.keyboard.press('Tab');
    expect(await citizen.evaluate(() => (document.activeElement as HTMLSelectElement).name)).toBe('targetGroup');
    await citizen.keyboard.press('ArrowDown');
    expect(await citizen.evaluate(() => (document.activeElement as HTMLSelectElement).value)).not.toBe('');
    await tabTo(citizen, /^Adresse oder Ort/);
    await citizen.keyboard.type(place);
    await tabTo(citizen, /^Beschreibung/);
    await citizen.keyboard.type(named);
    await tabTo(citizen, 'Meldung absenden');
    await shot(citizen, 'participation-report-form-390');
    await citizen.keyboard.press('Enter');
    await citizen.getByText('Danke für Ihre Meldung!').waitFor({ timeout: 60_000 });
    const followHref = await citizen.getByRole('link', { name: 'Stand verfolgen' }).getAttribute('href');
    expect(followHref).toMatch(new RegExp(`^/portal/${SLUG}/verfolgen/.+`));
    await fitsThePhone(citizen);

    // 2. The moderator removes the name from the text and approves.
    const moderator = await workspace(DEMO.backbone, 'participation/queue');
    const pending = moderator.getByRole('listitem').filter({ hasText: place });
    await pending.getByLabel('Text', { exact: true }).waitFor();
    await fitsThePhone(moderator);
    await shot(moderator, 'participation-queue-390');
    await moderator.setViewportSize({ width: 1280, height: 900 });
    await shot(moderator, 'participation-queue-1280');
    await moderator.setViewportSize({ width: 390, height: 844 });
    await pending.getByLabel('Text', { exact: true }).fill(cleaned);
    await pending.getByRole('button', { name: 'Bearbeitet freigeben' }).click();
    await pending.waitFor({ state: 'detached' });

    // 3. Another citizen (another browser: its own vote) finds it in the public list and supports it.
    const other = await phonePage();
    await other.goto(`${baseUrl}/portal/${SLUG}/meldungen`);
    const card = other.getByRole('listitem').filter({ hasText: cleaned });
    await card.waitFor();
    expect(await other.getByText('Erika Mustermann').count()).toBe(0);
    await fitsThePhone(other);
    await card.getByRole('button', { name: 'Betrifft mich auch' }).focus();
    await other.keyboard.press('Enter');
    await card.getByText('1 Person betroffen').waitFor({ timeout: 60_000 });
    await card.getByText('Sie sind auch betroffen').waitFor();
    expect(await card.getByRole('button', { name: 'Betrifft mich auch' }).count()).toBe(0);
    await shot(other, 'participation-reports-390');
    await other.setViewportSize({ width: 1280, height: 900 });
    await other.getByRole('button', { name: 'Karte' }).click();
    await other.locator('.maplibregl-canvas, .portal-map__fallback').first().waitFor();
    await fitsThePhone(other);
    await shot(other, 'participation-reports-1280');
    await other.setViewportSize({ width: 390, height: 844 });

    // 4. The moderator forwards it to a member.
    await moderator.goto(`${baseUrl}/a/${allianceId}/participation/approved`);
    const approved = moderator.getByRole('listitem').filter({ hasText: cleaned });
    await approved.getByLabel('Weiterleiten an').waitFor();
    await expect.poll(() => approved.getByLabel('Weiterleiten an').locator('option').allTextContents()).toContain(PARTNER_ORG);
    await approved.getByLabel('Weiterleiten an').selectOption({ label: PARTNER_ORG });
    await approved.getByLabel(/Hinweis an das Mitglied/).fill('Bitte mit der Stadt klären.');
    await approved.getByRole('button', { name: 'Weiterleiten' }).click();
    await approved.getByText(`Weitergeleitet an ${PARTNER_ORG}`).waitFor();

    // 5. The member resolves it with a public answer.
    const before = await resolvedBarriers();
    const member = await workspace(DEMO.partner, 'participation/forwarded');
    const forwarded = member.getByRole('listitem').filter({ hasText: cleaned });
    await forwarded.getByRole('radio', { name: 'Gelöst' }).waitFor();
    await fitsThePhone(member);
    await forwarded.getByLabel('Öffentliche Antwort').fill(answer);
    await forwarded.getByRole('button', { name: 'Meldung abschließen' }).click();
    await forwarded.getByText(answer).waitFor();

    // 6. Public: the report's page shows "Gelöst", the answer and the history; the reporter's follow page too.
    await other.goto(`${baseUrl}/portal/${SLUG}/meldungen`);
    await other.getByRole('listitem').filter({ hasText: cleaned }).getByRole('link').first().click();
    await other.getByRole('heading', { name: 'Antwort' }).waitFor();
    await other.getByText(answer).waitFor();
    await expect.poll(() => other.locator('.participation-status').first().textContent()).toBe('Gelöst');
    await fitsThePhone(other);
    await citizen.goto(`${baseUrl}${followHref}`);
    await citizen.getByText('Ihr Beitrag ist veröffentlicht.').waitFor();
    await fitsThePhone(citizen);

    // The other public pages: the form at desktop width and in easy language, an offer with its experiences.
    const desk = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await desk.goto(`${baseUrl}/portal/${SLUG}/melden`);
    await desk.getByRole('heading', { name: 'Bedarf oder Barriere melden' }).waitFor();
    await fitsThePhone(desk);
    await shot(desk, 'participation-report-form-1280');
    await desk.getByRole('button', { name: 'Leichte Sprache' }).click();
    await desk.getByRole('heading', { name: 'Sagen Sie uns: Was fehlt? Was stört?' }).waitFor();
    await fitsThePhone(desk);
    await desk.getByRole('button', { name: 'Leichte Sprache' }).click();
    // The place on the map without a mouse: the map's centre becomes the pin.
    await desk.getByRole('radio', { name: 'Auf der Karte zeigen' }).check();
    await desk.getByRole('region', { name: 'Karte: Ort der Meldung' }).waitFor();
    await desk.getByRole('button', { name: 'Kartenmitte übernehmen' }).focus();
    await desk.keyboard.press('Enter');
    await desk.getByText(/^Ort markiert: Breite /).waitFor();
    await fitsThePhone(desk);
    await desk.goto(`${baseUrl}/portal/${SLUG}`);
    await desk.locator('.portal-card a').first().click();
    await desk.getByRole('heading', { name: 'Erfahrungen mit diesem Angebot' }).waitFor();
    await fitsThePhone(desk);

    // 7. The indicator on these reports counts it in the period it was resolved in (one more than before).
    expect(await resolvedBarriers()).toBe(before + 1);
  });
  it('feedback on an offer: written by keyboard, approved, answered in public and marked "hat etwas verändert"', async () => {
    const own = Date.now().toString(36); // its own texts on a retry too
    const experience = `Die Beratung war freundlich, aber abends gab es keine Termine (${own}).`;
    const reply = `Danke! Ab Januar beraten wir auch dienstags bis 20 Uhr (${own}).`;
    const change = `Abendtermine dienstags (${own})`;
    const visitor = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await visitor.goto(`${baseUrl}/portal/${SLUG}`);
    await visitor.locator('.portal-card a').first().click();
    await visitor.getByRole('heading', { name: 'Ihre Erfahrung schreiben' }).waitFor();
    const offerUrl = visitor.url();
    await tabTo(visitor, /^Ihre Erfahrung/);
    await visitor.keyboard.type(experience);
    // The rating is one radio group: Tab enters it at "Keine Bewertung", the arrow keys choose.
    await tabTo(visitor, /Keine Bewertung$/);
    for (let i = 0; i < 4; i++) await visitor.keyboard.press('ArrowRight');
    await expect.poll(() => visitor.getByRole('radio', { name: '4 von 5 Sternen' }).isChecked()).toBe(true);
    await tabTo(visitor, 'Erfahrung absenden');
    await visitor.keyboard.press('Enter');
    await visitor.getByText('Danke für Ihre Erfahrung!').waitFor({ timeout: 60_000 });
    expect(await axe(visitor)).toEqual([]);

    const moderator = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await login(moderator, baseUrl, DEMO.backbone);
    await moderator.waitForURL(/\/a\//);
    await moderator.goto(`${baseUrl}/a/${allianceId}/participation/queue`);
    const pending = moderator.getByRole('listitem').filter({ hasText: experience });
    await pending.getByRole('button', { name: 'Freigeben' }).click();
    await pending.waitFor({ state: 'detached' });
    await moderator.goto(`${baseUrl}/a/${allianceId}/participation/approved`);
    const approved = moderator.getByRole('listitem').filter({ hasText: experience });
    await approved.getByLabel('Öffentliche Antwort').fill(reply);
    await approved.getByRole('button', { name: 'Antwort veröffentlichen' }).click();
    await approved.getByText('Antwort veröffentlicht.').waitFor();
    await approved.getByLabel(/Hat etwas verändert: was\?/).fill(change);
    await approved.getByRole('button', { name: 'Als „hat etwas verändert“ markieren' }).click();
    await approved.getByText(/Gespeichert: Die Erfahrung zeigt jetzt/).waitFor();

    // A new visitor (its own browser cache: the public lists may be cached for 30 s).
    const reader = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await reader.goto(offerUrl);
    const item = reader.getByRole('listitem').filter({ hasText: experience });
    await item.getByText(reply).waitFor();
    await item.getByText(change).waitFor();
    await item.getByText('Hat etwas verändert:').waitFor();
    await item.getByText('4 von 5 Sternen').waitFor();
    expect(await axe(reader)).toEqual([]);
    await shot(reader, 'participation-feedback-1280');
  });
});
