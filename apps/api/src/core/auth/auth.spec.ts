import { PASSWORD, TestApp } from '../../test/test-app';

const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { token expiresAt user { id email organisations { name } } } }`;
const ME = `{ me { id email name } }`;

describe('login and sessions', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it('logs in with the right password and knows the user', async () => {
    const u = await t.createUser({ email: 'anna@example.org', organisationName: 'Jugendtreff Nord' });
    const login = await t.ok(LOGIN, { i: { email: 'Anna@Example.org ', password: PASSWORD } });
    expect(login.login.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(login.login.user.organisations).toEqual([{ name: 'Jugendtreff Nord' }]);
    const me = await t.ok(ME, {}, { token: login.login.token });
    expect(me.me).toMatchObject({ id: u.id, email: 'anna@example.org' });
    const [session] = await t.sql(`SELECT token_hash FROM sessions WHERE user_id = $1`, [u.id]);
    expect(session.token_hash).not.toContain(login.login.token); // only the hash is stored
  });

  it('answers wrong password, unknown e-mail and disabled account with one generic message', async () => {
    const u = await t.createUser({ email: 'bert@example.org' });
    await t.createUser({ email: 'disabled@example.org' });
    await t.sql(`UPDATE users SET disabled_at = now() WHERE email = 'disabled@example.org'`);
    const answers = await Promise.all([
      t.gql(LOGIN, { i: { email: u.email, password: 'falsch-falsch' } }),
      t.gql(LOGIN, { i: { email: 'nobody@example.org', password: PASSWORD } }),
      t.gql(LOGIN, { i: { email: 'disabled@example.org', password: PASSWORD } }),
    ]);
    for (const a of answers) {
      expect(a.data).toBeFalsy();
      expect(a.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
      expect(a.errors?.[0].message).toBe('E-Mail-Adresse oder Passwort ist falsch.');
    }
    const en = await t.gql(LOGIN, { i: { email: u.email, password: 'x' } }, { lang: 'en-GB,en;q=0.9' });
    expect(en.errors?.[0].message).toBe('E-mail address or password is incorrect.');
    expect(await t.sql(`SELECT * FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email IN ($1, 'disabled@example.org')`, [u.email])).toHaveLength(0);
  });

  it('logout ends the session on the server', async () => {
    const u = await t.userWithToken();
    expect((await t.gql(ME, {}, { token: u.token })).data?.me.id).toBe(u.id);
    expect((await t.ok(`mutation { logout }`, {}, { token: u.token })).logout).toBe(true);
    const after = await t.gql(ME, {}, { token: u.token });
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(after.errors?.[0].message).toBe('Bitte melden Sie sich an.');
  });

  it('a browser login sets an httpOnly SameSite cookie and returns no token', async () => {
    const u = await t.createUser();
    const r = await t.gql(LOGIN, { i: { email: u.email, password: PASSWORD, mode: 'COOKIE' } });
    expect(r.data.login.token).toBeNull();
    const setCookie = r.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^gw_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(';')[0];
    expect((await t.ok(ME, {}, { cookie })).me.id).toBe(u.id);
    const out = await t.gql(`mutation { logout }`, {}, { cookie });
    expect(out.headers.get('set-cookie')).toMatch(/gw_session=;/);
    expect((await t.gql(ME, {}, { cookie })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired or idle session', async () => {
    const u = await t.userWithToken();
    await t.sql(`UPDATE sessions SET last_seen_at = now() - interval '1 day' WHERE user_id = $1`, [u.id]);
    expect((await t.gql(ME, {}, { token: u.token })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const v = await t.userWithToken();
    await t.sql(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [v.id]);
    expect((await t.gql(ME, {}, { token: v.token })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('cuts off a disabled user at once', async () => {
    const u = await t.userWithToken();
    await t.sql(`UPDATE users SET disabled_at = now() WHERE id = $1`, [u.id]);
    expect((await t.gql(ME, {}, { token: u.token })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('validates input with a translated message and no stack trace', async () => {
    const r = await t.gql(LOGIN, { i: { email: 'not-an-email', password: 'x' } });
    expect(r.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(r.errors?.[0].message).toContain('email (keine gültige E-Mail-Adresse)');
    expect(JSON.stringify(r)).not.toMatch(/at .*\.ts:\d+|stacktrace/);
  });

  it('saves the preferred language of the caller only, and refuses unknown ones', async () => {
    const LOCALE = `mutation($i: UpdateMyLocaleInput!) { updateMyLocale(input: $i) { id locale } }`;
    const u = await t.userWithToken();
    const other = await t.userWithToken();
    expect((await t.ok(`{ me { locale } }`, {}, { token: u.token })).me.locale).toBe('de');
    expect((await t.ok(LOCALE, { i: { locale: 'en' } }, { token: u.token })).updateMyLocale).toEqual({ id: u.id, locale: 'en' });
    expect((await t.ok(`{ me { locale } }`, {}, { token: u.token })).me.locale).toBe('en');
    expect((await t.ok(`{ me { locale } }`, {}, { token: other.token })).me.locale).toBe('de');

    for (const locale of ['fr', 'EN', '', 'de-DE']) {
      const r = await t.gql(LOCALE, { i: { locale } }, { token: u.token });
      expect(r.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
      expect(r.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'locale' })]);
    }
    expect(await t.sql(`SELECT locale FROM users WHERE id = $1`, [u.id])).toEqual([{ locale: 'en' }]);
    expect((await t.gql(LOCALE, { i: { locale: 'de' } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
