import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, DEMO, launch, login, screenshot } from './browser';

/**
 * Members: inviting an organisation found by name, the invitation page before accepting, and the
 * language saved in the account. What this file changes it takes back: the invitation is
 * withdrawn and the observer's language set to German again.
 */
describe('members and invitations', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let invitationLink = '';
  beforeAll(async () => (browser = await launch()));
  afterAll(() => browser?.close());

  async function membersPage(page: Page) {
    await login(page, baseUrl, DEMO.backbone);
    await page.waitForURL(/\/a\/[0-9a-f-]{36}/);
    await page.getByRole('link', { name: 'Mitglieder' }).first().click();
    await page.getByRole('heading', { name: 'Offene Einladungen' }).waitFor();
  }

  it('the backbone finds an organisation on the platform by name and invites it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await membersPage(page);
    await page.getByRole('button', { name: 'Organisation einladen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Organisation einladen' });
    const search = dialog.getByRole('combobox', { name: 'Organisation suchen' });
    await search.fill('nordkreis');
    const list = dialog.getByRole('listbox', { name: 'Gefundene Organisationen' });
    await list.getByRole('option', { name: /Stadtwerke Nordkreis GmbH/ }).waitFor();
    await expect.poll(() => list.getByRole('option').count()).toBe(3);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'members-invite');

    // Escape closes the list, not the dialog; keyboard only: down to the third match, Enter chooses it.
    await search.press('Escape');
    await list.waitFor({ state: 'hidden' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    for (let i = 0; i < 3; i++) await search.press('ArrowDown');
    await search.press('Enter');
    await expect.poll(() => search.inputValue()).toBe('Stadtwerke Nordkreis GmbH');
    await dialog.getByText('Ausgewählt: Stadtwerke Nordkreis GmbH').waitFor();

    await dialog.getByLabel('Rolle im Bündnis').selectOption('OBSERVER');
    // An existing organisation is invited through its own admins: no address to enter.
    await dialog.getByText(/Die Einladung geht an die Administrator:innen dieser Organisation/).waitFor();
    await expect.poll(() => dialog.getByLabel('E-Mail-Adresse der Kontaktperson').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Einladung erstellen' }).click();
    const link = dialog.getByLabel('Einladungslink');
    await link.waitFor();
    invitationLink = await link.inputValue();
    expect(invitationLink).toMatch(/\/invitation\/[0-9a-f-]{36}\./);
    await dialog.getByRole('button', { name: 'Fertig' }).click();

    const pending = page.getByRole('region', { name: 'Offene Einladungen' }).getByRole('row', { name: /Stadtwerke Nordkreis GmbH/ });
    await pending.waitFor();
    await expect.poll(() => pending.textContent()).toContain('Beobachter');
    await page.close();
  });

  it('shows what an invitation is for before accepting, also to someone not logged in', async () => {
    expect(invitationLink).not.toBe('');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await page.goto(invitationLink);
    const preview = page.getByRole('region', { name: 'Bildungsbündnis Musterstadt' });
    await preview.waitFor();
    const text = () => preview.textContent();
    await expect.poll(text).toContain('Stadtwerke Nordkreis GmbH');
    await expect.poll(text).toContain('Amt für Schule und Bildung Musterstadt (Bildungsbüro)');
    await expect.poll(text).toContain('Administrator:innen der Organisation');
    // Only an admin of the invited organisation can accept, logged in: no account creation here.
    await expect.poll(() => page.getByText(/Nur wer sie auf Gemeinwerk verwaltet, kann sie annehmen/).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('link', { name: 'Anmelden' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: 'Konto anlegen und Einladung annehmen' }).count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'invitation-preview');

    await page.setViewportSize({ width: 768, height: 1024 });
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'invitation-preview-tablet');

    // A link that does not exist gets the same clear answer as a withdrawn one.
    await page.goto(`${invitationLink.slice(0, -3)}xyz`);
    await page.getByRole('alert').waitFor();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Diese Einladung gilt nicht mehr');
    await expect.poll(() => page.getByRole('button', { name: 'Konto anlegen und Einladung annehmen' }).count()).toBe(0);
    await page.close();
  });

  it('a withdrawn invitation no longer opens', async () => {
    const page = await browser.newPage({ viewport: { width: 768, height: 1024 }, locale: 'de-DE', bypassCSP: true });
    await membersPage(page);
    await page.getByRole('button', { name: 'Zurückziehen – Stadtwerke Nordkreis GmbH' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Einladung zurückziehen' }).click();
    await page
      .getByRole('region', { name: 'Offene Einladungen' })
      .getByRole('row', { name: /Stadtwerke Nordkreis GmbH/ })
      .waitFor({ state: 'detached' });

    await page.goto(invitationLink);
    await page.getByRole('alert').waitFor();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Diese Einladung gilt nicht mehr');
    await page.close();
  });

  it('keeps the language chosen by a logged-in person in the account, across reloads and devices', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await login(page, baseUrl, DEMO.observer);
    await page.waitForURL(/\/a\/[0-9a-f-]{36}/);
    const saved = page.waitForResponse((r) => r.url().includes('/graphql') && (r.request().postData() ?? '').includes('UpdateMyLocale'));
    await page.getByRole('button', { name: /EN/ }).first().click();
    await saved;
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');

    await page.reload();
    await page.getByRole('navigation').first().waitFor();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');

    // Another device: nothing stored locally, the account's language wins after login.
    const other = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', bypassCSP: true });
    await login(other, baseUrl, DEMO.observer);
    await other.waitForURL(/\/a\/[0-9a-f-]{36}/);
    await other.waitForFunction(() => document.documentElement.lang === 'en');
    await other.getByRole('link', { name: 'Members' }).first().waitFor();

    // Back to German, so that other files meet the demo observer as seeded.
    const reset = other.waitForResponse((r) => r.url().includes('/graphql') && /UpdateMyLocale.*"de"/.test(r.request().postData() ?? ''));
    await other.getByRole('button', { name: /DE/ }).first().click();
    await reset;
    await expect.poll(() => other.getAttribute('html', 'lang')).toBe('de');
    await other.close();
    await page.close();
  });
});
