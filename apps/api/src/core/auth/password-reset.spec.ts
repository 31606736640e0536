import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { linkIn, MailCatcher, queueDrained } from '../../test/mail-catcher';
import { PASSWORD, TestApp } from '../../test/test-app';

const REQUEST = `mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }`;
const RESET = `mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }`;
const LINK = 'http://gemeinwerk.test/reset-password/';

/** A built web app stand-in: the SPA fallback must answer the link's path with the app's page. */
function webDist(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gw-web-'));
  writeFileSync(path.join(dir, 'index.html'), '<!DOCTYPE html><html><body><div id="root">Gemeinwerk</div></body></html>');
  return dir;
}

describe('password reset by e-mail (real SMTP server on loopback)', () => {
  let t: TestApp;
  const smtp = new MailCatcher();
  beforeAll(async () => {
    await smtp.start();
    t = await TestApp.start({ SMTP_URL: smtp.url, MAIL_WORKER: 'true', MAIL_POLL_INTERVAL_MS: '200', WEB_DIST: webDist(), TRUSTED_PROXIES: 'loopback' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('mails a German link that works once, sets the password and ends every session', async () => {
    const user = await t.userWithToken({ name: 'Petra Paulsen' });
    const other = await t.login(user.email);
    expect((await t.ok(REQUEST, { i: { email: ` ${user.email.toUpperCase()} ` } })).requestPasswordReset).toBe(true);
    const [mail] = await smtp.waitForTo(user.email);

    expect(mail.to).toEqual([user.email]);
    expect(mail.subject).toBe('Neues Passwort für Gemeinwerk festlegen');
    expect(mail.language).toBe('de');
    expect(mail.text).toContain('Hallo Petra Paulsen,');
    expect(mail.text).toContain('Der Link gilt 30 Minuten und nur einmal.');
    // Multipart: the same link in the plain text and in accessible HTML.
    expect(mail.parsed.html).toBeTruthy();
    expect(mail.html).toContain('<html lang="de">');
    expect(mail.html).toMatch(/<h1[^>]*>Neues Passwort für Gemeinwerk festlegen<\/h1>/);
    const link = linkIn(mail.text, LINK);
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.html).toContain('>Neues Passwort festlegen</a>');

    // The link leads to the web app's page…
    const page = await fetch(t.local(link), { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    // …which sends the token from its path with the new password.
    const token = decodeURIComponent(new URL(link).pathname.split('/').pop()!);
    expect(token).toMatch(/^[\w-]{43}$/);
    expect((await t.ok(RESET, { i: { token, newPassword: 'ein-ganz-neues-passwort' } })).resetPassword).toBe(true);

    // Every session of the account ended; the new password works, the old one not.
    for (const s of [user.token, other]) expect((await t.gql(`{ me { id } }`, {}, { token: s })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await t.login(user.email, 'ein-ganz-neues-passwort')).toBeTruthy();
    expect(
      (await t.gql(`mutation($i: LoginInput!) { login(input: $i) { token } }`, { i: { email: user.email, password: PASSWORD } })).errors?.[0]?.extensions?.code,
    ).toBe('INVALID_CREDENTIALS');
    // Valid once.
    const again = await t.gql(RESET, { i: { token, newPassword: 'noch-ein-neues-passwort' } });
    expect(again.errors?.[0]?.extensions?.code).toBe('RESET_LINK_INVALID');
    expect(again.errors?.[0]?.message).toMatch(/ungültig, abgelaufen oder wurde schon benutzt/);
    // Only the hash is stored.
    const stored = await t.sql(`SELECT token_hash FROM password_reset_tokens WHERE user_id = $1`, [user.id]);
    expect(stored).toHaveLength(1);
    expect(stored[0].token_hash).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it("writes in the recipient's language: English for an English account, whatever the request's language", async () => {
    const user = await t.createUser({ name: 'Eve English' });
    await t.sql(`UPDATE users SET locale = 'en' WHERE id = $1`, [user.id]);
    await t.ok(REQUEST, { i: { email: user.email } }, { lang: 'de' });
    const [mail] = await smtp.waitForTo(user.email);
    expect(mail.to).toEqual([user.email]);
    expect(mail.subject).toBe('Set a new password for Gemeinwerk');
    expect(mail.language).toBe('en');
    expect(mail.text).toContain('Hello Eve English,');
    expect(mail.text).toContain('The link is valid for 30 minutes and only once.');
    expect(mail.html).toContain('<html lang="en">');
    const token = new URL(linkIn(mail.text, LINK)).pathname.split('/').pop()!;
    expect((await t.ok(RESET, { i: { token, newPassword: 'english-password-1' } }, { lang: 'en' })).resetPassword).toBe(true);
    expect(await t.login(user.email, 'english-password-1')).toBeTruthy();
  });

  it('answers an unknown address exactly like a known one and sends nothing', async () => {
    const known = await t.createUser();
    const outbox = async () => Number((await t.sql(`SELECT count(*) AS n FROM mail_outbox`))[0].n);
    const n0 = await outbox();
    const unknown = await t.gql(REQUEST, { i: { email: 'niemand-hier@example.org' } });
    const knownAnswer = await t.gql(REQUEST, { i: { email: known.email } });
    expect(unknown.status).toBe(knownAnswer.status);
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual(knownAnswer.data);
    await queueDrained(t);
    expect(await outbox()).toBe(n0 + 1);
    expect(await t.sql(`SELECT to_address FROM mail_outbox WHERE to_address LIKE 'niemand%'`)).toEqual([]);
    expect(await t.sql(`SELECT 1 FROM password_reset_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = 'niemand-hier@example.org'`)).toEqual([]);

    // The request only queues the look-up: one write, the same for both. Its time is measured and
    // printed here, not asserted (timing belongs in bench/).
    const time = async (email: string) => {
      const s = process.hrtime.bigint();
      await t.gql(REQUEST, { i: { email } }, { headers: { 'x-forwarded-for': '10.0.0.1' } });
      return Number(process.hrtime.bigint() - s) / 1e6;
    };
    const ms: { known: number[]; unknown: number[] } = { known: [], unknown: [] };
    // Accounts first (password hashing in this process would weigh on the next request), then the
    // two kinds alternately, each starting first half of the time, with the queue idle before each.
    const accounts: { email: string }[] = [];
    for (let i = 0; i < 8; i++) accounts.push(await t.createUser());
    for (let i = 0; i < 8; i++) {
      const pair = [async () => ms.known.push(await time(accounts[i].email)), async () => ms.unknown.push(await time(`unbekannt-${i}@example.org`))];
      for (const run of i % 2 ? pair.reverse() : pair) {
        await queueDrained(t);
        await run();
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const round = (xs: number[]) => xs.map((x) => Math.round(x * 10) / 10);
    console.log(
      `requestPasswordReset: median ${median(ms.known).toFixed(1)} ms for known, ${median(ms.unknown).toFixed(1)} ms for unknown addresses (known ${round(ms.known)}; unknown ${round(ms.unknown)})`,
    );
  });

  it('refuses expired and made-up links, and a disabled account', async () => {
    const user = await t.createUser();
    await t.ok(REQUEST, { i: { email: user.email } });
    await t.ok(REQUEST, { i: { email: user.email } });
    const mail = (await smtp.waitForTo(user.email, 2))[1];
    const token = new URL(linkIn(mail.text, LINK)).pathname.split('/').pop()!;
    await t.sql(`UPDATE password_reset_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    for (const attempt of [token, `${token}x`, 'a'.repeat(43)]) {
      const r = await t.gql(RESET, { i: { token: attempt, newPassword: 'abgelaufen-abgelaufen' } }, { lang: 'en' });
      expect(r.errors?.[0]?.extensions?.code).toBe('RESET_LINK_INVALID');
      expect(r.errors?.[0]?.message).toMatch(/invalid, has expired or was already used/);
    }
    expect(await t.login(user.email)).toBeTruthy();
    // A link of a disabled account does not work either.
    await t.sql(`UPDATE password_reset_tokens SET expires_at = now() + interval '10 minutes' WHERE user_id = $1`, [user.id]);
    await t.sql(`UPDATE users SET disabled_at = now() WHERE id = $1`, [user.id]);
    expect((await t.gql(RESET, { i: { token, newPassword: 'gesperrt-gesperrt-1' } })).errors?.[0]?.extensions?.code).toBe('RESET_LINK_INVALID');
    // A short password: translated validation error, nothing changed.
    await t.sql(`UPDATE users SET disabled_at = NULL WHERE id = $1`, [user.id]);
    const short = await t.gql(RESET, { i: { token, newPassword: 'kurz' } });
    expect(short.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect(await t.sql(`SELECT used_at FROM password_reset_tokens WHERE user_id = $1 AND used_at IS NOT NULL`, [user.id])).toEqual([]);
  });

  it('is rate-limited per address asked for, alike for known and unknown addresses', async () => {
    const user = await t.createUser();
    for (const email of [user.email, 'gibt-es-nicht@example.org']) {
      for (let i = 0; i < 3; i++) expect((await t.gql(REQUEST, { i: { email } })).errors).toBeUndefined();
      const r = await t.gql(REQUEST, { i: { email } });
      expect(r.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    }
  });

  it('a rolled-back change leaves neither a mail nor a delivery job; a committed one both', async () => {
    const user = await t.createUser();
    const jobFor = async (id: string) => t.sql(`SELECT 1 FROM graphile_worker._private_jobs WHERE payload->>'id' = $1`, [id]);
    const insert = `INSERT INTO mail_outbox (id, kind, to_address, user_id, locale, subject, text_body, html_body) VALUES ($1, 'TEST', $2, $3, 'de', 's', 't', 'h')`;
    const runner = t.database.dataSource.createQueryRunner();
    await runner.connect();
    const rolledBack = randomUUID();
    await runner.startTransaction();
    await runner.query(insert, [rolledBack, user.email, user.id]);
    // Before the commit nobody sees the job, and the app role cannot read the mail it just queued.
    expect(await jobFor(rolledBack)).toEqual([]);
    expect(await runner.query(`SELECT id FROM mail_outbox`)).toEqual([]);
    await runner.rollbackTransaction();
    expect(await t.sql(`SELECT 1 FROM mail_outbox WHERE id = $1`, [rolledBack])).toEqual([]);
    expect(await jobFor(rolledBack)).toEqual([]);
    // Committed: the mail and its job, and the worker delivers it.
    const committed = randomUUID();
    await runner.startTransaction();
    await runner.query(insert, [committed, user.email, user.id]);
    await runner.commitTransaction();
    await runner.release();
    await smtp.waitForTo(user.email);
    // The SMTP server has the mail before the worker's transaction that marks it SENT commits: wait for that.
    const status = async () => (await t.sql(`SELECT status FROM mail_outbox WHERE id = $1`, [committed]))[0].status as string;
    for (let i = 0; i < 200 && (await status()) === 'PENDING'; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await status()).toBe('SENT');
  });
});
