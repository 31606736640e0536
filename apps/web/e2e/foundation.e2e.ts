import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, DEMO, launch, login, screenshot } from './browser';

describe('first visit', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  beforeAll(async () => (browser = await launch()));
  afterAll(() => browser?.close());

  it('shows the login page in German, refuses a wrong password, and a demo login reaches the workspace', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', bypassCSP: true });
    await page.goto(baseUrl);
    await page.waitForURL(/\/login/);
    await expect(page.getByRole('heading', { name: 'Anmelden' }).isVisible()).resolves.toBe(true);
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('de');
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'login');

    await page.getByLabel('E-Mail-Adresse').fill(DEMO.backbone);
    await page.getByLabel('Passwort').fill('falsches-passwort');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('alert').waitFor();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/E-Mail-Adresse oder Passwort/);

    await login(page, baseUrl, DEMO.backbone);
    await page.waitForURL(/\/a\/[0-9a-f-]{36}/);
    await page.getByRole('navigation').first().waitFor();
    await expect.poll(() => page.locator('body').textContent()).toContain('Bildungsbündnis Musterstadt');
    for (const item of ['Ziele', 'Indikatoren', 'Aktivitäten', 'Mitglieder', 'Dashboard']) {
      await expect.poll(() => page.getByRole('link', { name: item }).first().isVisible()).toBe(true);
    }
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'workspace');

    await page.getByRole('link', { name: 'Mitglieder' }).first().click();
    await page.getByText('Jugendtreff Oststadt e.V.').first().waitFor();
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'members');
    await page.close();
  });

  it('lets a funder of two alliances choose between them, and switch the language to English', async () => {
    const page = await browser.newPage({ viewport: { width: 768, height: 1024 }, locale: 'de-DE', bypassCSP: true });
    await login(page, baseUrl, DEMO.funder);
    await page.getByText('Klimaallianz Nordkreis').first().waitFor();
    await expect.poll(() => page.locator('body').textContent()).toContain('Bildungsbündnis Musterstadt');
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'alliances-tablet');
    await page
      .getByRole('button', { name: /English|EN/ })
      .first()
      .click();
    await page.getByText('Your alliances').first().waitFor();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    // The choice is saved in the funder's account; switch back (and wait until saved) so later
    // files meet the seeded German.
    const saved = page.waitForResponse((r) => r.url().includes('/graphql') && /UpdateMyLocale.*"de"/.test(r.request().postData() ?? ''));
    await page
      .getByRole('button', { name: /Deutsch|DE/ })
      .first()
      .click();
    await saved;
    await page.getByText('Ihre Bündnisse').first().waitFor();
    await page.close();
  });
});
