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
