import { TestApp } from '../../test/test-app';

const DEEP = `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }`;

describe('GraphQL abuse limits', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it('refuses too deep queries and too many aliases before any resolver runs', async () => {
    const u = await t.userWithToken();
    const deep = await t.gql(DEEP, {}, { token: u.token });
    expect(deep.status).toBe(400);
    expect(deep.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    expect(deep.errors?.[0].message).toMatch(/depth/i);
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(' ');
    const many = await t.gql(`{ ${aliases} }`, {}, { token: u.token });
    expect(many.status).toBe(400);
    expect(many.errors?.[0].message).toMatch(/alias/i);
  });

  it('refuses batched requests and oversized bodies', async () => {
    const batch = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(batch.status).toBe(400);
    const huge = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { x: 'x'.repeat(1_200_000) } }),
    });
    expect(huge.status).toBe(413);
    expect(await huge.text()).not.toMatch(/at .*\.js:\d+/);
  });

  it('refuses simple (form-like) requests and cookie requests from a foreign origin', async () => {
    const u = await t.createUser();
    const login = await t.gql(`mutation($i: LoginInput!) { login(input: $i) { expiresAt } }`, {
      i: { email: u.email, password: 'richtig-geheim-123', mode: 'COOKIE' },
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const form = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(form.status).toBe(400);
    const foreign = await t.gql(`mutation { logout }`, {}, { cookie, headers: { origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    const same = await t.gql(`{ me { id } }`, {}, { cookie, headers: { origin: new URL(t.url).origin } });
    expect(same.data?.me.id).toBe(u.id);
  });

  it('sends security headers', async () => {
    const r = await fetch(`${t.url}/health/live`);
    expect(r.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-powered-by')).toBeNull();
    expect(r.headers.get('strict-transport-security')).toBeTruthy();
  });

  it('runs queries under a statement timeout', async () => {
    const [{ statement_timeout }] = await t.database.dataSource.query('SHOW statement_timeout');
    expect(statement_timeout).toBe('15s');
  });
});

describe('production mode', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start({ NODE_ENV: 'production' })));
  afterAll(() => t.close());

  it('turns off introspection and field suggestions', async () => {
    const u = await t.userWithToken();
    const intro = await t.gql(`{ __schema { queryType { name } } }`, {}, { token: u.token });
    expect(intro.errors?.[0].message).toMatch(/introspection/i);
    const typo = await t.gql(`{ mee { id } }`, {}, { token: u.token });
    expect(typo.errors?.[0].message).not.toMatch(/Did you mean/i);
  });
});

describe('cost-based rate limit', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start({ RATE_LIMIT_POINTS_PER_MINUTE: '100' })));
  afterAll(() => t.close());

  it('counts what operations cost, not only how many there are', async () => {
    const u = await t.userWithToken();
    // A wide query (≈ 30 points) exhausts the budget in a few calls; a tiny one would last longer.
    const wide = `{ me { id email name locale organisations { id name kind city } } myAlliances { id name kind lifecycle myRole } }`;
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) codes.push((await t.gql(wide, {}, { token: u.token })).errors?.[0]?.extensions?.code);
    expect(codes.slice(0, 2)).toEqual([undefined, undefined]);
    expect(codes).toContain('TOO_MANY_REQUESTS');
    const limited = await t.gql(wide, {}, { token: u.token });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(limited.errors?.[0].message).toMatch(/Zu viele Versuche/);
  });
});
