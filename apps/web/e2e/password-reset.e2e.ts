import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, axe, DEMO, launch, screenshot } from './browser';

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

describe('password reset by e-mail', () => {
  const baseUrl = inject('baseUrl');
  const mailDir = inject('mailDir');
  const NEW_PASSWORD = 'Ein-neues-Passwort-2026';
  let browser: Browser;
  beforeAll(async () => (browser = await launch()));
  afterAll(async () => {
    await browser?.close();
    // Later files sign in with the demo password: give it back.
    const login = await api<{ login: { token: string } }>(baseUrl, null, `mutation($i: LoginInput!) { login(input: $i) { token } }`, {
      i: { email: DEMO.observer, password: NEW_PASSWORD, mode: 'TOKEN' },
    }).catch(() => null);
    if (login) {
      await api(baseUrl, login.login.token, `mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`, {
        i: { currentPassword: NEW_PASSWORD, newPassword: DEMO.password },
      });
    }
  });

  it('"Passwort vergessen?" → mail with a link → new password → sign-in with it; the link works once', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', bypassCSP: true });
    await page.goto(`${baseUrl}/login`);
    await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
    await page.waitForURL(/\/forgot-password$/);
    await page.getByRole('heading', { name: 'Passwort vergessen?' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByLabel('E-Mail-Adresse').fill(DEMO.observer);
    await page.getByRole('button', { name: 'Link anfordern' }).click();
    await page.getByText('E-Mail ist unterwegs').waitFor();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`Wenn es ein Konto mit der Adresse ${DEMO.observer} gibt`);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'password-forgot-sent');

    // The mail: German, multipart, with the link to this installation.
    await expect.poll(async () => (await mailsTo(mailDir, DEMO.observer)).length, { timeout: 30_000 }).toBe(1);
    const [mail] = await mailsTo(mailDir, DEMO.observer);
    expect(mail!.subject).toBe('Neues Passwort für Gemeinwerk festlegen');
    expect(mail!.html).toContain('<html lang="de">');
    const link = mail!.text!.match(new RegExp(`${baseUrl.replace(/[.:/]/g, '\\$&')}/reset-password/[\\w-]+`))![0];

    await page.goto(link);
    await page.getByRole('heading', { name: 'Neues Passwort festlegen' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByLabel('Neues Passwort', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Neues Passwort wiederholen').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await page.getByText('Passwort geändert').waitFor();
    await screenshot(page, 'password-reset-done');
    await page.getByRole('link', { name: 'Zur Anmeldung' }).click();
    await page.waitForURL(/\/login/);
    await page.getByLabel('E-Mail-Adresse').fill(DEMO.observer);
    await page.getByLabel('Passwort').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    // The same link a second time: refused, with the way to a new one.
    const again = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'de-DE', bypassCSP: true });
    await again.goto(link);
    await again.getByLabel('Neues Passwort', { exact: true }).fill('Noch-ein-Passwort-2026');
    await again.getByLabel('Neues Passwort wiederholen').fill('Noch-ein-Passwort-2026');
    await again.getByRole('button', { name: 'Passwort speichern' }).click();
    await again.getByRole('alert').waitFor();
    await expect.poll(() => again.getByRole('alert').textContent()).toContain('ungültig, abgelaufen oder wurde schon benutzt');
    await expect.poll(() => again.getByRole('link', { name: 'Neuen Link anfordern' }).isVisible()).toBe(true);
    expect(await axe(again)).toEqual([]);
    await again.close();
    await page.close();
  });
});
