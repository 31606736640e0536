import { MailCatcher, queueDrained } from '../../test/mail-catcher';
import { PASSWORD, TestApp } from '../../test/test-app';

const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { token } }`;
const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });

describe('the owner is mailed after repeated failed logins (real SMTP server on loopback)', () => {
  let t: TestApp;
  const smtp = new MailCatcher();
  beforeAll(async () => {
    await smtp.start();
    t = await TestApp.start({
      SMTP_URL: smtp.url,
      MAIL_WORKER: 'true',
      MAIL_POLL_INTERVAL_MS: '200',
      TRUSTED_PROXIES: 'loopback',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '5',
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const fail = async (email: string, times: number) => {
    for (let i = 1; i <= times; i++)
      expect(code(await t.gql(LOGIN, { i: { email, password: `falsch-${i}` } }, from(`198.51.100.${i}`)))).toBe('INVALID_CREDENTIALS');
  };

  it('mails the owner once, in their language, that nobody got in; and nobody for an unknown address', async () => {
    const owner = await t.createUser({ name: 'Petra Paulsen' });
    const english = await t.createUser({ name: 'Sam Smith' });
    await t.sql(`UPDATE users SET locale = 'en' WHERE id = $1`, [english.id]);

    await fail(owner.email, 8);
    await fail(english.email, 5);
    await fail('nobody-here@example.org', 6);
    const [mail] = await smtp.waitForTo(owner.email);
    const [en] = await smtp.waitForTo(english.email);
    await queueDrained(t);

    expect(mail.subject).toBe('Mehrere fehlgeschlagene Anmeldungen bei Ihrem Gemeinwerk-Konto');
    expect(mail.text).toContain('Hallo Petra Paulsen,');
    expect(mail.text).toContain('in den letzten 15 Minuten 5 Anmeldungen mit falschem Passwort gescheitert');
    expect(mail.text).toContain('/account');
    expect(mail.html).toContain('<html lang="de">');
    // Neither the tried passwords nor the callers' addresses.
    expect(mail.text).not.toMatch(/falsch-|198\.51\.100/);
    expect(en.subject).toBe('Several failed sign-ins to your Gemeinwerk account');
    expect(en.language).toBe('en');
    // Once per window, however many more failures followed; nothing for an address without an account.
    expect(smtp.mails.filter((m) => m.to.includes(owner.email))).toHaveLength(1);
    expect(smtp.mails.filter((m) => m.to.includes('nobody-here@example.org'))).toHaveLength(0);
    // And the owner still gets in.
    expect(code(await t.gql(LOGIN, { i: { email: owner.email, password: PASSWORD } }, from('192.0.2.77')))).toBeUndefined();
  }, 120_000);
});
