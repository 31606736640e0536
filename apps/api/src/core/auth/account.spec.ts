import { randomUUID } from 'node:crypto';
import { PASSWORD, TestApp } from '../../test/test-app';

const SESSIONS = `{ mySessions { id userAgent ip current lastSeenAt } }`;
const REVOKE = `mutation($i: RevokeMySessionInput!) { revokeMySession(input: $i) }`;
const OTHERS = `mutation { revokeMyOtherSessions }`;
const PROFILE = `mutation($i: UpdateMyProfileInput!) { updateMyProfile(input: $i) { name } }`;

describe('account page: own sessions and name', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ TRUSTED_PROXIES: 'loopback' });
  });
  afterAll(() => t.close());

  it('lists only the own live sessions, the current one first and marked, with user agent and IP as stored', async () => {
    const me = await t.userWithToken();
    const laptop = await t.login(me.email);
    await t.gql(`mutation($i: LoginInput!) { login(input: $i) { token } }`, { i: { email: me.email, password: PASSWORD } });
    await t.sql(`UPDATE sessions SET user_agent = 'Firefox auf Linux', ip = '203.0.113.7' WHERE user_id = $1`, [me.id]);
    const other = await t.userWithToken();
    const list = (await t.ok(SESSIONS, {}, { token: laptop })).mySessions;
    expect(list.length).toBeGreaterThanOrEqual(2);
    expect(list[0].current).toBe(true);
    expect(list.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    const ids = (await t.sql(`SELECT id FROM sessions WHERE user_id = $1 AND revoked_at IS NULL`, [me.id])).map((r) => r.id).sort();
    expect(list.map((s: { id: string }) => s.id).sort()).toEqual(ids);
    // Nothing of the other user's sessions; no token hash in the answer.
    const foreign = (await t.sql(`SELECT id FROM sessions WHERE user_id = $1`, [other.id])).map((r) => r.id);
    expect(JSON.stringify(list)).not.toContain(foreign[0]);
    expect(list.every((s: { userAgent: string; ip: string }) => s.userAgent === 'Firefox auf Linux' && s.ip === '203.0.113.7')).toBe(true);
    expect(Object.keys(list[0]).sort()).toEqual(['current', 'id', 'ip', 'lastSeenAt', 'userAgent']);
  });

  it("signs out one session, or every other one; another user's session is NOT_FOUND and stays live", async () => {
    const me = await t.userWithToken();
    const phone = await t.login(me.email);
    const tablet = await t.login(me.email);
    const other = await t.userWithToken();
    const [foreign] = await t.sql(`SELECT id FROM sessions WHERE user_id = $1`, [other.id]);

    const r = await t.gql(REVOKE, { i: { sessionId: foreign.id } }, { token: me.token });
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(r.errors?.[0].message).toBe('Die Sitzung wurde nicht gefunden.');
    expect((await t.ok(`{ me { id } }`, {}, { token: other.token })).me.id).toBe(other.id);
    expect((await t.gql(REVOKE, { i: { sessionId: randomUUID() } }, { token: me.token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const phoneId = (await t.ok(SESSIONS, {}, { token: phone })).mySessions.find((s: { current: boolean }) => s.current).id;
    expect((await t.ok(REVOKE, { i: { sessionId: phoneId } }, { token: me.token })).revokeMySession).toBe(true);
    expect((await t.gql(`{ me { id } }`, {}, { token: phone })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.ok(`{ me { id } }`, {}, { token: tablet })).me.id).toBe(me.id);

    // "Sign out everywhere else": the tablet ends, this session and the other user's stay.
    expect((await t.ok(OTHERS, {}, { token: me.token })).revokeMyOtherSessions).toBe(1);
    expect((await t.gql(`{ me { id } }`, {}, { token: tablet })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.ok(`{ me { id } }`, {}, { token: me.token })).me.id).toBe(me.id);
    expect((await t.ok(`{ me { id } }`, {}, { token: other.token })).me.id).toBe(other.id);
    expect((await t.ok(SESSIONS, {}, { token: me.token })).mySessions).toHaveLength(1);
  });

  it('changes the own name (trimmed; too short is a translated validation error)', async () => {
    const me = await t.userWithToken();
    expect((await t.ok(PROFILE, { i: { name: '  Anna Neuname ' } }, { token: me.token })).updateMyProfile.name).toBe('Anna Neuname');
    const bad = await t.gql(PROFILE, { i: { name: 'A' } }, { token: me.token });
    expect(bad.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect((await t.sql(`SELECT name FROM users WHERE id = $1`, [me.id]))[0].name).toBe('Anna Neuname');
  });

  it('a password change needs the current password and ends every other session', async () => {
    const me = await t.userWithToken();
    const other = await t.login(me.email);
    const CHANGE = `mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`;
    expect(
      (await t.gql(CHANGE, { i: { currentPassword: 'falsch-falsch', newPassword: 'ein-neues-passwort' } }, { token: me.token })).errors?.[0].extensions?.code,
    ).toBe('INVALID_CREDENTIALS');
    expect((await t.ok(CHANGE, { i: { currentPassword: PASSWORD, newPassword: 'ein-neues-passwort' } }, { token: me.token })).changePassword).toBe(true);
    expect((await t.gql(`{ me { id } }`, {}, { token: other })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.ok(SESSIONS, {}, { token: me.token })).mySessions.map((s: { current: boolean }) => s.current)).toEqual([true]);
  });
});
