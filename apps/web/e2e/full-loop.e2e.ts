import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, apiLogin, axe, DEMO, launch, login, tabTo } from './browser';

/**
 * The whole shared-measurement loop through the UI only, as the issue describes it:
 * backbone creates an indicator with a target and opens a period → partner reports and submits →
 * backbone rejects with a reason → partner fixes and resubmits → backbone approves → the funder's
 * portfolio shows the new value. Period 2027 (YEARLY) is reserved for this file.
 */
describe('the reporting loop, end to end', () => {
  const baseUrl = inject('baseUrl');
  const name = `Ehrenamtliche Lesepaten ${Date.now().toString(36)}`;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => (browser = await launch()));
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
  });

  /** Signs in; members of one alliance land in it, the funder (two alliances) on the alliance list. */
  async function pageFor(email: string, landsInAlliance = true): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    contexts.push(context);
    const page = await context.newPage();
    await login(page, baseUrl, email);
    if (landsInAlliance) await page.waitForURL(/\/a\/[0-9a-f-]{36}/);
    else
      await page
        .getByRole('link', { name: /Bildungsbündnis Musterstadt/ })
        .first()
        .waitFor();
    return page;
  }

  async function enterAlliance(page: Page, area: string): Promise<void> {
    if (!/\/a\/[0-9a-f-]{36}/.test(page.url())) {
      await page
        .getByRole('link', { name: /Bildungsbündnis Musterstadt/ })
        .first()
        .click();
      await page.waitForURL(/\/a\/[0-9a-f-]{36}/);
    }
    await page.getByRole('navigation').getByRole('link', { name: area, exact: true }).first().click();
  }

  const text = async (page: Page) => ((await page.locator('main').textContent()) ?? '').replace(/\u00a0/g, ' ');

  it('runs from a new indicator to the value in the funder portfolio', async () => {
    // 1. Backbone: a new yearly indicator with a goal and a 2027 target.
    const backbone = await pageFor(DEMO.backbone);
    await enterAlliance(backbone, 'Indikatoren');
    await backbone.getByRole('button', { name: 'Indikator anlegen' }).first().click();
    const dialog = backbone.getByRole('dialog', { name: 'Indikator anlegen' });
    await dialog.getByLabel('Name', { exact: true }).fill(name);
    await dialog.getByLabel('Einheit').fill('Personen');
    await dialog.getByLabel('Häufigkeit').selectOption('YEARLY');
    await dialog.getByRole('checkbox').first().check();
    await dialog.getByRole('button', { name: 'Indikator anlegen' }).click();
    await backbone.getByRole('heading', { level: 1, name }).waitFor();

    const targetForm = backbone.getByRole('form', { name: 'Ziel festlegen' });
    await targetForm.getByLabel('Art des Zeitraums').selectOption('YEARLY');
    await targetForm.getByLabel('Zeitraum', { exact: true }).selectOption('2027');
    await targetForm.getByRole('textbox', { name: 'Zielwert', exact: true }).fill('1.500');
    await targetForm.getByRole('button', { name: 'Ziel speichern' }).click();
    await expect.poll(async () => text(backbone)).toMatch(/1\.500/);

    // …and opens the reporting period 2027.
    await enterAlliance(backbone, 'Indikatoren');
    await backbone.getByRole('link', { name: 'Berichtszeiträume' }).click();
    await backbone.getByRole('button', { name: 'Berichtszeitraum öffnen' }).click();
    const open = backbone.getByRole('dialog', { name: 'Berichtszeitraum öffnen' });
    await open.getByLabel('Art des Zeitraums').selectOption('YEARLY');
    await open.getByLabel('Zeitraum', { exact: true }).fill('2027');
    await open.getByLabel('Meldefrist').fill('31.01.2028');
    await open.getByRole('button', { name: 'Zeitraum öffnen' }).click();
    await open.waitFor({ state: 'hidden' });

    // 2. Partner: reports 1.200 and submits.
    const partner = await pageFor(DEMO.partner);
    await enterAlliance(partner, 'Meldungen');
    const report = partner.getByRole('link', { name: new RegExp(`^Melden – ${name}, .*2027`) });
    await report.click();
    await partner.getByLabel(/^Wert \(Personen\)/).fill('1.200');
    await partner.getByRole('button', { name: 'Einreichen' }).click();
    await expect.poll(async () => text(partner)).toMatch(/eingereicht/i);

    // 3. Backbone: rejects with a reason.
    await enterAlliance(backbone, 'Prüfung');
    await backbone.getByRole('button', { name: new RegExp(`^Zurückweisen – ${name}, Jugendtreff Oststadt`) }).click();
    const reject = backbone.getByRole('dialog', { name: 'Wert zurückweisen' });
    await reject.getByLabel('Begründung').fill('Bitte nur Personen mit mindestens drei Terminen zählen.');
    await reject.getByRole('button', { name: 'Zurückweisen' }).click();
    await reject.waitFor({ state: 'hidden' });

    // 4. Partner: sees the reason (on their next visit), fixes the value and resubmits.
    await partner.reload();
    await enterAlliance(partner, 'Meldungen');
    await partner.getByRole('link', { name: new RegExp(`^Melden – ${name}, .*2027`) }).click();
    await partner.getByText('Bitte nur Personen mit mindestens drei Terminen zählen.').first().waitFor();
    await partner.getByLabel(/^Wert \(Personen\)/).fill('1.234');
    await partner.getByRole('button', { name: 'Erneut einreichen' }).click();
    await expect.poll(async () => text(partner)).toMatch(/eingereicht/i);
    expect(await axe(partner)).toEqual([]);

    // 5. Backbone: approves.
    await backbone.reload();
    await enterAlliance(backbone, 'Prüfung');
    await backbone.getByRole('button', { name: new RegExp(`^Freigeben – ${name}, Jugendtreff Oststadt`) }).click();
    await backbone.getByRole('button', { name: new RegExp(`^Freigeben – ${name}`) }).waitFor({ state: 'detached' });

    // 6. Funder: the portfolio card of the alliance shows the approved value.
    const funder = await pageFor(DEMO.funder, false);
    await funder.goto(`${baseUrl}/portfolio`);
    const card = funder.getByRole('article', { name: 'Bildungsbündnis Musterstadt' });
    const item = card.getByRole('listitem').filter({ has: funder.getByRole('heading', { level: 4, name }) });
    await item.waitFor();
    await expect
      .poll(async () => ((await item.textContent()) ?? '').replace(/\u00a0/g, ' '))
      .toMatch(/Neuer: 1\.234 Personen \(2027\).*vorläufig · 1 von \d+ Meldungen?/);
    // One partner of several has reported 2027: the value is provisional, so no complete period
    // judges the indicator yet.
    expect(((await item.textContent()) ?? '').replace(/\u00a0/g, ' ')).toContain('Noch kein vollständiger Zeitraum');
    expect(await axe(funder)).toEqual([]);
  });

  it('runs the same reporting loop by keyboard alone: report, reject with a reason, resubmit, approve', async () => {
    // Setup through the API: the UI steps of the backbone's set-up are covered above.
    const keyboardName = `Tastaturschleife ${Date.now().toString(36)}`;
    const token = await apiLogin(baseUrl, DEMO.backbone);
    const { myAlliances } = await api<{ myAlliances: { id: string; name: string }[] }>(baseUrl, token, `{ myAlliances { id name } }`);
    const allianceId = myAlliances.find((a) => a.name === 'Bildungsbündnis Musterstadt')!.id;
    const { createIndicator } = await api<{ createIndicator: { id: string } }>(
      baseUrl,
      token,
      `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`,
      {
        input: { allianceId, name: keyboardName, unit: 'Personen', aggregation: 'SUM', direction: 'INCREASE', frequency: 'YEARLY', rbaKind: 'HOW_MUCH' },
      },
    );
    await api(baseUrl, token, `mutation($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) { id } }`, {
      input: { allianceId, frequency: 'YEARLY', periodKey: '2027', dueOn: '2028-01-31' },
    }).catch((error: { code?: string }) => {
      if (error.code !== 'REPORTING_PERIOD_ALREADY_OPEN') throw error;
    });

    async function keyboardLogin(email: string): Promise<Page> {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`${baseUrl}/login`);
      await tabTo(page, /^E-Mail-Adresse/);
      await page.keyboard.type(email);
      await tabTo(page, /^Passwort/);
      await page.keyboard.type(DEMO.password);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/a\/[0-9a-f-]{36}/);
      await page.getByRole('navigation').first().waitFor();
      return page;
    }
    async function activate(page: Page, name: string | RegExp): Promise<void> {
      await tabTo(page, name);
      await page.keyboard.press('Enter');
    }
    const reportLink = new RegExp(`^Melden – ${keyboardName}, .*2027`);
    const reason = 'Bitte die Teilnehmenden aus dem Ferienprogramm getrennt zählen.';

    const partner = await keyboardLogin(DEMO.partner);
    await activate(partner, 'Meldungen');
    await activate(partner, reportLink);
    await partner.getByRole('heading', { name: keyboardName }).waitFor();
    await tabTo(partner, 'Wert (Personen)');
    await partner.keyboard.type('80');
    await activate(partner, 'Einreichen');
    await partner.getByRole('status').filter({ hasText: 'Eingereicht.' }).waitFor();

    const backbone = await keyboardLogin(DEMO.backbone);
    await activate(backbone, 'Prüfung');
    await activate(backbone, `Zurückweisen – ${keyboardName}, Jugendtreff Oststadt e.V.`);
    const dialog = backbone.getByRole('dialog', { name: 'Wert zurückweisen' });
    await dialog.waitFor();
    await tabTo(backbone, /^Begründung/);
    await backbone.keyboard.type(reason);
    await activate(backbone, 'Zurückweisen');
    await dialog.waitFor({ state: 'hidden' });

    await partner.reload();
    await partner.getByRole('navigation').first().waitFor();
    await activate(partner, 'Meldungen');
    await activate(partner, reportLink);
    await partner.getByText(reason).first().waitFor();
    await tabTo(partner, 'Wert (Personen)');
    await partner.keyboard.press('ControlOrMeta+A');
    await partner.keyboard.type('85');
    await activate(partner, 'Erneut einreichen');
    await partner.getByRole('status').filter({ hasText: 'Eingereicht.' }).waitFor();

    await backbone.reload();
    await backbone.getByRole('navigation').first().waitFor();
    await activate(backbone, `Freigeben – ${keyboardName}, Jugendtreff Oststadt e.V.`);
    await backbone.getByRole('button', { name: `Freigeben – ${keyboardName}, Jugendtreff Oststadt e.V.` }).waitFor({ state: 'detached' });

    const { measurements } = await api<{ measurements: { nodes: { value: number; status: string }[] } }>(
      baseUrl,
      token,
      `query($a: ID!, $f: MeasurementFilter) { measurements(allianceId: $a, filter: $f) { nodes { value status } } }`,
      { a: allianceId, f: { indicatorId: createIndicator.id } },
    );
    expect(measurements.nodes).toEqual([{ value: 85, status: 'APPROVED' }]);
  });
});
