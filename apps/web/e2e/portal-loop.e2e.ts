import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, DEMO, launch, screenshotFromTop, screenshotTop, tabTo } from './browser';
import { startDemoInstallation, type DemoInstallation } from './demo-install';
import { Mailbox } from './mail';

/**
 * Issue 13's "done when", in one loop on the demo's "Chancenportal Musterstadt", the mails read
 * from a real SMTP server on loopback: a provider signs up on the portal and enters an offer → the
 * editors return it with a reason → the provider fixes it → the editors approve → a visitor
 * without login finds it by a misspelled word (keyboard only), filters by district on the map and
 * asks the provider, whose mailbox gets the question → the provider changes the offer, and the
 * public page shows the old version until the editors approve the new one.
 *
 * The steps share `world` and run in order (each `it` is one actor's turn).
 */
describe('the Chancenportal loop', () => {
  const mailbox = new Mailbox();
  let app: DemoInstallation;
  let browser: Browser;
  const world = {
    slug: 'musterstadt',
    allianceId: '',
    provider: { organisation: 'Töpferei am Hafen e. V.', name: 'Paula Ton', email: 'paula@toepferei-hafen.example', password: 'Toepferei-Geheimnis-2026' },
    offer: {
      title: 'Töpferwerkstatt für Familien',
      fixedSummary: 'Gemeinsam mit Ton arbeiten, jeden Samstag, ohne Vorkenntnisse.',
      changedTitle: 'Töpferwerkstatt für Familien und Großeltern',
      district: 'Altstadt',
    },
    reason: 'Bitte eine Kurzbeschreibung ergänzen: Wann findet die Werkstatt statt?',
    misspelled: 'Töpferwerkstat',
    offerId: '',
  };

  beforeAll(async () => {
    await mailbox.start();
    app = await startDemoInstallation({ SMTP_URL: mailbox.url });
    browser = await launch();
    const portal = (await (await fetch(`${app.baseUrl}/api/portal/${world.slug}`)).json()) as { providerSignup: string };
    world.allianceId = portal.providerSignup;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await mailbox.stop();
  });

  const newPage = (width = 1280, height = 900): Promise<Page> => browser.newPage({ viewport: { width, height }, locale: 'de-DE', bypassCSP: true });

  async function login(page: Page, email: string, password = DEMO.password) {
    await page.goto(`${app.baseUrl}/login`);
    await page.getByLabel('E-Mail-Adresse', { exact: true }).fill(email);
    await page.getByLabel('Passwort', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  }

  async function myOffers(): Promise<Page> {
    const page = await newPage();
    await login(page, world.provider.email, world.provider.password);
    await page.getByRole('heading', { level: 1, name: 'Meine Angebote' }).waitFor();
    return page;
  }

  async function queue(width = 1280): Promise<Page> {
    const page = await newPage(width);
    await login(page, DEMO.backbone);
    await page.goto(`${app.baseUrl}/a/${world.allianceId}/portal/queue`);
    await page.getByRole('heading', { level: 1, name: 'Freigabe von Angeboten' }).waitFor();
    return page;
  }

  const card = (page: Page, title: string) => page.locator('li.card').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

  it('a provider signs up on the portal, confirms the address and enters an offer', async () => {
    const page = await newPage();
    await page.goto(`${app.baseUrl}/portal/${world.slug}`);
    await page.getByRole('link', { name: 'Als Anbieter mitmachen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Als Anbieter mitmachen' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByLabel('Name der Organisation', { exact: true }).fill(world.provider.organisation);
    await page.getByLabel('Ihr Name', { exact: true }).fill(world.provider.name);
    await page.getByLabel('Ihre E-Mail-Adresse', { exact: true }).fill(world.provider.email);
    await page.getByLabel('Passwort', { exact: true }).fill(world.provider.password);
    await page.getByRole('button', { name: 'Registrieren' }).click();
    await page.getByText('E-Mail ist unterwegs').waitFor();

    const link = await mailbox.linkTo(world.provider.email, app.baseUrl, '/verify-email');
    await page.goto(link);
    await page.getByRole('button', { name: 'Adresse bestätigen' }).click();
    await page.getByText('Ihre Adresse ist bestätigt').waitFor();
    await page.close();

    const mine = await myOffers();
    // A provider reaches its offers and nothing of the alliance's workspace.
    expect(await mine.getByRole('link', { name: 'Indikatoren' }).count()).toBe(0);
    await mine.getByRole('button', { name: 'Neues Angebot' }).click();
    await mine.getByLabel('Titel', { exact: true }).fill(world.offer.title);
    await mine.getByLabel('Kategorien').fill('Kultur, Familie');
    await mine.getByLabel('Zielgruppen').fill('Familien');
    await mine.getByLabel('Stadtteil', { exact: true }).selectOption({ label: world.offer.district });
    await mine.getByLabel('Sprachen', { exact: true }).fill('de');
    await mine.getByRole('button', { name: 'Zur Freigabe einreichen' }).click();
    await mine.getByText('Danke! Die Redaktion prüft Ihren Eintrag.').waitFor();
    await expect.poll(() => card(mine, world.offer.title).textContent()).toContain('Wartet auf Freigabe');
    expect(await axe(mine)).toEqual([]);
    await mine.close();
  });

  it('the editors return it with a reason; the provider hears of it and fixes it', async () => {
    const page = await queue();
    const entry = card(page, world.offer.title);
    await entry.getByRole('table', { name: `Änderungen an „${world.offer.title}“` }).waitFor();
    expect(await axe(page)).toEqual([]);
    await entry.getByLabel('Begründung für die Rückgabe').fill(world.reason);
    await entry.getByRole('button', { name: 'Zurückgeben' }).click();
    await expect.poll(() => entry.count()).toBe(0);
    await page.close();

    const mine = await myOffers();
    const offer = card(mine, world.offer.title);
    await expect.poll(() => offer.textContent()).toContain(`Zurückgegeben von der Redaktion: ${world.reason}`);
    await offer.getByRole('button', { name: 'Überarbeiten' }).click();
    await mine.getByLabel('Kurzbeschreibung').fill(world.offer.fixedSummary);
    await mine.getByRole('button', { name: 'Zur Freigabe einreichen' }).click();
    await mine.getByText('Danke! Die Redaktion prüft Ihren Eintrag.').waitFor();
    await expect.poll(() => card(mine, world.offer.title).textContent()).toContain('Wartet auf Freigabe');
    await mine.close();
  });

  it('the editors see the fix as a diff and approve it', async () => {
    const page = await queue();
    const entry = card(page, world.offer.title);
    await expect.poll(() => entry.getByRole('table').textContent()).toContain(world.offer.fixedSummary);
    await screenshotFromTop(page, 'portal-queue');
    await entry.getByRole('button', { name: 'Freigeben' }).click();
    await expect.poll(() => entry.count()).toBe(0);
    await page.close();
  });

  it('a visitor finds it by a misspelled word with the keyboard only; the public pages have no axe violations', async () => {
    const page = await newPage();
    await page.goto(`${app.baseUrl}/portal/${world.slug}`);
    await page.getByRole('heading', { level: 2, name: /Angebote$/ }).waitFor();
    expect(await axe(page)).toEqual([]);
    await screenshotFromTop(page, 'portal');
    await tabTo(page, 'Angebote durchsuchen');
    await page.keyboard.type(world.misspelled);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === world.misspelled);
    await page.getByRole('link', { name: world.offer.title }).waitFor();
    await tabTo(page, world.offer.title);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/angebote\/[0-9a-f-]{36}$/);
    world.offerId = /\/angebote\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
    await page.getByRole('heading', { level: 1, name: world.offer.title }).waitFor();
    expect(await page.textContent('main')).toContain(world.offer.fixedSummary);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('the visitor filters by district on the map and asks the provider, whose mailbox gets the question', async () => {
    const page = await newPage();
    const portal = (await (await fetch(`${app.baseUrl}/api/portal/${world.slug}`)).json()) as {
      districts: { id: string; name: string; geojson: { coordinates: number[][][] } }[];
    };
    await page.goto(`${app.baseUrl}/portal/${world.slug}`);
    await page.getByRole('button', { name: 'Karte' }).click();
    const canvas = page.locator('.portal-map__canvas canvas');
    await canvas.waitFor();
    expect(await page.locator('.portal-map__fallback').count()).toBe(0);
    await page.waitForLoadState('networkidle');
    // Loaded, with the offers drawn (cluster counts are placed after the map's load, when its clicks are wired).
    await page.locator('.portal-map__count').first().waitFor();
    // The map fits all districts' bounds (padding 24 px): where the district's middle is on the canvas.
    const box = (await canvas.boundingBox())!;
    const target = portal.districts.find((d) => d.name === world.offer.district)!;
    const at = canvasPoint(
      portal.districts.flatMap((d) => d.geojson.coordinates[0]!),
      target.geojson.coordinates[0]!,
      box,
    );
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.waitForURL((url) => url.searchParams.get('district') === target.id);
    await expect.poll(() => page.getByLabel('Stadtteil', { exact: true }).inputValue()).toBe(target.id);
    await page.getByRole('link', { name: world.offer.title }).waitFor();
    expect(await axe(page)).toEqual([]);
    await screenshotFromTop(page, 'portal-map');

    await page.getByRole('link', { name: world.offer.title }).click();
    await page.getByRole('heading', { level: 1, name: world.offer.title }).waitFor();
    // The provider's address is not on the page.
    expect(await page.content()).not.toContain(world.provider.email);
    await page.getByLabel('Ihr Name', { exact: true }).fill('Vera Besucherin');
    await page.getByLabel('Ihre E-Mail-Adresse', { exact: true }).fill('vera@example.org');
    await page.getByLabel('Ihre Nachricht', { exact: true }).fill('Kann meine Tochter (6 Jahre) auch ohne Anmeldung kommen?');
    await page.getByRole('button', { name: 'Nachricht senden' }).click();
    await page.getByText('Danke! Ihre Nachricht wurde an den Anbieter gesendet.').waitFor();
    expect(await axe(page)).toEqual([]);
    const mail = await mailbox.latestTo(world.provider.email, new RegExp(world.offer.title));
    expect(mail.text).toContain('Kann meine Tochter (6 Jahre) auch ohne Anmeldung kommen?');
    expect(mail.text).toContain('vera@example.org');
    await page.close();
  });

  it('the provider changes the offer; the old version stays public until the editors approve the new one', async () => {
    const mine = await myOffers();
    await card(mine, world.offer.title).getByRole('button', { name: 'Ändern' }).click();
    await mine.getByLabel('Titel', { exact: true }).fill(world.offer.changedTitle);
    await mine.getByRole('button', { name: 'Zur Freigabe einreichen' }).click();
    await mine.getByText('Danke! Die Redaktion prüft Ihren Eintrag.').waitFor();
    await expect.poll(() => card(mine, world.offer.title).textContent()).toContain('Änderung wartet auf Freigabe');
    await mine.close();

    const visitor = await newPage();
    const offerUrl = `${app.baseUrl}/portal/${world.slug}/angebote/${world.offerId}`;
    await visitor.goto(offerUrl);
    await visitor.getByRole('heading', { level: 1, name: world.offer.title, exact: true }).waitFor();

    const page = await queue();
    const entry = card(page, world.offer.changedTitle);
    const diff = entry.getByRole('table');
    await expect.poll(() => diff.locator('del').first().textContent()).toBe(world.offer.title);
    await expect.poll(() => diff.locator('ins').first().textContent()).toBe(world.offer.changedTitle);
    await screenshotFromTop(page, 'portal-queue-change');
    const phone = await queue(390);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshotFromTop(phone, 'portal-queue-phone');
    await phone.close();
    await entry.getByRole('button', { name: 'Freigeben' }).click();
    await expect.poll(() => entry.count()).toBe(0);
    await page.close();

    await visitor.close();
    // A new visitor (the offer page is cached for 30 s in a browser that saw it before).
    const later = await newPage();
    await later.goto(offerUrl);
    await later.getByRole('heading', { level: 1, name: world.offer.changedTitle, exact: true }).waitFor();
    await later.close();
  });

  it('phone pictures of the portal and the map; the planning view at both widths', async () => {
    const phone = await newPage(390, 844);
    await phone.goto(`${app.baseUrl}/portal/${world.slug}`);
    await phone.getByRole('heading', { level: 2, name: /Angebote$/ }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshotFromTop(phone, 'portal-phone');
    await phone.getByRole('button', { name: 'Karte' }).click();
    await phone.locator('.portal-map__canvas canvas').waitFor();
    expect(await axe(phone)).toEqual([]);
    await screenshotFromTop(phone, 'portal-map-phone');
    await phone.close();

    for (const [width, name] of [
      [1280, 'portal-planning'],
      [390, 'portal-planning-phone'],
    ] as const) {
      const page = await newPage(width);
      await login(page, DEMO.backbone);
      await page.goto(`${app.baseUrl}/a/${world.allianceId}/portal/planning`);
      await page.getByRole('heading', { level: 1, name: 'Auswertung für die Planung' }).waitFor();
      await page.getByRole('table').first().waitFor();
      expect(await axe(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await screenshotFromTop(page, name);
      await page.close();
    }
  });

  it('the backbone sets a district’s population in the portal settings; the planning view counts per 1,000 with it', async () => {
    const page = await newPage();
    await login(page, DEMO.backbone);
    await page.goto(`${app.baseUrl}/a/${world.allianceId}/portal/settings`);
    await page.getByRole('heading', { level: 1, name: 'Einstellungen des Chancenportals' }).waitFor();
    expect(await page.getByLabel('Name des Portals').inputValue()).toBe('Chancenportal Musterstadt');
    expect(await axe(page)).toEqual([]);
    await screenshotFromTop(page, 'portal-settings');
    const population = page.getByLabel(world.offer.district);
    await population.fill('12000');
    await page.getByRole('button', { name: 'Einwohnerzahlen speichern' }).click();
    await page.getByText('Gespeichert.').waitFor();
    await page.getByRole('link', { name: 'Planung' }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: world.offer.district }) });
    await expect.poll(() => row.getByRole('cell').first().textContent()).toBe('12.000');
    const phone = await newPage(390, 844);
    await login(phone, DEMO.backbone);
    await phone.goto(`${app.baseUrl}/a/${world.allianceId}/portal/settings`);
    await phone.getByRole('heading', { level: 1, name: 'Einstellungen des Chancenportals' }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshotFromTop(phone, 'portal-settings-phone');
    await phone.close();
    await page.close();
  });

  it('the backbone gives the portal a logo; a wrong tile address is refused in words; the public header shows the logo', async () => {
    const page = await newPage();
    await login(page, DEMO.backbone);
    await page.goto(`${app.baseUrl}/a/${world.allianceId}/portal/settings`);
    await page.getByRole('heading', { level: 1, name: 'Einstellungen des Chancenportals' }).waitFor();
    expect(await page.getByLabel('Adresse des Portals').inputValue()).toBe(world.slug);
    // A tile address without its placeholders: refused with the reason, nothing saved (no tile is ever loaded here).
    await page.getByLabel('Kacheln (URL-Vorlage)').fill('https://tiles.example.org/karte.png');
    await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await page.getByText('Bitte eine https-Adresse mit den Platzhaltern für Zoomstufe und Kachel angeben').waitFor();
    await page.getByLabel('Kacheln (URL-Vorlage)').fill('');
    await page.getByText('Bitte eine https-Adresse mit den Platzhaltern').waitFor({ state: 'detached' });
    // A logo drawn in the browser (no file from outside), uploaded through the file field.
    const png = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 360;
      canvas.height = 96;
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#0e5a61';
      g.fillRect(0, 0, 360, 96);
      g.fillStyle = '#f7c948';
      g.beginPath();
      g.arc(48, 48, 30, 0, Math.PI * 2);
      g.fill();
      g.fillStyle = '#ffffff';
      g.font = 'bold 34px sans-serif';
      g.fillText('Musterstadt', 96, 60);
      return canvas.toDataURL('image/png').split(',')[1]!;
    });
    await page.getByLabel('Logo hochladen').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') });
    await page.getByRole('img', { name: 'Aktuelles Logo' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await screenshotFromTop(page, 'portal-settings-map-logo');
    await page.close();

    const visitor = await newPage();
    await visitor.goto(`${app.baseUrl}/portal/${world.slug}`);
    const logo = visitor.locator('header img.portal__logo');
    await logo.waitFor();
    expect(await logo.getAttribute('src')).toMatch(new RegExp(`^/api/portal/${world.slug}/logo\\?v=[0-9a-f]{12}$`));
    await expect.poll(() => logo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await axe(visitor)).toEqual([]);
    await screenshotTop(visitor, 'portal-header-logo', 420);
    await visitor.close();
  });

  it('the link of the reminder mail confirms the offer in one click', async () => {
    const mine = await myOffers();
    await mine.goto(`${app.baseUrl}/portal/${world.allianceId}/offers/${world.offerId}/confirm`);
    await mine.getByText(`„${world.offer.changedTitle}“ ist als aktuell bestätigt.`).waitFor();
    await mine.close();
  });
});

/** Where a polygon's middle lies on a MapLibre canvas that was fitted to `all` points with 24 px padding (Web Mercator). */
function canvasPoint(all: number[][], polygon: number[][], box: { width: number; height: number }) {
  const mx = (lng: number) => (lng + 180) / 360;
  const my = (lat: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
  const xs = all.map((p) => mx(p[0]!));
  const ys = all.map((p) => my(p[1]!));
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((box.width - 48) / (x1 - x0), (box.height - 48) / (y1 - y0));
  const px = polygon.map((p) => mx(p[0]!));
  const py = polygon.map((p) => my(p[1]!));
  const cx = (Math.min(...px) + Math.max(...px)) / 2;
  const cy = (Math.min(...py) + Math.max(...py)) / 2;
  return { x: box.width / 2 + (cx - (x0 + x1) / 2) * scale, y: box.height / 2 + (cy - (y0 + y1) / 2) * scale };
}
