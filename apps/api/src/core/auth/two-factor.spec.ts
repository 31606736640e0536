import { Secret, TOTP } from 'otpauth';
import { PASSWORD, TestApp } from '../../test/test-app';

const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { token twoFactorChallenge user { id } } }`;
const LOGIN_2FA = `mutation($i: LoginWithTwoFactorInput!) { loginWithTwoFactor(input: $i) { token user { email } } }`;
const START = `mutation($i: StartTwoFactorInput!) { startTwoFactor(input: $i) { secret otpauthUri qrSvg } }`;
const CONFIRM = `mutation($i: TwoFactorCodeInput!) { confirmTwoFactor(input: $i) { recoveryCodes } }`;
const DISABLE = `mutation($i: TwoFactorCodeInput!) { disableTwoFactor(input: $i) }`;
const STATUS = `{ myTwoFactor { enabled recoveryCodesLeft } }`;
const ALLIANCE = `query($id: ID!) { alliance(allianceId: $id) { id requireTwoFactorForAdmins } }`;
const PROFILE = `mutation($i: UpdateAllianceProfileInput!) { updateAllianceProfile(input: $i) { requireTwoFactorForAdmins version } }`;

const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
const totpOf = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
/** A code of the next 30-second step: accepted (window ±1) and never the one just used. */
const nextCode = (secret: string) => totpOf(secret).generate({ timestamp: Date.now() + 30_000 });

async function enrol(t: TestApp, token: string) {
  const { startTwoFactor: e } = await t.ok(START, { i: { password: PASSWORD } }, { token });
  const { confirmTwoFactor } = await t.ok(CONFIRM, { i: { code: totpOf(e.secret).generate() } }, { token });
  return { secret: e.secret as string, recoveryCodes: confirmTwoFactor.recoveryCodes as string[], enrolment: e };
}

describe('second factor (TOTP)', () => {
  let t: TestApp;
  // Wrong codes also count as login failures per address; enough free ones that the per-challenge
  // limit is what this suite sees (abuse.spec.ts covers the delays).
  beforeAll(async () => (t = await TestApp.start({ LOGIN_FREE_FAILURES: '50' })));
  afterAll(() => t.close());

  it('enrols with password + first code, then a login needs password and code; recovery codes work once', async () => {
    const u = await t.userWithToken();
    expect(code(await t.gql(START, { i: { password: 'falsch' } }, { token: u.token }))).toBe('INVALID_CREDENTIALS');
    const { secret, recoveryCodes, enrolment } = await enrol(t, u.token);
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/Gemeinwerk:.*secret=/);
    expect(enrolment.qrSvg).toMatch(/^<svg/);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect((await t.ok(STATUS, {}, { token: u.token })).myTwoFactor).toEqual({ enabled: true, recoveryCodesLeft: 10 });

    // At rest: the secret is encrypted, the recovery codes are hashes.
    const [row] = await t.sql(`SELECT totp_secret FROM users WHERE id = $1`, [u.id]);
    expect(row.totp_secret).toMatch(/^v1:/);
    expect(row.totp_secret).not.toContain(secret);
    const hashes = (await t.sql(`SELECT code_hash FROM totp_recovery_codes WHERE user_id = $1`, [u.id])).map((r) => r.code_hash);
    expect(hashes.some((h: string) => recoveryCodes.some((c) => h.includes(c.replace('-', ''))))).toBe(false);

    // Password alone gives no session, only a challenge.
    const first = (await t.ok(LOGIN, { i: { email: u.email, password: PASSWORD } })).login;
    expect(first).toMatchObject({ token: null, user: null });
    expect(first.twoFactorChallenge).toBeTruthy();
    expect(code(await t.gql(LOGIN_2FA, { i: { challenge: first.twoFactorChallenge, code: '000000' } }))).toBe('TWO_FACTOR_CODE_INVALID');
    const done = (await t.ok(LOGIN_2FA, { i: { challenge: first.twoFactorChallenge, code: nextCode(secret) } })).loginWithTwoFactor;
    expect(done.user.email).toBe(u.email);
    expect((await t.ok(`{ me { id } }`, {}, { token: done.token })).me.id).toBe(u.id);
    // The challenge is used up.
    expect(code(await t.gql(LOGIN_2FA, { i: { challenge: first.twoFactorChallenge, code: nextCode(secret) } }))).toBe('TWO_FACTOR_CHALLENGE_INVALID');

    // A recovery code works once.
    const c2 = (await t.ok(LOGIN, { i: { email: u.email, password: PASSWORD } })).login.twoFactorChallenge;
    expect((await t.gql(LOGIN_2FA, { i: { challenge: c2, code: recoveryCodes[0].toUpperCase() } })).data?.loginWithTwoFactor.token).toBeTruthy();
    const c3 = (await t.ok(LOGIN, { i: { email: u.email, password: PASSWORD } })).login.twoFactorChallenge;
    expect(code(await t.gql(LOGIN_2FA, { i: { challenge: c3, code: recoveryCodes[0] } }))).toBe('TWO_FACTOR_CODE_INVALID');
    expect((await t.ok(STATUS, {}, { token: u.token })).myTwoFactor.recoveryCodesLeft).toBe(9);

    // Disabling needs a code; then the password alone logs in again.
    expect(code(await t.gql(DISABLE, { i: { code: '123456' } }, { token: u.token }))).toBe('TWO_FACTOR_CODE_INVALID');
    expect((await t.ok(DISABLE, { i: { code: recoveryCodes[1] } }, { token: u.token })).disableTwoFactor).toBe(true);
    expect((await t.ok(LOGIN, { i: { email: u.email, password: PASSWORD } })).login.token).toBeTruthy();
  });

  it('a challenge survives 5 wrong codes at most (counted although the request fails)', async () => {
    const u = await t.userWithToken();
    const { secret } = await enrol(t, u.token);
    const challenge = (await t.ok(LOGIN, { i: { email: u.email, password: PASSWORD } })).login.twoFactorChallenge;
    for (let i = 0; i < 5; i++) expect(code(await t.gql(LOGIN_2FA, { i: { challenge, code: '000000' } }))).toBe('TWO_FACTOR_CODE_INVALID');
    expect(code(await t.gql(LOGIN_2FA, { i: { challenge, code: nextCode(secret) } }))).toBe('TWO_FACTOR_CHALLENGE_INVALID');
  });

  it('requireTwoFactorForAdmins: set by an admin; admins without a factor must enrol, others are unaffected', async () => {
    const admin = await t.userWithToken();
    const allianceId = await t.createAlliance(admin.token);
    const partner = await t.addMember(admin.token, allianceId, 'PARTNER');
    const partnerToken = partner.token;
    expect(code(await t.gql(PROFILE, { i: { allianceId, version: 1, requireTwoFactorForAdmins: true } }, { token: partnerToken }))).toMatch(
      /FORBIDDEN|NOT_FOUND/,
    );

    const version = (await t.ok(`query($id: ID!) { alliance(allianceId: $id) { version } }`, { id: allianceId }, { token: admin.token })).alliance.version;
    expect(
      (await t.ok(PROFILE, { i: { allianceId, version, requireTwoFactorForAdmins: true } }, { token: admin.token })).updateAllianceProfile
        .requireTwoFactorForAdmins,
    ).toBe(true);
    // The admin (no factor yet) is now sent to enrolment for anything in this alliance…
    expect(code(await t.gql(ALLIANCE, { id: allianceId }, { token: admin.token }))).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
    // …but can still enrol (not alliance-scoped); afterwards the alliance works again.
    await enrol(t, admin.token);
    expect((await t.ok(ALLIANCE, { id: allianceId }, { token: admin.token })).alliance.requireTwoFactorForAdmins).toBe(true);
    // A partner's seat holder without admin right is not asked (the setting is for admins).
    const seat = await t.sql(
      `SELECT is_admin FROM alliance_seats s JOIN memberships m ON m.id = s.membership_id WHERE s.alliance_id = $1 AND m.role = 'PARTNER'`,
      [allianceId],
    );
    if (seat.every((s) => !s.is_admin)) expect((await t.gql(ALLIANCE, { id: allianceId }, { token: partnerToken })).errors).toBeUndefined();
    else expect(code(await t.gql(ALLIANCE, { id: allianceId }, { token: partnerToken }))).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
  });
});
