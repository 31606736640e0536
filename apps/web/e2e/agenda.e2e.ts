import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, DEMO, launch, login, screenshot as fullPageScreenshot, SCREENSHOTS } from './browser';

/** Full-page shots from the top: scrolled, the sticky header would be drawn mid-page. */
async function screenshot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullPageScreenshot(page, name);
}

/** What the user sees: for an open dialog a full-page shot would show the dialog far from its context. */
async function viewportScreenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/**
 * The common agenda and the alliance settings on the demo alliance. Everything this file creates
 * carries a unique stamp; what it changes on shared records (agreement version, profile, colour,
 * logo) is either expected to grow (a new agreement version) or put back at the end.
 */
describe('agenda and settings', () => {
  const baseUrl = inject('baseUrl');
  const stamp = Date.now().toString(36);
  let browser: Browser;
  let allianceUrl = '';
  beforeAll(async () => (browser = await launch()));
  afterAll(() => browser?.close());

  async function openAs(email: string, width = 1280): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: width > 1000 ? 900 : 1024 }, locale: 'de-DE', bypassCSP: true });
    await login(page, baseUrl, email);
    await page.waitForURL(/\/a\/[0-9a-f-]{36}/);
    if (!allianceUrl) allianceUrl = /^(.*\/a\/[0-9a-f-]{36})/.exec(page.url())![1]!;
    return page;
  }

  async function gotoAgenda(page: Page) {
    await page.goto(`${allianceUrl}/agenda`);
    await page.getByRole('heading', { level: 1, name: 'Gemeinsame Zielsetzung' }).waitFor();
    await page.getByRole('list', { name: 'Zielbaum' }).waitFor();
    await page.getByRole('heading', { name: 'Kooperationsvereinbarung', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Versionsverlauf' }).waitFor();
  }

  it('lets the backbone add, move, edit, re-parent and delete a goal with the keyboard-operable controls', async () => {
    const page = await openAs(DEMO.backbone);
    await gotoAgenda(page);
    await expect.poll(() => page.locator('body').textContent()).toContain('Problembeschreibung');
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'agenda');

    const title = `E2E-Ziel ${stamp}`;
    await page.getByRole('button', { name: 'Ziel hinzufügen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ziel hinzufügen' });
    await dialog.getByLabel('Titel', { exact: true }).fill(title);
    await dialog.getByLabel('Beschreibung').fill('Von einem Ende-zu-Ende-Test angelegt.');
    await dialog.getByLabel('Status').selectOption({ label: 'Aktiv' });
    await dialog.getByLabel('Verantwortliche Organisation').selectOption({ label: 'Jugendtreff Oststadt e.V.' });
    await dialog.getByLabel('Beginn').fill('01.01.2027');
    expect(await axe(page)).toEqual([]);
    await viewportScreenshot(page, 'agenda-goal-dialog');
    await dialog.getByRole('button', { name: 'Ziel anlegen' }).click();
    await page.getByRole('heading', { level: 3, name: title }).waitFor();
    await expect.poll(() => page.getByRole('article', { name: title }).textContent()).toContain('Verantwortlich: Jugendtreff Oststadt e.V.');

    // Appended last: it can go up, not down. Moving up by keyboard keeps focus on the control.
    const down = page.getByRole('button', { name: `„${title}“ nach unten verschieben` });
    await expect.poll(() => down.isDisabled()).toBe(true);
    await page.getByRole('button', { name: `„${title}“ nach oben verschieben` }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(`„${title}“ wurde verschoben.`).waitFor({ state: 'attached' });
    await expect.poll(() => down.isDisabled()).toBe(false);

    // Edit the title and place it under the first top-level goal.
    const edited = `${title} (geändert)`;
    await page.getByRole('button', { name: `„${title}“ bearbeiten` }).click();
    const editDialog = page.getByRole('dialog', { name: 'Ziel bearbeiten' });
    await editDialog.getByLabel('Titel', { exact: true }).fill(edited);
    await editDialog.getByLabel('Übergeordnetes Ziel').selectOption({ index: 1 });
    await editDialog.getByRole('button', { name: 'Änderungen speichern' }).click();
    await page.getByRole('heading', { level: 4, name: edited }).waitFor();

    // Clean up: delete it again (it has no links, so the API allows it).
    await page.getByRole('button', { name: `Mehr zu „${edited}“` }).click();
    await page.getByRole('button', { name: 'Löschen' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Ziel löschen' });
    await confirm.getByRole('button', { name: 'Endgültig löschen' }).click();
    await page.getByRole('heading', { name: edited }).waitFor({ state: 'detached' });
    await page.close();
  });

  it('lets the backbone publish a new agreement version and a partner sign it', async () => {
    const backbone = await openAs(DEMO.backbone);
    await gotoAgenda(backbone);
    const before = Number(/Fassung (\d+)/.exec((await backbone.locator('.agreement__version').first().textContent()) ?? '')?.[1]);
    await backbone.getByRole('button', { name: 'Neue Fassung veröffentlichen' }).click();
    const dialog = backbone.getByRole('dialog', { name: 'Neue Fassung veröffentlichen' });
    await dialog.getByLabel('Titel', { exact: true }).fill(`Kooperationsvereinbarung (Fassung ${stamp})`);
    await dialog.getByRole('button', { name: 'Fassung veröffentlichen' }).click();
    await backbone.getByRole('heading', { name: `Kooperationsvereinbarung (Fassung ${stamp})` }).waitFor();
    await expect.poll(() => backbone.locator('.agreement__version').first().textContent()).toContain(`Fassung ${before + 1}`);
    // The backbone sees who has not signed yet: nobody has signed the new version.
    await expect.poll(() => backbone.getByRole('heading', { name: /Noch nicht unterzeichnet/ }).isVisible()).toBe(true);
    await backbone.close();

    const partner = await openAs(DEMO.partner, 768);
    await gotoAgenda(partner);
    // Partners read the agenda but do not shape it.
    await expect.poll(() => partner.getByRole('button', { name: 'Ziel hinzufügen' }).count()).toBe(0);
    await expect.poll(() => partner.getByRole('button', { name: 'Neue Fassung veröffentlichen' }).count()).toBe(0);
    await expect.poll(() => partner.getByRole('heading', { name: /Noch nicht unterzeichnet/ }).count()).toBe(0);
    await partner.getByRole('heading', { name: 'Kooperationsvereinbarung', exact: true }).scrollIntoViewIfNeeded();
    await partner.getByRole('button', { name: 'Jetzt unterzeichnen' }).click();
    const sign = partner.getByRole('alertdialog', { name: 'Vereinbarung unterzeichnen' });
    await expect.poll(() => sign.textContent()).toContain('Jugendtreff Oststadt e.V.');
    expect(await axe(partner)).toEqual([]);
    await viewportScreenshot(partner, 'agenda-agreement');
    await sign.getByRole('button', { name: 'Verbindlich unterzeichnen' }).click();
    await partner.getByText(/Jugendtreff Oststadt e\.V\. hat diese Fassung am .* unterzeichnet/).waitFor();
    await expect.poll(() => partner.getByRole('table', { name: /Fassung \d+ unterzeichnet/ }).textContent()).toContain('Jugendtreff Oststadt e.V.');
    await expect.poll(() => partner.getByRole('button', { name: 'Jetzt unterzeichnen' }).count()).toBe(0);
    expect(await axe(partner)).toEqual([]);
    await screenshot(partner, 'agenda-tablet');
    await partner.close();
  });

  it('shows the agenda read-only to an observer and keeps the settings to the backbone', async () => {
    const page = await openAs(DEMO.observer);
    await gotoAgenda(page);
    await expect.poll(() => page.getByRole('button', { name: 'Ziel hinzufügen' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: /verschieben|bearbeiten/ }).count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: /Mehr zu/ }).count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: 'Neue Fassung veröffentlichen' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('link', { name: 'Einstellungen' }).count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await page.goto(`${allianceUrl}/settings`);
    await page.getByText('Nur für die Geschäftsstelle').waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Profil speichern' }).count()).toBe(0);
    await page.close();
  });

  it('lets the backbone save the profile, refuses a colour without contrast, themes the workspace and takes a logo', async () => {
    const page = await openAs(DEMO.backbone);
    await gotoAgenda(page);
    await page.getByRole('link', { name: 'Profil bearbeiten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Einstellungen des Bündnisses' }).waitFor();
    await expect.poll(() => page.getByLabel('Name des Bündnisses').inputValue()).toBe('Bildungsbündnis Musterstadt');

    // Profile: change the vision and put it back.
    const vision = page.getByLabel('Vision');
    const original = await vision.inputValue();
    await vision.fill(`${original} (E2E ${stamp})`);
    await page.getByRole('button', { name: 'Profil speichern' }).click();
    await page.getByText('Das Profil wurde gespeichert.').waitFor();
    await page.goto(`${allianceUrl}/agenda`);
    await page.getByText(`(E2E ${stamp})`).waitFor();
    await page.goto(`${allianceUrl}/settings`);
    await page.getByLabel('Vision').fill(original);
    await page.getByRole('button', { name: 'Profil speichern' }).click();
    await page.getByText('Das Profil wurde gespeichert.').waitFor();

    // Colour: a light yellow fails AA against white text and is refused, a dark purple passes.
    const code = page.getByLabel('Farbcode');
    await code.fill('#ffcc00');
    await page.getByText(/zu gering \(mindestens 4,5 : 1\)/).waitFor();
    await page.getByRole('button', { name: 'Erscheinungsbild speichern' }).click();
    await page.getByRole('alert').filter({ hasText: 'zu hell für weiße Schrift' }).waitFor();
    await code.fill('#8a1c7c');
    await page.getByText(/erfüllt WCAG AA/).waitFor();

    // Logo: a wrong file type is explained, an SVG is taken.
    const upload = page.getByLabel('Logo hochladen');
    await upload.setInputFiles({ name: 'notiz.txt', mimeType: 'text/plain', buffer: Buffer.from('kein Bild') });
    await page.getByText('Diese Datei ist kein unterstütztes Bild.').waitFor();
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" rx="6" fill="#8a1c7c"/><text x="60" y="26" font-size="16" text-anchor="middle" fill="#fff">BBM</text></svg>';
    await upload.setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(svg) });
    await page.getByRole('img', { name: 'Vorschau des Logos' }).waitFor();
    await page.getByRole('button', { name: 'Erscheinungsbild speichern' }).click();
    await page.getByText('Das Erscheinungsbild wurde gespeichert.').waitFor();

    // The workspace now carries the colour and the logo.
    await expect.poll(() => page.locator('.workspace-theme').evaluate((el) => getComputedStyle(el).getPropertyValue('--color-accent').trim())).toBe('#8a1c7c');
    await page.locator('.alliance-summary__logo').waitFor();
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'settings');

    await page.setViewportSize({ width: 768, height: 1024 });
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'settings-tablet');

    // Put the demo alliance back as it was for the other files.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Standardfarbe verwenden' }).click();
    await page.getByRole('button', { name: 'Logo entfernen' }).click();
    await page.getByRole('button', { name: 'Erscheinungsbild speichern' }).click();
    await page.getByText('Das Erscheinungsbild wurde gespeichert.').waitFor();
    await page.locator('.alliance-summary__logo').waitFor({ state: 'detached' });

    // Districts: one list; a shape comes as a GeoJSON file; a district in use is merged into another.
    const districts = page.locator('section', { has: page.getByRole('heading', { name: 'Stadtteile und Gemeinden' }) });
    const name = `Testviertel ${stamp}`;
    await districts.getByLabel('Name').fill(name);
    const shape = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [9.99, 53.55],
            [10.01, 53.55],
            [10.01, 53.56],
            [9.99, 53.55],
          ],
        ],
      },
    };
    await districts
      .getByLabel(/Umriss als GeoJSON-Datei/)
      .setInputFiles({ name: 'viertel.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(shape)) });
    await districts.getByRole('button', { name: 'Hinzufügen' }).click();
    await districts.getByText(`„${name}“ wurde hinzugefügt.`).waitFor();
    const row = districts.getByRole('row', { name: new RegExp(name) });
    await expect.poll(() => row.textContent()).toContain('hinterlegt');
    expect(await axe(page)).toEqual([]);
    // An element shot scrolls the page; the sticky bars would be drawn across the section.
    const unstick = await page.addStyleTag({ content: '.topbar, .sidebar { position: static !important; }' });
    await districts.screenshot({ path: path.join(SCREENSHOTS, 'settings-districts.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await districts.screenshot({ path: path.join(SCREENSHOTS, 'settings-districts-phone.png') });
    await unstick.evaluate((el) => el.remove());
    await page.setViewportSize({ width: 1280, height: 900 });
    await districts.getByRole('button', { name: `${name} löschen` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Löschen' }).click();
    await districts.getByText(`„${name}“ wurde gelöscht.`).waitFor();
    await page.close();
  });
});
