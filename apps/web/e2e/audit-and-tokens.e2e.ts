import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, apiLogin, axe, DEMO, launch, login, SCREENSHOTS, screenshotFromTop } from './browser';

/** A GraphQL request as an integration sends it: plain fetch with the API token. */
async function asIntegration(baseUrl: string, secret: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function settle(page: Page) {
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
}

/** The change this file makes, stamped: other files change the same demo profile meanwhile. */
const VISION = `Gemeinsam messen wir, was wirkt (${Date.now().toString(36)}).`;

describe('audit trail and API tokens (backbone, demo data)', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let allianceId: string;
  beforeAll(async () => {
    browser = await launch();
    // Changes by two people, made the way their browsers would: the backbone edits the profile,
    // the partner describes an activity.
    const backbone = await apiLogin(baseUrl, DEMO.backbone);
    const partner = await apiLogin(baseUrl, DEMO.partner);
    const mine = await api<{ myAlliances: { id: string; name: string; version: number; vision: string | null }[] }>(
      baseUrl,
      backbone,
      `{ myAlliances { id name } }`,
    );
    allianceId = mine.myAlliances[0]!.id;
    // Other e2e files edit the same demo profile at the same time: read and write again on CONFLICT.
    for (let attempt = 0; ; attempt++) {
      const { alliance } = await api<{ alliance: { version: number; vision: string } }>(
        baseUrl,
        backbone,
        `query($id: ID!) { alliance(allianceId: $id) { version vision } }`,
        { id: allianceId },
      );
      try {
        await api(baseUrl, backbone, `mutation($i: UpdateAllianceProfileInput!) { updateAllianceProfile(input: $i) { id } }`, {
          i: { allianceId, version: alliance.version, vision: `${alliance.vision} ${VISION}` },
        });
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== 'CONFLICT' || attempt > 5) throw error;
      }
    }
    await api(baseUrl, partner, `mutation($i: CreateActivityInput!) { createActivity(input: $i) { id } }`, {
      i: { allianceId, title: 'Bewerbungscafé im Jugendtreff', status: 'PLANNED' },
    });
  });
  afterAll(() => browser?.close());

  it('the backbone opens the audit trail, filters by a person and compares before and after', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await login(page, baseUrl, DEMO.backbone);
    await page.waitForURL(/\/a\/[0-9a-f-]{36}/);
    await page.getByRole('link', { name: 'Änderungsverlauf' }).click();
    await page.waitForURL(/\/audit$/);
    await settle(page);
    await page
      .getByRole('button', { name: /Bewerbungscafé|Aktivität angelegt/ })
      .first()
      .waitFor();
    expect(await axe(page)).toEqual([]);

    // Only the backbone's own changes: the partner's activity disappears.
    const person = page.getByLabel('Person');
    const backboneName = (await page
      .getByRole('button', { name: /Profil des Bündnisses geändert/ })
      .first()
      .locator('.audit-event__who')
      .textContent())!;
    await person.selectOption({ label: backboneName });
    await page.waitForURL(/person=/);
    await expect.poll(() => page.getByRole('button', { name: /Aktivität angelegt/ }).count()).toBe(0);
    const rows = page.locator('.audit-event__who');
    // The list is fetched again for the filter: wait until it shows rows, all of this person.
    await expect.poll(async () => [...new Set(await rows.allTextContents())]).toEqual([backboneName]);

    // Our profile change: the newest one whose "after" carries the stamp (other files edit the profile too).
    const profileChanges = page.getByRole('button', { name: /Profil des Bündnisses geändert/ });
    const diff = page.getByRole('table');
    for (let i = 0; ; i++) {
      expect(i).toBeLessThan(await profileChanges.count());
      await profileChanges.nth(i).click();
      await diff.waitFor();
      if ((await diff.textContent())?.includes(VISION)) break;
      await profileChanges.nth(i).click(); // closes it again
      await diff.waitFor({ state: 'detached' });
    }
    const changed = diff.locator('.audit-diff__row--changed');
    await expect.poll(() => changed.first().locator('th').textContent()).toContain('Vision');
    expect(await changed.first().locator('.audit-diff__value--after').textContent()).toContain(VISION);
    expect(await axe(page)).toEqual([]);
    await screenshotFromTop(page, 'audit-trail');

    // On a phone the comparison stacks: before above after, nothing sticks out.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(100);
    const [before, after] = await Promise.all([
      changed.first().locator('.audit-diff__value--before').boundingBox(),
      changed.first().locator('.audit-diff__value--after').boundingBox(),
    ]);
    expect(after!.y).toBeGreaterThan(before!.y + before!.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshotFromTop(page, 'audit-trail-phone');
    await page.close();
  });

  it('the backbone creates a token, an integration reads a series with it, the backbone revokes it, the next call is refused', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await login(page, baseUrl, DEMO.backbone);
    await page.waitForURL(/\/a\/[0-9a-f-]{36}/);
    await page.goto(`${baseUrl}/a/${allianceId}/settings`);
    await settle(page);
    const section = page.getByRole('region', { name: 'API-Zugänge' });
    await section.getByLabel('Name').fill('Statistik-Export Jugendamt');
    await section.getByRole('button', { name: 'API-Zugang anlegen' }).click();
    const secret = (await section.getByTestId('api-token-secret').textContent())!;
    expect(secret).toMatch(/^gw_[A-Za-z0-9_-]{43}$/);
    const item = section.getByRole('listitem', { name: 'Statistik-Export Jugendamt' });
    await item.getByText('noch nie').waitFor();
    expect(await axe(page)).toEqual([]);
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'api-tokens.png'), fullPage: false });

    // The integration: plain fetch against /graphql with the token.
    const indicators = await asIntegration(baseUrl, secret, `query($a: ID!) { indicators(allianceId: $a) { nodes { id name frequency } } }`, { a: allianceId });
    expect(indicators.errors).toBeUndefined();
    const indicator = indicators.data.indicators.nodes[0];
    const series = await asIntegration(
      baseUrl,
      secret,
      `query($a: ID!, $i: [ID!]!) { indicatorSeries(allianceId: $a, indicatorIds: $i, from: "2024", to: "2026") { indicatorId label periods actual target } }`,
      {
        a: allianceId,
        i: [indicator.id],
      },
    );
    expect(series.errors).toBeUndefined();
    expect(series.data.indicatorSeries[0]).toMatchObject({ indicatorId: indicator.id, periods: expect.arrayContaining([expect.stringMatching(/^2025/)]) });
    // Account operations are not for tokens.
    expect((await asIntegration(baseUrl, secret, `{ me { id } }`)).errors?.[0]?.extensions?.code).toBe('API_TOKEN_NOT_ALLOWED');
    // The list shows the use.
    await page.reload();
    await settle(page);
    await expect.poll(async () => (await section.getByRole('listitem', { name: 'Statistik-Export Jugendamt' }).textContent()) ?? '').not.toContain('noch nie');

    await section.getByRole('listitem', { name: 'Statistik-Export Jugendamt' }).getByRole('button', { name: 'Widerrufen' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'API-Zugang widerrufen' });
    await dialog.getByRole('button', { name: 'Widerrufen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await section.getByRole('listitem', { name: 'Statistik-Export Jugendamt' }).getByText('Widerrufen', { exact: true }).first().waitFor();
    const refused = await asIntegration(baseUrl, secret, `query($a: ID!) { indicators(allianceId: $a) { nodes { id } } }`, { a: allianceId });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused.data?.indicators).toBeUndefined();

    // The trail records both: created and revoked.
    await page.goto(`${baseUrl}/a/${allianceId}/audit?type=ApiToken`);
    await settle(page);
    await page.getByRole('button', { name: /API-Zugang widerrufen/ }).waitFor();
    await page.getByRole('button', { name: /API-Zugang angelegt/ }).waitFor();

    // The section on a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/a/${allianceId}/settings`);
    await settle(page);
    await section.getByRole('listitem').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await section.getByRole('heading', { name: 'Bestehende Zugänge' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'api-tokens-phone.png'), fullPage: false });
    await page.close();
  });

  it('partners see neither the audit trail in their navigation nor API tokens', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await login(page, baseUrl, DEMO.partner);
    await page.waitForURL(/\/a\/[0-9a-f-]{36}/);
    await settle(page);
    expect(await page.getByRole('link', { name: 'Änderungsverlauf' }).count()).toBe(0);
    await page.goto(`${baseUrl}/a/${allianceId}/audit`);
    await page.getByText('Nur für die Geschäftsstelle').waitFor();
    await page.close();
  });
});
