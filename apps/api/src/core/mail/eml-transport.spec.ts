import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { TestApp } from '../../test/test-app';

const REQUEST = `mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }`;

async function until(f: () => boolean, timeoutMs = 20_000) {
  const end = Date.now() + timeoutMs;
  while (!f()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('without SMTP_URL: mails as .eml files and the development page', () => {
  it('writes each mail as a multipart .eml file that /dev/mail lists and shows', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gw-eml-'));
    const t = await TestApp.start({ MAIL_DIR: dir, MAIL_WORKER: 'true', MAIL_POLL_INTERVAL_MS: '200' });
    try {
      const user = await t.createUser({ name: 'Emil Eml' });
      await t.ok(REQUEST, { i: { email: user.email } });
      await until(() => readdirSync(dir).some((f) => f.endsWith('.eml')));
      const [file] = readdirSync(dir).filter((f) => f.endsWith('.eml'));
      const raw = readFileSync(path.join(dir, file));
      expect(raw.toString()).toMatch(/Content-Type: multipart\/alternative/);
      const mail = await simpleParser(raw);
      expect(mail.subject).toBe('Neues Passwort für Gemeinwerk festlegen');
      expect((Array.isArray(mail.to) ? mail.to[0] : mail.to)!.text).toBe(user.email);
      expect(mail.text).toContain('http://gemeinwerk.test/reset-password/');
      expect(mail.html).toContain('<html lang="de">');
      expect((await t.sql(`SELECT status FROM mail_outbox`))[0].status).toBe('SENT');

      const list = await fetch(`${t.url}/dev/mail`);
      expect(list.status).toBe(200);
      const html = await list.text();
      expect(html).toContain(user.email);
      expect(html).toContain(`href="/dev/mail/${file}"`);
      const show = await (await fetch(`${t.url}/dev/mail/${file}`)).text();
      expect(show).toContain('Hallo Emil Eml,');
      expect((await fetch(`${t.url}/dev/mail/${file}/html`)).headers.get('content-type')).toMatch(/text\/html/);
      expect((await fetch(`${t.url}/dev/mail/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
      expect((await fetch(`${t.url}/dev/mail/nicht-da.eml`)).status).toBe(404);
    } finally {
      await t.close();
    }
  });

  it('production mode has no /dev/mail page', async () => {
    const t = await TestApp.start({ NODE_ENV: 'production' });
    try {
      expect((await fetch(`${t.url}/dev/mail`)).status).toBe(404);
    } finally {
      await t.close();
    }
  });
});
