import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, apiLogin, axe, DEMO, launch, login, screenshotFromTop as shot } from './browser';

/**
 * The partner's whole reporting loop on a 390 × 844 phone, with the backbone's review on a phone
 * too: report with a breakdown, hand in, get it back with a reason, hand in again, enter a second
 * value in the bulk grid; the backbone filters, rejects one and approves the rest in one go.
 * Every screen: axe without violations, and nothing wider than the screen.
 * Own data: uniquely named YEARLY indicators in the period 2021, which no other test uses.
 */
const PERIOD = '2021';
const PARTNER_ORG = 'Jugendtreff Oststadt e.V.';

async function fitsThePhone(page: Page) {
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  expect(await axe(page)).toEqual([]);
}

describe('reporting on a phone', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let allianceId: string;
  const stamp = Date.now().toString(36);
  const counted = `Handy Teilnehmende ${stamp}`;
  const inBulk = `Handy Sammel ${stamp}`;

  beforeAll(async () => {
    browser = await launch();
    const token = await apiLogin(baseUrl, DEMO.backbone);
    const { myAlliances } = await api<{ myAlliances: { id: string; name: string }[] }>(baseUrl, token, `{ myAlliances { id name } }`);
    allianceId = myAlliances.find((a) => a.name === 'Bildungsbündnis Musterstadt')!.id;
    const { dimensions } = await api<{ dimensions: { id: string; name: string }[] }>(
      baseUrl,
      token,
      `query($a: ID!) { dimensions(allianceId: $a) { id name } }`,
      { a: allianceId },
    );
    const gender = dimensions.find((d) => d.name === 'Geschlecht')!.id;
    const create = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`;
    const base = { allianceId, aggregation: 'SUM', direction: 'INCREASE', frequency: 'YEARLY', rbaKind: 'HOW_MUCH', unit: 'Personen' };
    await api(baseUrl, token, create, { input: { ...base, name: counted, dimensionIds: [gender] } });
    await api(baseUrl, token, create, { input: { ...base, name: inBulk } });
    await api(baseUrl, token, `mutation($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) { id } }`, {
      input: { allianceId, frequency: 'YEARLY', periodKey: PERIOD, dueOn: '2022-01-31' },
    }).catch((error: { code?: string }) => {
      if (error.code !== 'REPORTING_PERIOD_ALREADY_OPEN') throw error;
    });
  });
  afterAll(() => browser?.close());

  const phone = async (email: string, path: string) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'de-DE', bypassCSP: true, isMobile: true, hasTouch: true });
    await login(page, baseUrl, email);
    await page.waitForURL(/\/a\//);
    await page.goto(`${baseUrl}/a/${allianceId}/${path}`);
    return page;
  };

  it('partner reports, gets the value back, hands it in again and uses the bulk grid; the backbone reviews on a phone', async () => {
    // 1. The partner's due list: a card per indicator, the link in reach.
    const partner = await phone(DEMO.partner, 'reporting');
    const report = partner.getByRole('link', { name: `Melden – ${counted}, ${PERIOD}` });
    await report.waitFor();
    await fitsThePhone(partner);
    await shot(partner, 'phone-reporting');

    // 2. The form: total, breakdown, save, hand in.
    await report.click();
    await partner.getByRole('heading', { name: counted }).waitFor();
    await partner.getByLabel('Wert (Personen)').fill('20');
    await partner.getByLabel('weiblich').fill('9');
    await partner.getByLabel('männlich').fill('9');
    await partner.getByLabel('divers').fill('2');
    await partner.getByRole('button', { name: 'Entwurf speichern' }).click();
    await partner.getByRole('status').filter({ hasText: 'Entwurf gespeichert' }).waitFor();
    await fitsThePhone(partner);
    await shot(partner, 'phone-reporting-form');
    await partner.getByRole('button', { name: 'Einreichen' }).click();
    await partner.getByRole('status').filter({ hasText: 'Eingereicht.' }).waitFor();

    // 3. The backbone, on its phone, narrows the queue to the Jugendtreff and sends the value back.
    const backbone = await phone(DEMO.backbone, 'review');
    await backbone.getByLabel('Mitglied', { exact: true }).selectOption({ label: PARTNER_ORG });
    await backbone.getByRole('button', { name: `Zurückweisen – ${counted}, ${PARTNER_ORG}` }).click();
    const dialog = backbone.getByRole('dialog', { name: 'Wert zurückweisen' });
    await dialog.getByLabel('Begründung').fill('Bitte „divers“ prüfen.');
    await fitsThePhone(backbone);
    await dialog.getByRole('button', { name: 'Zurückweisen' }).click();
    await backbone
      .getByRole('status')
      .filter({ hasText: `Zurückgewiesen: ${counted}, ${PARTNER_ORG}` })
      .waitFor();

    // 4. The partner sees the reason and hands the value in again.
    await partner.goto(`${baseUrl}/a/${allianceId}/reporting`);
    await partner.getByRole('link', { name: `Melden – ${counted}, ${PERIOD}` }).click();
    const resubmit = partner.getByRole('button', { name: 'Erneut einreichen' });
    await resubmit.waitFor();
    await partner.getByText('Begründung: Bitte „divers“ prüfen.').waitFor();
    await fitsThePhone(partner);
    await partner.getByLabel('divers').fill('2');
    await resubmit.click();
    await partner.getByRole('status').filter({ hasText: 'Eingereicht.' }).waitFor();

    // 5. The bulk grid of the period: each indicator a card with its field.
    await partner.goto(`${baseUrl}/a/${allianceId}/reporting`);
    await partner.getByRole('link', { name: `Alle Werte erfassen – ${PERIOD}` }).click();
    const field = partner.getByLabel(`Wert – ${inBulk} (Personen)`);
    await field.fill('14');
    await fitsThePhone(partner);
    await shot(partner, 'phone-reporting-bulk');
    await partner.getByRole('button', { name: 'Alle einreichen' }).click();
    await partner
      .getByRole('status')
      .filter({ hasText: /eingereicht/ })
      .waitFor();
    await partner.close();

    // 6. The backbone approves both of the Jugendtreff's values of the period at once.
    await backbone.reload();
    await backbone.getByLabel('Zeitraum', { exact: true }).selectOption({ label: PERIOD });
    await backbone.getByLabel('Mitglied', { exact: true }).selectOption({ label: PARTNER_ORG });
    for (const name of [counted, inBulk]) await backbone.getByRole('checkbox', { name: `Auswählen – ${name}, ${PARTNER_ORG}` }).check();
    await fitsThePhone(backbone);
    await shot(backbone, 'phone-review');
    await backbone.getByRole('button', { name: '2 ausgewählte Werte freigeben' }).click();
    await backbone.getByRole('status').filter({ hasText: '2 Werte freigegeben.' }).waitFor();
    await expect.poll(() => backbone.getByRole('checkbox', { name: `Auswählen – ${counted}, ${PARTNER_ORG}` }).count()).toBe(0);
    await backbone.close();
  });
});
