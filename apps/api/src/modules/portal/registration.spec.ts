import { TestApp } from '../../test/test-app';

const REGISTER = `mutation($i: RegisterPortalProviderInput!) { registerPortalProvider(input: $i) }`;
const SETTINGS = `mutation($i: UpdatePortalSettingsInput!) { updatePortalSettings(input: $i) { version } }`;

describe('Chancenportal: a provider signs up to a portal', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it('only while the portal takes sign-ups; ends in a PROVIDER membership that reaches the portal and nothing else', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles('Anmeldestadt');
    const input = {
      portalId: allianceId,
      organisationName: 'Schachverein Springer',
      name: 'Paula Pferd',
      email: 'paula@springer.example',
      password: 'ein-langes-passwort',
      locale: 'de',
    };
    // No portal yet: refused, nothing created.
    expect((await t.gql(REGISTER, { i: input })).errors?.[0]?.extensions?.code).toBe('PORTAL_CLOSED');
    expect(await t.sql(`SELECT 1 FROM users WHERE email = $1`, [input.email])).toEqual([]);

    const base = { allianceId, enabled: true, name: 'Portal', reminderMonths: 6, flagMonths: 9, hideMonths: 12 };
    await t.ok(SETTINGS, { i: { ...base, version: 0, providerSignupOpen: false } }, { token: backbone.token });
    expect((await t.gql(REGISTER, { i: input })).errors?.[0]?.extensions?.code).toBe('PORTAL_CLOSED');
    await t.ok(SETTINGS, { i: { ...base, version: 1, providerSignupOpen: true } }, { token: backbone.token });

    expect((await t.ok(REGISTER, { i: input })).registerPortalProvider).toBe(true);
    const [m] = await t.sql(
      `SELECT m.role, m.state, p.name FROM memberships m JOIN portal_providers p ON p.alliance_id = m.alliance_id AND p.membership_id = m.id WHERE m.alliance_id = $1 AND m.role = 'PROVIDER'`,
      [allianceId],
    );
    expect(m).toEqual({ role: 'PROVIDER', state: 'ACTIVE', name: 'Schachverein Springer' });
    // No login before the address is confirmed.
    expect(
      (await t.gql(`mutation($i: LoginInput!) { login(input: $i) { token } }`, { i: { email: input.email, password: input.password } })).errors?.[0]?.extensions
        ?.code,
    ).toBe('EMAIL_NOT_VERIFIED');
    const [mail] = await t.sql(`SELECT text_body FROM mail_outbox WHERE to_address = $1 AND kind = 'VERIFY_EMAIL'`, [input.email]);
    const token = /verify-email\/([A-Za-z0-9_-]+)/.exec(mail.text_body)![1];
    await t.ok(`mutation($i: VerifyEmailInput!) { verifyEmail(input: $i) }`, { i: { token } });
    const session = await t.login(input.email, input.password);
    expect((await t.ok(`query($a: ID!) { myPortalOffers(allianceId: $a) { id } }`, { a: allianceId }, { token: session })).myPortalOffers).toEqual([]);
    const goals = await t.gql(`query($a: ID!) { goals(allianceId: $a) { id } }`, { a: allianceId }, { token: session });
    expect(goals.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Not among the alliance's members (the portal lists providers).
    const members = (await t.ok(`query($a: ID!) { members(allianceId: $a) { role } }`, { a: allianceId }, { token: backbone.token })).members;
    expect(members.map((x: { role: string }) => x.role)).not.toContain('PROVIDER');

    // The same address again: the same answer, nothing new (no account oracle).
    expect((await t.ok(REGISTER, { i: { ...input, organisationName: 'Anders' } })).registerPortalProvider).toBe(true);
    expect(await t.sql(`SELECT count(*)::int AS n FROM portal_providers WHERE alliance_id = $1`, [allianceId])).toEqual([{ n: 1 }]);
  });
});
