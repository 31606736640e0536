import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../../app.factory';
import { loadConfig } from '../../config/app-config';
import { type Database, openDatabase } from '../../database/database';
import { PASSWORD, TestApp } from '../../test/test-app';

const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { token } }`;

describe('login throttling and session ending', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '6' })));
  afterAll(() => t.close());

  it('locks an account after repeated failures, even for the right password', async () => {
    const u = await t.createUser();
    for (let i = 0; i < 3; i++) expect((await t.gql(LOGIN, { i: { email: u.email, password: 'falsch' } })).errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    const locked = await t.gql(LOGIN, { i: { email: u.email, password: PASSWORD } });
    expect(locked.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(locked.errors?.[0].message).toMatch(/Bitte warten Sie \d+ Sekunden/);
  });

  it('limits failures per address across accounts (credential stuffing)', async () => {
    const victims = await Promise.all([1, 2, 3].map(() => t.createUser()));
    // 2 failures already from the previous test's address; 4 more reach the address limit of 6.
    for (const v of victims.slice(0, 2)) for (let i = 0; i < 2; i++) await t.gql(LOGIN, { i: { email: v.email, password: 'falsch' } });
    const r = await t.gql(LOGIN, { i: { email: victims[2].email, password: PASSWORD } });
    expect(r.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
  });
});

describe('login throttling across instances', () => {
  // Two app instances on one database, as behind a load balancer.
  let t: TestApp;
  let second: { app: NestExpressApplication; database: Database; url: string };
  const env = { LOGIN_MAX_FAILURES_PER_ACCOUNT: '4', LOGIN_MAX_FAILURES_PER_ADDRESS: '100' };
  beforeAll(async () => {
    t = await TestApp.start(env);
    const appUrl = new URL(t.databaseUrl);
    appUrl.username = 'gemeinwerk_app';
    appUrl.password = 'gemeinwerk-test';
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_APP_URL: appUrl.toString(), MIGRATE_ON_START: 'false', LOG_LEVEL: 'error', WEB_DIST: '/nonexistent', ...env });
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
    const r = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LOGIN, variables: { i: { email, password } } }) });
    const body = (await r.json()) as { errors?: { extensions?: { code?: string } }[] };
    return body.errors?.[0]?.extensions?.code ?? 'OK';
  };

  it('counts failures on either instance against one budget, stored without e-mail or address', async () => {
    const u = await t.createUser();
    // 2 failures on each instance: 4 in all, the account's limit.
    for (const url of [t.url, t.url, second.url, second.url]) expect(await loginAt(url, u.email, 'falsch')).toBe('INVALID_CREDENTIALS');
    expect(await loginAt(t.url, u.email, PASSWORD)).toBe('TOO_MANY_REQUESTS');
    expect(await loginAt(second.url, u.email, PASSWORD)).toBe('TOO_MANY_REQUESTS');
    const rows = await t.sql<{ key: string; points: number }>(`SELECT key, points FROM rate_limits ORDER BY key`);
    expect(rows.some((r) => r.points === 4)).toBe(true);
    for (const r of rows) {
      expect(r.key).toMatch(/^login-(account|address):[0-9a-f]{64}$/);
      expect(r.key).not.toContain(u.email);
      expect(r.key).not.toContain('127.0.0.1');
    }
  });

  it('a success on one instance clears the account’s count for both', async () => {
    const u = await t.createUser();
    for (const url of [t.url, second.url, t.url]) expect(await loginAt(url, u.email, 'falsch')).toBe('INVALID_CREDENTIALS');
    expect(await loginAt(second.url, u.email, PASSWORD)).toBe('OK');
    // Cleared: three more failures stay below the limit of 4 on either instance.
    for (const url of [t.url, second.url, t.url]) expect(await loginAt(url, u.email, 'falsch')).toBe('INVALID_CREDENTIALS');
    expect(await loginAt(second.url, u.email, PASSWORD)).toBe('OK');
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
