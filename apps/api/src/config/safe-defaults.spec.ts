import { getIntrospectionQuery } from 'graphql';
import { TestApp } from '../test/test-app';
import { isLoopbackAddress } from '../core/auth/transport-warning';
import { loadConfig, securityWarnings } from './app-config';

const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { expiresAt } }`;
const cookieOf = (r: { headers: Headers }) => r.headers.get('set-cookie') ?? '';

/**
 * Issue 18, finding 5: the README's `pnpm start` ran in development mode. The built app now
 * starts in production mode (main.ts), and production mode is what these tests configure.
 * TRUSTED_PROXIES names the proxy whose X-Forwarded-Proto is believed (loopback here).
 */
describe('safe defaults in production mode', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start({ NODE_ENV: 'production', TRUSTED_PROXIES: 'loopback' })));
  afterAll(() => t.close());

  it('answers introspection with an error, also for logged-in callers, and gives no "did you mean" hints', async () => {
    // An explorer's full query is refused (by the depth limit first); a shallow one by the introspection rule.
    const full = await t.gql(getIntrospectionQuery());
    expect(full.errors?.length).toBeGreaterThan(0);
    expect(full.data?.__schema).toBeUndefined();
    const anonymous = await t.gql(`{ __schema { queryType { name } } }`);
    expect(anonymous.errors?.[0].message).toMatch(/introspection/i);
    expect(anonymous.data?.__schema).toBeUndefined();
    const u = await t.userWithToken();
    expect((await t.gql(`{ __type(name: "User") { name } }`, {}, { token: u.token })).errors?.[0].message).toMatch(/introspection/i);
    for (const typo of [`{ mee { id } }`, `{ me { emial } }`, `mutation { logut }`]) {
      const r = await t.gql(typo, {}, { token: u.token });
      expect(r.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(r.errors)).not.toMatch(/did you mean/i);
    }
    // __typename is no introspection.
    expect((await t.gql(`{ __typename }`)).data).toEqual({ __typename: 'Query' });
  });

  it('sets a Secure session cookie over HTTPS, and a working one over plain http://localhost', async () => {
    const u = await t.createUser();
    const i = { email: u.email, password: 'richtig-geheim-123', mode: 'COOKIE' };
    const plain = await t.gql(LOGIN, { i });
    expect(cookieOf(plain)).toMatch(/^gw_session=|HttpOnly/i);
    expect(cookieOf(plain)).toMatch(/HttpOnly/i);
    expect(cookieOf(plain)).not.toMatch(/;\s*Secure/i);
    // The cookie works over http: the login at http://localhost stays possible in production mode.
    const cookie = cookieOf(plain).split(';')[0];
    expect((await t.gql(`{ me { id } }`, {}, { cookie })).data?.me.id).toBe(u.id);

    const https = await t.gql(LOGIN, { i }, { headers: { 'x-forwarded-proto': 'https' } });
    expect(cookieOf(https)).toMatch(/;\s*Secure/i);
    expect(cookieOf(https)).toMatch(/SameSite=Lax/i);
  });
});

describe('introspection for logged-in integrators (GRAPHQL_INTROSPECTION=authenticated)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'authenticated' })));
  afterAll(() => t.close());

  it('refuses anonymous callers and serves a full explorer query to logged-in ones', async () => {
    const anonymous = await t.gql(getIntrospectionQuery());
    expect(anonymous.status).toBe(400);
    expect(anonymous.errors?.[0].message).toMatch(/introspection/i);
    expect(anonymous.data).toBeUndefined();
    const u = await t.userWithToken();
    const r = await t.gql(getIntrospectionQuery(), {}, { token: u.token });
    expect(r.errors).toBeUndefined();
    expect(r.data.__schema.queryType.name).toBe('Query');
    // Still no hints for typos.
    expect(JSON.stringify((await t.gql(`{ mee { id } }`, {}, { token: u.token })).errors)).not.toMatch(/did you mean/i);
  });
});

describe('configuration defaults', () => {
  const base = { DATABASE_URL: 'postgres://o@localhost/db', DATABASE_APP_PASSWORD: 'x' };

  it('turns introspection off in production and leaves cookies to the request scheme', () => {
    const prod = loadConfig({ ...base, NODE_ENV: 'production' });
    expect(prod).toMatchObject({ isProduction: true, GRAPHQL_INTROSPECTION: 'off', COOKIE_SECURE: 'auto' });
    expect(loadConfig({ ...base, NODE_ENV: 'development' }).GRAPHQL_INTROSPECTION).toBe('on');
    expect(loadConfig({ ...base, NODE_ENV: 'production', COOKIE_SECURE: 'true' }).COOKIE_SECURE).toBe(true);
    expect(() => loadConfig({ ...base, GRAPHQL_INTROSPECTION: 'everyone' })).toThrow(/GRAPHQL_INTROSPECTION/);
  });

  it('names every insecure setting in a warning', () => {
    const safe = loadConfig({ ...base, NODE_ENV: 'production', HOST: '127.0.0.1', SEED_DEMO: 'false' });
    expect(securityWarnings(safe)).toEqual([]);
    const open = loadConfig({ ...base, NODE_ENV: 'production', HOST: '0.0.0.0', SEED_DEMO: 'true', COOKIE_SECURE: 'false', GRAPHQL_INTROSPECTION: 'on' });
    const w = securityWarnings(open).join('\n');
    for (const word of ['plain HTTP', 'COOKIE_SECURE=false', 'GRAPHQL_INTROSPECTION=on', 'SEED_DEMO']) expect(w).toContain(word);
    expect(securityWarnings(loadConfig({ ...base, NODE_ENV: 'development', HOST: 'localhost' })).join()).toMatch(/development mode/);
  });

  it('recognises loopback peers (which stay quiet over plain HTTP)', () => {
    for (const a of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) expect(isLoopbackAddress(a)).toBe(true);
    for (const a of ['10.0.0.5', '::ffff:192.168.1.2', '2001:db8::1', undefined]) expect(isLoopbackAddress(a)).toBe(false);
  });
});
