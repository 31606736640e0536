import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, apiLogin, axe, DEMO, launch, login, screenshot, screenshotFromTop } from './browser';

/** The mails the app wrote to one address (no SMTP_URL: .eml files), oldest first. */
async function mailsTo(dir: string, address: string) {
  const files = (() => {
    try {
      return readdirSync(dir)
        .filter((f) => f.endsWith('.eml'))
        .sort();
    } catch {
      return [];
    }
  })();
  const parsed = await Promise.all(files.map(async (f) => simpleParser(readFileSync(path.join(dir, f)))));
  return parsed.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((a) => a?.text.includes(address)));
}

/** What the page's own cookie session gets for the alliance, asked from inside the page. */
async function allianceAnswer(page: Page, allianceId: string): Promise<string> {
  return page.evaluate(async (id) => {
    const r = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query($a: ID!) { alliance(allianceId: $a) { name } }', variables: { a: id } }),
    });
    const body = (await r.json()) as { data?: { alliance: { name: string } }; errors?: { extensions?: { code?: string } }[] };
    return body.errors?.[0]?.extensions?.code ?? body.data!.alliance.name;
  }, allianceId);
}

describe('colleagues: a partner admin invites a colleague by mail, and removes them again', () => {
  const baseUrl = inject('baseUrl');
  const mailDir = inject('mailDir');
  const colleague = `kollegin-${Date.now().toString(36)}@jugendtreff-oststadt.example`;
  let browser: Browser;
  beforeAll(async () => (browser = await launch()));
  afterAll(async () => browser?.close());

  it('invite → the colleague opens the link from the mail, sets a password, sees the alliance → removed → the open session loses access', async () => {
    const admin = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', bypassCSP: true });
    await login(admin, baseUrl, DEMO.partner);
    // The only alliance opens by itself; wait for it before using the menu.
    await admin.waitForURL(/\/a\/[^/]+\/dashboard/);
    await admin.getByRole('button', { name: /Benutzermenü/ }).click();
    await admin.getByRole('link', { name: 'Kolleginnen und Kollegen' }).click();
    await admin.waitForURL(/\/colleagues$/);
    await admin.getByRole('heading', { name: 'Kolleginnen und Kollegen' }).waitFor();
    await admin.getByLabel('E-Mail-Adresse der Kollegin oder des Kollegen').fill(colleague);
    await admin.getByRole('button', { name: 'Per E-Mail einladen' }).click();
    await admin.getByText(`Die Einladung an ${colleague} ist unterwegs.`).waitFor();
    await admin.getByText(colleague).first().waitFor();
    expect(await axe(admin)).toEqual([]);
    await screenshotFromTop(admin, 'colleagues-invite');

    // The mail: German, multipart, with a link to this installation.
    await expect.poll(async () => (await mailsTo(mailDir, colleague)).length, { timeout: 30_000 }).toBe(1);
    const [mail] = await mailsTo(mailDir, colleague);
    expect(mail!.subject).toMatch(/^Einladung: Arbeiten Sie bei .+ in Gemeinwerk mit$/);
    expect(mail!.text).toContain('Deniz Yılmaz lädt Sie ein');
    expect(mail!.html).toContain('<html lang="de">');
    const link = mail!.text!.match(new RegExp(`${baseUrl.replace(/[.:/]/g, '\\$&')}/colleague-invitation/[\\w%-]+`))![0];

    // The colleague, on a phone: name and password, then straight into the alliance.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE', bypassCSP: true });
    const phone = await context.newPage();
    await phone.goto(link);
    await phone.getByText('Deniz Yılmaz lädt Sie ein').waitFor();
    expect(await axe(phone)).toEqual([]);
    await phone.getByLabel('Ihr Name').fill('Kim Kollegin');
    await phone.getByLabel('Passwort', { exact: true }).fill('Kims-Passwort-2026');
    await phone.getByLabel('Passwort wiederholen').fill('Kims-Passwort-2026');
    await screenshot(phone, 'colleagues-accept-phone');
    await phone.getByRole('button', { name: 'Konto anlegen und annehmen' }).click();
    await phone.waitForURL(/\/a\/[^/]+\/dashboard/);
    const allianceId = new URL(phone.url()).pathname.split('/')[2]!;
    expect(await allianceAnswer(phone, allianceId)).not.toMatch(/^[A-Z_]+$/);

    // The admin sees her in the list; the backbone sees her name on the members page.
    await admin.reload();
    const row = admin.getByRole('listitem').filter({ hasText: 'Kim Kollegin' });
    await row.waitFor();
    await screenshotFromTop(admin, 'colleagues-list');
    const backbone = await apiLogin(baseUrl, DEMO.backbone);
    const people = await api<{ memberPeople: { name: string }[] }>(baseUrl, backbone, `query($a: ID!) { memberPeople(allianceId: $a) { name } }`, {
      a: allianceId,
    });
    expect(people.memberPeople.map((p) => p.name)).toContain('Kim Kollegin');
    expect(JSON.stringify(people)).not.toContain(colleague);

    // Removed: her open session gets nothing of the alliance any more.
    await row.getByRole('button', { name: 'Kim Kollegin entfernen' }).click();
    const dialog = admin.getByRole('alertdialog');
    await dialog.getByRole('button', { name: 'Entfernen' }).click();
    await admin.getByRole('listitem').filter({ hasText: 'Kim Kollegin' }).waitFor({ state: 'detached' });
    expect(['NOT_FOUND', 'UNAUTHENTICATED']).toContain(await allianceAnswer(phone, allianceId));
    await phone.reload();
    await phone.waitForURL(/\/login/);
    await context.close();
    await admin.close();
  });

  it('the account page: sessions with "sign out everywhere else", the data export as a download, the erasure asks first', async () => {
    const other = await apiLogin(baseUrl, DEMO.observer);
    for (const [width, height, suffix] of [
      [1280, 800, ''],
      [390, 844, '-phone'],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height }, locale: 'de-DE', bypassCSP: true });
      await login(page, baseUrl, DEMO.observer);
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await page.goto(`${baseUrl}/account`);
      await page.getByRole('heading', { name: 'Angemeldete Geräte' }).waitFor();
      await page.getByText('Dieses Gerät').waitFor();
      expect(await axe(page)).toEqual([]);
      await screenshotFromTop(page, `account${suffix}`);
      await page.close();
    }
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', acceptDownloads: true, bypassCSP: true });
    await login(page, baseUrl, DEMO.observer);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${baseUrl}/account`);
    await page.getByText('Dieses Gerät').waitFor();
    await page.getByRole('button', { name: 'Überall sonst abmelden' }).click();
    await page.getByText(/andere Sitzungen? (wurde|wurden) beendet/).waitFor();
    await expect(api(baseUrl, other, `{ me { id } }`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Meine Daten herunterladen' }).click()]);
    expect(download.suggestedFilename()).toBe('gemeinwerk-meine-daten.json');
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { account: { email: string } };
    expect(exported.account.email).toBe(DEMO.observer);

    await page.getByRole('button', { name: 'Konto löschen …' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText('Anonymisiert bleiben').waitFor();
    await screenshot(page, 'account-erase-dialog');
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await api<{ me: { email: string } }>(baseUrl, await apiLogin(baseUrl, DEMO.observer), `{ me { email } }`)).me.email).toBe(DEMO.observer);
    await page.close();
  });
});
