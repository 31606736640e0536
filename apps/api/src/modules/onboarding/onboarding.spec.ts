import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { linkIn, MailCatcher } from '../../test/mail-catcher';
import { PASSWORD, TestApp } from '../../test/test-app';

const BASE = 'http://gemeinwerk.test';
const REGISTER = `mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) }`;
const VERIFY = `mutation($i: VerifyEmailInput!) { verifyEmail(input: $i) }`;
const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { token } }`;
const OPEN = `mutation($o: Boolean!) { setRegistrationOpen(input: { open: $o }) { registrationOpen } }`;
const CREATE_FOR_BACKBONE = `mutation($i: CreateAllianceForBackboneInput!) { createAllianceForBackbone(input: $i) { allianceId allianceName organisationName mailedTo acceptPath } }`;
const ACCEPT = `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token allianceId membership { role state organisation { name } } } }`;
const INVITE = `mutation($i: InviteOrganisationInput!) { inviteOrganisation(input: $i) { token mailedTo } }`;
const REQUEST = `mutation($i: RequestToJoinInput!) { requestToJoin(input: $i) { id state version allianceName organisation { name } } }`;
const PENDING = `query($a: ID!) { joinRequests(allianceId: $a) { id message version organisation { name } requestedByName } }`;
const ACCEPT_REQUEST = `mutation($i: AcceptJoinRequestInput!) { acceptJoinRequest(input: $i) { state role } }`;
const DECLINE_REQUEST = `mutation($i: DeclineJoinRequestInput!) { declineJoinRequest(input: $i) { state declineReason } }`;
const OPEN_JOIN = `mutation($a: ID!, $o: Boolean!) { setJoinRequestsOpen(input: { allianceId: $a, open: $o }) { joinRequestsOpen joinLinkPath } }`;
const RENEW = `mutation($a: ID!) { renewJoinLink(input: { allianceId: $a }) { joinLinkPath } }`;
const REVOKE = `mutation($a: ID!) { revokeJoinLink(input: { allianceId: $a }) { joinLinkPath } }`;

function webDist(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gw-web-'));
  writeFileSync(path.join(dir, 'index.html'), '<!DOCTYPE html><html><body><div id="root">Gemeinwerk</div></body></html>');
  return dir;
}

const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
const tokenOf = (link: string) => decodeURIComponent(new URL(link).pathname.split('/').pop()!);

describe('sign-up, platform administration, invitation mails and join requests (real SMTP server on loopback)', () => {
  let t: TestApp;
  let admin: { id: string; email: string; token: string };
  const smtp = new MailCatcher();

  beforeAll(async () => {
    await smtp.start();
    t = await TestApp.start({ SMTP_URL: smtp.url, MAIL_WORKER: 'true', MAIL_POLL_INTERVAL_MS: '200', WEB_DIST: webDist(), TRUSTED_PROXIES: 'loopback' });
    const a = await t.createUser({ name: 'Paula Plattform' });
    await t.sql(`UPDATE users SET is_platform_admin = true WHERE id = $1`, [a.id]);
    admin = { ...a, token: await t.login(a.email) };
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const registration = (email: string, extra: Record<string, unknown> = {}) => ({
    i: {
      organisationName: 'Nachbarschaftshilfe Nord',
      organisationKind: 'NGO',
      city: 'Kassel',
      name: 'Nora Nord',
      email,
      password: 'ein-gutes-passwort',
      ...extra,
    },
  });

  it('a fresh install takes organisations by invitation only; only a platform admin opens sign-up', async () => {
    expect((await t.ok(`{ platformSettings { registrationOpen } }`)).platformSettings.registrationOpen).toBe(false);
    const closed = await t.gql(REGISTER, registration(`closed-${randomUUID().slice(0, 6)}@example.org`));
    expect(code(closed)).toBe('REGISTRATION_CLOSED');
    expect(closed.errors?.[0]?.message).toMatch(/nur auf Einladung/);
    const someone = await t.userWithToken();
    expect(code(await t.gql(OPEN, { o: true }, { token: someone.token }))).toBe('FORBIDDEN');
    expect((await t.ok(OPEN, { o: true }, { token: admin.token })).setRegistrationOpen.registrationOpen).toBe(true);
    expect((await t.ok(`{ platformSettings { registrationOpen } }`)).platformSettings.registrationOpen).toBe(true);
  });

  it('sign-up: a German verification mail; no login before the link; the link works once', async () => {
    await t.ok(OPEN, { o: true }, { token: admin.token });
    const email = `nora-${randomUUID().slice(0, 6)}@example.org`;
    expect((await t.ok(REGISTER, registration(email))).registerOrganisation).toBe(true);
    const [mail] = await smtp.waitForTo(email);
    expect(mail.to).toEqual([email]);
    expect(mail.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse für Gemeinwerk');
    expect(mail.language).toBe('de');
    expect(mail.text).toContain('Hallo Nora Nord,');
    expect(mail.text).toContain('„Nachbarschaftshilfe Nord“');
    const link = linkIn(mail.text, `${BASE}/verify-email/`);
    expect(mail.html).toContain(`href="${link}"`);
    expect((await fetch(t.local(link), { headers: { accept: 'text/html' } })).status).toBe(200);

    const early = await t.gql(LOGIN, { i: { email, password: 'ein-gutes-passwort' } });
    expect(code(early)).toBe('EMAIL_NOT_VERIFIED');
    expect(early.errors?.[0]?.message).toMatch(/bestätigen Sie zuerst Ihre E-Mail-Adresse/);
    // A wrong password learns nothing about the account's state.
    expect(code(await t.gql(LOGIN, { i: { email, password: 'falsches-passwort' } }))).toBe('INVALID_CREDENTIALS');

    expect((await t.ok(VERIFY, { i: { token: tokenOf(link) } })).verifyEmail).toBe(true);
    expect(code(await t.gql(VERIFY, { i: { token: tokenOf(link) } }))).toBe('VERIFICATION_LINK_INVALID');
    const token = await t.login(email, 'ein-gutes-passwort');
    const me = await t.ok(`{ me { name organisations { name kind city } } myAlliances { id } }`, {}, { token });
    expect(me.me.organisations).toEqual([{ name: 'Nachbarschaftshilfe Nord', kind: 'NGO', city: 'Kassel' }]);
    expect(me.myAlliances).toEqual([]);
    const stored = await t.sql(`SELECT token_hash FROM email_verification_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = $1`, [email]);
    expect(JSON.stringify(stored)).not.toContain(tokenOf(link));
  });

  it('sign-up with a known address: the same answer, an English "you have an account" mail, nothing created', async () => {
    const known = await t.createUser({ name: 'Eve Existing' });
    await t.sql(`UPDATE users SET locale = 'en' WHERE id = $1`, [known.id]);
    await t.ok(OPEN, { o: true }, { token: admin.token });
    const before = await t.sql(`SELECT count(*)::int AS n FROM organisations`);
    expect((await t.ok(REGISTER, registration(known.email))).registerOrganisation).toBe(true);
    const [mail] = await smtp.waitForTo(known.email);
    expect(mail.subject).toBe('You already have a Gemeinwerk account');
    expect(mail.language).toBe('en');
    expect(mail.text).toContain('Hello Eve Existing,');
    expect(mail.text).toContain(`:\n${BASE}/login\n`);
    expect(await t.sql(`SELECT count(*)::int AS n FROM organisations`)).toEqual(before);
    expect(await t.login(known.email)).toBeTruthy();
  });

  it('sign-ups are rate-limited per address like password resets: the fourth in the window is refused', async () => {
    await t.ok(OPEN, { o: true }, { token: admin.token });
    const email = `viel-${randomUUID().slice(0, 6)}@example.org`;
    for (let i = 0; i < 3; i++)
      expect((await t.gql(REGISTER, registration(email), { headers: { 'x-forwarded-for': `10.11.0.${i}` } })).data?.registerOrganisation).toBe(true);
    const fourth = await t.gql(REGISTER, registration(email), { headers: { 'x-forwarded-for': '10.11.0.9' } });
    expect(code(fourth)).toBe('TOO_MANY_REQUESTS');
    // Only the first created the account; the others got "you have an account" mails.
    expect(await t.sql(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [email])).toEqual([{ n: 1 }]);
  });

  it('the platform admin creates an alliance for a new backbone: invitation mail, the link makes the contact person its admin; the admin gets no seat', async () => {
    const email = `kim-${randomUUID().slice(0, 6)}@example.org`;
    const someone = await t.userWithToken();
    expect(code(await t.gql(CREATE_FOR_BACKBONE, { i: { name: 'Bündnis Süd', organisationName: 'Stadtteilbüro Süd', email } }, { token: someone.token }))).toBe(
      'FORBIDDEN',
    );
    const created = (
      await t.ok(
        CREATE_FOR_BACKBONE,
        { i: { name: 'Bündnis Süd', organisationName: 'Stadtteilbüro Süd', organisationKind: 'PUBLIC_BODY', email } },
        { token: admin.token },
      )
    ).createAllianceForBackbone;
    expect(created.mailedTo).toEqual([email]);
    const [mail] = await smtp.waitForTo(email);
    expect(mail.subject).toBe('Einladung in das Bündnis „Bündnis Süd“');
    expect(mail.text).toContain('Paula Plattform (Plattform-Administration) lädt die Organisation „Stadtteilbüro Süd“ in das Bündnis „Bündnis Süd“');
    expect(mail.text).toContain('in der Rolle: Geschäftsstelle');
    const link = linkIn(mail.text, `${BASE}/invitation/`);
    expect(new URL(link).pathname).toBe(created.acceptPath);
    const accepted = (await t.ok(ACCEPT, { i: { token: tokenOf(link), name: 'Kim Koch', password: PASSWORD, mode: 'TOKEN' } })).acceptInvitation;
    expect(accepted.membership).toEqual({ role: 'BACKBONE', state: 'ACTIVE', organisation: { name: 'Stadtteilbüro Süd' } });
    expect((await t.ok(`{ myAlliances { name myRole myIsAdmin } }`, {}, { token: accepted.token })).myAlliances).toEqual([
      { name: 'Bündnis Süd', myRole: 'BACKBONE', myIsAdmin: true },
    ]);
    expect((await t.ok(`{ myAlliances { id } }`, {}, { token: admin.token })).myAlliances).toEqual([]);
  });

  it('inviteOrganisation mails the link: a new organisation to its contact person, an existing one to its people (in their language)', async () => {
    const backbone = await t.userWithToken({ name: 'Bea Backbone', organisationName: 'Geschäftsstelle West' });
    const allianceId = await t.createAlliance(backbone.token, 'Bündnis West');
    const email = `neu-${randomUUID().slice(0, 6)}@example.org`;
    const inv = (
      await t.ok(INVITE, { i: { allianceId, organisationName: 'Jugendwerk', organisationKind: 'NGO', role: 'PARTNER', email } }, { token: backbone.token })
    ).inviteOrganisation;
    expect(inv.mailedTo).toEqual([email]);
    const [mail] = await smtp.waitForTo(email);
    expect(mail.subject).toBe('Einladung in das Bündnis „Bündnis West“');
    expect(mail.text).toContain('Bea Backbone (Geschäftsstelle West) lädt die Organisation „Jugendwerk“');
    expect(mail.text).toContain('in der Rolle: Partner');
    expect(tokenOf(linkIn(mail.text, `${BASE}/invitation/`))).toBe(inv.token);

    // An organisation that already has people (here: an English-speaking admin of another alliance).
    const other = await t.userWithToken({ name: 'Owen Other', organisationName: 'Foundation East' });
    await t.sql(`UPDATE users SET locale = 'en' WHERE id = $1`, [other.id]);
    await t.createAlliance(other.token, 'Elsewhere');
    const toOrg = (await t.ok(INVITE, { i: { allianceId, organisationId: other.organisationId, role: 'FUNDER' } }, { token: backbone.token }))
      .inviteOrganisation;
    expect(toOrg.mailedTo).toEqual([other.email]);
    const [english] = await smtp.waitForTo(other.email);
    expect(english.subject).toBe('Invitation for Foundation East to the alliance “Bündnis West”');
    expect(english.text).toContain('in the role: funder');
    expect(english.language).toBe('en');
  });

  describe('join requests', () => {
    let backbone: { id: string; email: string; token: string; organisationId: string };
    let allianceId: string;
    beforeAll(async () => {
      backbone = await t.userWithToken({ name: 'Greta Geschäftsstelle', organisationName: `Koordination ${randomUUID().slice(0, 4)}` });
      await t.sql(`UPDATE organisations SET city = 'Göttingen' WHERE id = $1`, [backbone.organisationId]);
      allianceId = await t.createAlliance(backbone.token, `Bildungsbündnis ${randomUUID().slice(0, 6)}`);
    });

    it('closed by default: not in the directory, a request is refused, nothing written', async () => {
      const requester = await t.userWithToken();
      const found = await t.ok(`query($q: String!) { joinableAlliances(query: $q) { id } }`, { q: 'Bildungsbündnis' }, { token: requester.token });
      expect(found.joinableAlliances.map((a: { id: string }) => a.id)).not.toContain(allianceId);
      expect(code(await t.gql(REQUEST, { i: { targetAllianceId: allianceId, message: 'Hallo' } }, { token: requester.token }))).toBe('JOIN_NOT_AVAILABLE');
      expect(await t.sql(`SELECT 1 FROM join_requests WHERE alliance_id = $1`, [allianceId])).toEqual([]);
    });

    it('open: found by name with backbone and city; the backbone admins get a mail; accepting with a role makes the requester an admin member and tells them', async () => {
      expect((await t.ok(OPEN_JOIN, { a: allianceId, o: true }, { token: backbone.token })).setJoinRequestsOpen.joinRequestsOpen).toBe(true);
      const requester = await t.userWithToken({ name: 'Rita Request', organisationName: 'Lesepaten e. V.' });
      await t.sql(`UPDATE users SET locale = 'en' WHERE id = $1`, [requester.id]);
      const found = (await t.ok(`{ joinableAlliances(query: "bildungsbündnis") { id name backboneName city } }`, {}, { token: requester.token }))
        .joinableAlliances;
      expect(found).toContainEqual(expect.objectContaining({ id: allianceId, city: 'Göttingen', backboneName: expect.stringMatching(/^Koordination/) }));

      const asked = (await t.ok(REQUEST, { i: { targetAllianceId: allianceId, message: 'Wir möchten mitmachen.' } }, { token: requester.token })).requestToJoin;
      expect(asked).toMatchObject({ state: 'PENDING', organisation: { name: 'Lesepaten e. V.' } });
      expect(code(await t.gql(REQUEST, { i: { targetAllianceId: allianceId, message: 'Nochmal' } }, { token: requester.token }))).toBe('JOIN_REQUEST_PENDING');
      const [toBackbone] = await smtp.waitForTo(backbone.email);
      expect(toBackbone.subject).toBe('Beitrittsanfrage von Lesepaten e. V.');
      expect(toBackbone.text).toContain('Ihre Nachricht: Wir möchten mitmachen.');
      expect(linkIn(toBackbone.text, `${BASE}/a/`)).toBe(`${BASE}/a/${allianceId}/members`);

      const mine = (await t.ok(`{ myJoinRequests { id state allianceName } }`, {}, { token: requester.token })).myJoinRequests;
      expect(mine).toEqual([{ id: asked.id, state: 'PENDING', allianceName: asked.allianceName }]);
      const pending = (await t.ok(PENDING, { a: allianceId }, { token: backbone.token })).joinRequests;
      expect(pending).toEqual([
        { id: asked.id, message: 'Wir möchten mitmachen.', version: 1, organisation: { name: 'Lesepaten e. V.' }, requestedByName: 'Rita Request' },
      ]);

      expect(code(await t.gql(ACCEPT_REQUEST, { i: { allianceId, joinRequestId: asked.id, role: 'BACKBONE', version: 1 } }, { token: backbone.token }))).toBe(
        'VALIDATION_FAILED',
      );
      expect(
        (await t.ok(ACCEPT_REQUEST, { i: { allianceId, joinRequestId: asked.id, role: 'PARTNER', version: 1 } }, { token: backbone.token })).acceptJoinRequest,
      ).toEqual({ state: 'ACCEPTED', role: 'PARTNER' });
      expect(code(await t.gql(ACCEPT_REQUEST, { i: { allianceId, joinRequestId: asked.id, role: 'PARTNER', version: 2 } }, { token: backbone.token }))).toBe(
        'JOIN_REQUEST_DECIDED',
      );
      expect((await t.ok(`{ myAlliances { id myRole myIsAdmin } }`, {}, { token: requester.token })).myAlliances).toEqual([
        { id: allianceId, myRole: 'PARTNER', myIsAdmin: true },
      ]);
      const [welcome] = await smtp.waitForTo(requester.email);
      expect(welcome.language).toBe('en');
      expect(welcome.subject).toMatch(/^Welcome to the alliance “Bildungsbündnis/);
      expect(welcome.text).toContain('Your role: partner.');
      expect(linkIn(welcome.text, `${BASE}/a/`)).toBe(`${BASE}/a/${allianceId}/dashboard`);
      const events = await t.sql(`SELECT action FROM audit_events WHERE alliance_id = $1 ORDER BY occurred_at`, [allianceId]);
      expect(events.map((e) => e.action)).toEqual(
        expect.arrayContaining(['alliance.joinRequestsOpened', 'joinRequest.created', 'joinRequest.accepted', 'membership.joined']),
      );
    });

    it('a join link works while the directory is closed; declining tells the requester the reason; a revoked link reveals nothing', async () => {
      await t.ok(OPEN_JOIN, { a: allianceId, o: false }, { token: backbone.token });
      const path1 = (await t.ok(RENEW, { a: allianceId }, { token: backbone.token })).renewJoinLink.joinLinkPath as string;
      const path2 = (await t.ok(RENEW, { a: allianceId }, { token: backbone.token })).renewJoinLink.joinLinkPath as string;
      expect(path2).not.toBe(path1);
      const requester = await t.userWithToken({ name: 'Lars Link', organisationName: 'Sportverein Mitte' });
      const old = path1.split('/').pop()!;
      const token = path2.split('/').pop()!;
      expect(code(await t.gql(`query($t: String!) { joinLinkPreview(token: $t) { id } }`, { t: old }, { token: requester.token }))).toBe('JOIN_NOT_AVAILABLE');
      const preview = (await t.ok(`query($t: String!) { joinLinkPreview(token: $t) { id name city } }`, { t: token }, { token: requester.token }))
        .joinLinkPreview;
      expect(preview).toMatchObject({ id: allianceId, city: 'Göttingen' });
      expect(code(await t.gql(REQUEST, { i: { targetAllianceId: allianceId, message: '' } }, { token: requester.token }))).toBe('JOIN_NOT_AVAILABLE');
      const asked = (await t.ok(REQUEST, { i: { targetAllianceId: allianceId, joinToken: token, message: '' } }, { token: requester.token })).requestToJoin;

      const declined = (
        await t.ok(
          DECLINE_REQUEST,
          { i: { allianceId, joinRequestId: asked.id, reason: 'Das Bündnis arbeitet nur in Göttingen.', version: asked.version } },
          { token: backbone.token },
        )
      ).declineJoinRequest;
      expect(declined).toEqual({ state: 'DECLINED', declineReason: 'Das Bündnis arbeitet nur in Göttingen.' });
      const [mail] = await smtp.waitForTo(requester.email);
      expect(mail.subject).toMatch(/^Ihre Beitrittsanfrage an „Bildungsbündnis/);
      expect(mail.text).toContain('Begründung: Das Bündnis arbeitet nur in Göttingen.');
      expect((await t.ok(`{ myJoinRequests { state declineReason } }`, {}, { token: requester.token })).myJoinRequests).toEqual([
        { state: 'DECLINED', declineReason: 'Das Bündnis arbeitet nur in Göttingen.' },
      ]);

      expect((await t.ok(REVOKE, { a: allianceId }, { token: backbone.token })).revokeJoinLink.joinLinkPath).toBeNull();
      expect(code(await t.gql(`query($t: String!) { joinLinkPreview(token: $t) { id } }`, { t: token }, { token: requester.token }))).toBe(
        'JOIN_NOT_AVAILABLE',
      );
      expect(code(await t.gql(REQUEST, { i: { targetAllianceId: allianceId, joinToken: token, message: '' } }, { token: requester.token }))).toBe(
        'JOIN_NOT_AVAILABLE',
      );
    });
  });
});
