import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../../app.factory';
import { loadConfig } from '../../config/app-config';
import { type Database, openDatabase } from '../../database/database';
import { PASSWORD, TestApp } from '../../test/test-app';
import { FailedLoginNotice } from './failed-login-notice';
import { accountKey, addressKey } from './login-throttle';

const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { token } }`;

const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });

describe('login abuse: a stranger cannot lock out the owner', () => {
  let t: TestApp;
  // The test client talks over loopback; trusting it stands in for a reverse proxy in front.
  beforeAll(async () => (t = await TestApp.start({ TRUSTED_PROXIES: 'loopback', LOGIN_MAX_FAILURES_PER_ADDRESS: '1000' })));
  afterAll(() => t.close());

  it("lets the owner in after 100 strangers' failures, and slows the strangers down", async () => {
    const owner = await t.createUser();
    // 100 failures from 100 addresses (a botnet: one try each), then one address hammering.
    for (let batch = 0; batch < 10; batch++) {
      const rs = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          t.gql(LOGIN, { i: { email: owner.email, password: `falsch-${batch}-${i}` } }, from(`203.0.113.${batch * 10 + i + 1}`)),
        ),
      );
      for (const r of rs) expect(code(r)).toBe('INVALID_CREDENTIALS');
    }
    const hammer = [];
    for (let i = 0; i < 10; i++) hammer.push(code(await t.gql(LOGIN, { i: { email: owner.email, password: 'falsch' } }, from('198.51.100.66'))));
    // Under attack, the hammering address fails once and then waits (at least a minute).
    expect(hammer[0]).toBe('INVALID_CREDENTIALS');
    expect(hammer.slice(1).every((c) => c === 'TOO_MANY_REQUESTS')).toBe(true);
    const waited = await t.gql(LOGIN, { i: { email: owner.email, password: PASSWORD } }, from('198.51.100.66'));
    expect(code(waited)).toBe('TOO_MANY_REQUESTS');
    expect(Number(/(\d+) Sekunden/.exec(waited.errors?.[0].message ?? '')?.[1])).toBeGreaterThanOrEqual(50);

    // The owner, at an address without failures, logs in with the right password at once.
    const ok = await t.gql(LOGIN, { i: { email: owner.email, password: PASSWORD } }, from('192.0.2.10'));
    expect(ok.errors).toBeUndefined();
    expect(ok.data.login.token).toBeTruthy();
    const [{ failures }] = await t.sql(`SELECT failures FROM login_failures WHERE kind = 'account' AND key = $1`, [accountKey(owner.email)]);
    expect(failures).toBe(101);
    // Counted under a hash: the address itself is stored nowhere in the counters.
    expect(await t.sql(`SELECT key FROM login_failures WHERE strpos(key, $1) > 0`, [owner.email])).toEqual([]);
  }, 600_000);

  it('delays a pair progressively after the free failures, not other addresses', async () => {
    const u = await t.createUser();
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push(code(await t.gql(LOGIN, { i: { email: u.email, password: 'falsch' } }, from('198.51.100.7'))));
    // 3 free failures, the 4th is answered, then a 1-second delay refuses the immediate 5th.
    expect(codes).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'TOO_MANY_REQUESTS']);
    expect(code(await t.gql(LOGIN, { i: { email: u.email, password: PASSWORD } }, from('198.51.100.8')))).toBeUndefined();
  }, 120_000);
});

describe('login abuse: the hook for the owner mail', () => {
  it('is called once per window when an account reaches LOGIN_MAX_FAILURES_PER_ACCOUNT, and never changes the answer', async () => {
    const t = await TestApp.start({ TRUSTED_PROXIES: 'loopback', LOGIN_MAX_FAILURES_PER_ACCOUNT: '5' });
    try {
      const notice = t.get(FailedLoginNotice);
      const spy = jest.spyOn(notice, 'queueRepeatedFailuresMail').mockRejectedValue(new Error('outbox down'));
      const owner = await t.createUser();
      const codes = [];
      for (let i = 1; i <= 8; i++) codes.push(code(await t.gql(LOGIN, { i: { email: owner.email, password: 'falsch' } }, from(`203.0.113.${i}`))));
      expect(codes.every((c) => c === 'INVALID_CREDENTIALS')).toBe(true);
      expect(spy).toHaveBeenCalledTimes(1);
      expect(spy).toHaveBeenCalledWith(owner.email, 5, 15);
      // The owner still gets in, from an address without failures.
      expect(code(await t.gql(LOGIN, { i: { email: owner.email, password: PASSWORD } }, from('192.0.2.10')))).toBeUndefined();
    } finally {
      await t.close();
    }
  }, 120_000);
});

describe('login abuse: forwarded addresses', () => {
  const stuff = async (t: TestApp, ip: string) => {
    const victims = await Promise.all([1, 2, 3].map(() => t.createUser()));
    for (const v of victims) await t.gql(LOGIN, { i: { email: v.email, password: 'falsch' } }, from(ip));
  };

  it('ignores X-Forwarded-For without TRUSTED_PROXIES: the socket address is counted', async () => {
    const t = await TestApp.start({ LOGIN_MAX_FAILURES_PER_ADDRESS: '3' });
    try {
      await stuff(t, '203.0.113.1');
      // A different forwarded address does not escape the limit of the real (loopback) address.
      const u = await t.createUser();
      expect(code(await t.gql(LOGIN, { i: { email: u.email, password: PASSWORD } }, from('203.0.113.2')))).toBe('TOO_MANY_REQUESTS');
      const keys = (await t.sql(`SELECT key FROM login_failures WHERE kind = 'address'`)).map((r) => r.key);
      expect(keys).toContain(addressKey('127.0.0.1'));
      expect(keys).not.toContain(addressKey('203.0.113.1'));
      expect(keys).not.toContain(addressKey('203.0.113.2'));
    } finally {
      await t.close();
    }
  });

  it('honours X-Forwarded-For from a configured proxy', async () => {
    const t = await TestApp.start({ LOGIN_MAX_FAILURES_PER_ADDRESS: '3', TRUSTED_PROXIES: '127.0.0.1/8, ::1' });
    try {
      await stuff(t, '203.0.113.1');
      const u = await t.createUser();
      expect(code(await t.gql(LOGIN, { i: { email: u.email, password: PASSWORD } }, from('203.0.113.1')))).toBe('TOO_MANY_REQUESTS');
      expect(code(await t.gql(LOGIN, { i: { email: u.email, password: PASSWORD } }, from('203.0.113.2')))).toBeUndefined();
    } finally {
      await t.close();
    }
  });
});

describe('login throttling across instances', () => {
  // Two app instances on one database, as behind a load balancer.
  let t: TestApp;
  let second: { app: NestExpressApplication; database: Database; url: string };
  // From one address (loopback): 3 free failures for the pair; at 4 failures of the account (on
  // any instance) it is "under attack" and an address that failed waits minutes, not a second.
  const env = { LOGIN_FREE_FAILURES: '3', LOGIN_MAX_FAILURES_PER_ACCOUNT: '4', LOGIN_MAX_FAILURES_PER_ADDRESS: '100' };
  beforeAll(async () => {
    t = await TestApp.start(env);
    const appUrl = new URL(t.databaseUrl);
    appUrl.username = 'gemeinwerk_app';
    appUrl.password = 'gemeinwerk-test';
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_APP_URL: appUrl.toString(),
      MIGRATE_ON_START: 'false',
      LOG_LEVEL: 'error',
      WEB_DIST: '/nonexistent',
      ...env,
    });
    const database = await openDatabase(config);
    const app = await createApp(config, database);
    await app.listen(0, '127.0.0.1');
    second = { app, database, url: await app.getUrl() };
  });
  afterAll(async () => {
    await second?.app.close();
    await second?.database.close();
    await t?.close();
  });

  const loginAt = async (url: string, email: string, password: string) => {
    const r = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { i: { email, password } } }),
    });
    const body = (await r.json()) as { errors?: { extensions?: { code?: string } }[] };
    return body.errors?.[0]?.extensions?.code ?? 'OK';
  };

  it('counts failures on either instance against one budget, stored without e-mail or address', async () => {
    const u = await t.createUser();
    // 2 failures on each instance: 4 for the account and the pair, so this address now waits.
    for (const url of [t.url, t.url, second.url, second.url]) expect(await loginAt(url, u.email, 'falsch')).toBe('INVALID_CREDENTIALS');
    expect(await loginAt(t.url, u.email, PASSWORD)).toBe('TOO_MANY_REQUESTS');
    expect(await loginAt(second.url, u.email, PASSWORD)).toBe('TOO_MANY_REQUESTS');
    const rows = await t.sql<{ kind: string; key: string; failures: number }>(`SELECT kind, key, failures FROM login_failures WHERE key LIKE $1 || '%'`, [
      accountKey(u.email),
    ]);
    expect(rows.map((r) => [r.kind, r.failures]).sort()).toEqual([
      ['account', 4],
      ['pair', 4],
    ]);
    for (const r of await t.sql<{ key: string }>(`SELECT key FROM login_failures`)) {
      expect(r.key).toMatch(/^[0-9a-f]{64}( [0-9a-f]{64})?$/);
      expect(r.key).not.toContain(u.email);
      expect(r.key).not.toContain('127.0.0.1');
    }
  });

  it('a success on one instance clears the pair’s count for both', async () => {
    const u = await t.createUser();
    for (const url of [t.url, second.url, t.url]) expect(await loginAt(url, u.email, 'falsch')).toBe('INVALID_CREDENTIALS');
    const pair = async () =>
      (await t.sql(`SELECT failures FROM login_failures WHERE kind = 'pair' AND key LIKE $1 || ' %'`, [accountKey(u.email)])).map((r) => r.failures);
    expect(await pair()).toEqual([3]);
    expect(await loginAt(second.url, u.email, PASSWORD)).toBe('OK');
    expect(await pair()).toEqual([]);
    expect(await loginAt(t.url, u.email, PASSWORD)).toBe('OK');
  });
});

describe('password change', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it('ends every other session and needs the current password', async () => {
    const u = await t.userWithToken();
    const otherDevice = await t.login(u.email);
    const CHANGE = `mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`;
    const wrong = await t.gql(CHANGE, { i: { currentPassword: 'falsch', newPassword: 'ein-neues-passwort' } }, { token: u.token });
    expect(wrong.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    expect((await t.ok(`{ me { id } }`, {}, { token: otherDevice })).me.id).toBe(u.id);
    await t.ok(CHANGE, { i: { currentPassword: PASSWORD, newPassword: 'ein-neues-passwort' } }, { token: u.token });
    expect((await t.gql(`{ me { id } }`, {}, { token: otherDevice })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.ok(`{ me { id } }`, {}, { token: u.token })).me.id).toBe(u.id);
    expect(await t.login(u.email, 'ein-neues-passwort')).toBeTruthy();
  });
});
