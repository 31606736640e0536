import { randomUUID } from 'node:crypto';
import { linkIn, MailCatcher } from '../../test/mail-catcher';
import { PASSWORD, TestApp } from '../../test/test-app';

const LINK = 'http://gemeinwerk.test/colleague-invitation/';
const INVITE = `mutation($i: InviteColleagueInput!) { inviteColleague(input: $i) { id email expiresAt } }`;
const ACCEPT = `mutation($i: AcceptColleagueInvitationInput!) { acceptColleagueInvitation(input: $i) { organisationId allianceIds token } }`;
const PREVIEW = `query($t: String!) { colleagueInvitationPreview(token: $t) { organisationName invitedByName emailHint accountExists } }`;
const LIST = `query($o: ID!) { organisationColleagues(organisationId: $o) { organisationName people { userId name email isAdmin isMe } invitations { id email } } }`;
const REMOVE = `mutation($i: RemoveColleagueInput!) { removeColleague(input: $i) }`;
const SET_ADMIN = `mutation($i: SetColleagueAdminInput!) { setColleagueAdmin(input: $i) { userId isAdmin } }`;
const REVOKE = `mutation($i: RevokeColleagueInvitationInput!) { revokeColleagueInvitation(input: $i) }`;
const ALLIANCE = `query($a: ID!) { alliance(allianceId: $a) { id name } }`;
const MEMBER_PEOPLE = `query($a: ID!) { memberPeople(allianceId: $a) { membershipId userId name isAdmin } }`;

const tokenOf = (link: string) => decodeURIComponent(new URL(link).pathname.split('/').pop()!);

describe('colleagues: organisation admins invite, list, remove and appoint their people (real SMTP server on loopback)', () => {
  let t: TestApp;
  const smtp = new MailCatcher();
  beforeAll(async () => {
    await smtp.start();
    t = await TestApp.start({ SMTP_URL: smtp.url, MAIL_WORKER: 'true', MAIL_POLL_INTERVAL_MS: '200' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  /** Invites `email` as the partner admin and returns the link's token from the mail that arrives. */
  async function inviteByMail(adminToken: string, organisationId: string, email: string, lang = 'de') {
    const before = smtp.mails.filter((m) => m.to.includes(email)).length;
    await t.ok(INVITE, { i: { organisationId, email } }, { token: adminToken, lang });
    const mails = await smtp.waitForTo(email, before + 1);
    const mail = mails[mails.length - 1];
    return { mail, token: tokenOf(linkIn(mail.text, LINK)) };
  }

  it('a new colleague gets a German mail, sets name and password, and sees the alliance; the link works once', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles('Kollegenbündnis');
    const email = `neu-${randomUUID().slice(0, 8)}@example.org`;
    const { mail, token } = await inviteByMail(partner.token, partner.organisationId, email);

    expect(mail.to).toEqual([email]);
    expect(mail.subject).toMatch(/^Einladung: Arbeiten Sie bei PARTNER org \w+ in Gemeinwerk mit$/);
    expect(mail.language).toBe('de');
    expect(mail.text).toContain('Hallo,');
    expect(mail.text).toContain('Test Person lädt Sie ein, für PARTNER org');
    expect(mail.text).toContain('Der Link gilt 14 Tage und nur einmal.');
    expect(mail.html).toContain('<html lang="de">');
    expect(mail.html).toContain(`href="${linkIn(mail.text, LINK)}"`);

    const preview = (await t.ok(PREVIEW, { t: token })).colleagueInvitationPreview;
    expect(preview).toEqual({
      organisationName: expect.stringMatching(/^PARTNER org/),
      invitedByName: 'Test Person',
      emailHint: `n…@example.org`,
      accountExists: false,
    });
    // The admin sees the open invitation.
    expect((await t.ok(LIST, { o: partner.organisationId }, { token: partner.token })).organisationColleagues.invitations).toEqual([
      { id: expect.any(String), email },
    ]);

    // Without name and password: a translated validation error, nothing created.
    expect((await t.gql(ACCEPT, { i: { token } })).errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    const accepted = (await t.ok(ACCEPT, { i: { token, name: 'Nora Neu', password: 'ein-gutes-passwort' } })).acceptColleagueInvitation;
    expect(accepted.organisationId).toBe(partner.organisationId);
    expect(accepted.allianceIds).toEqual([allianceId]);
    expect((await t.ok(ALLIANCE, { a: allianceId }, { token: accepted.token })).alliance.name).toBe('Kollegenbündnis');
    expect(await t.login(email, 'ein-gutes-passwort')).toBeTruthy();

    // Once only.
    const again = await t.gql(ACCEPT, { i: { token, name: 'Mallory', password: 'noch-ein-passwort' } });
    expect(again.errors?.[0].extensions?.code).toBe('INVITATION_INVALID');
    expect((await t.gql(PREVIEW, { t: token })).errors?.[0].extensions?.code).toBe('INVITATION_INVALID');

    const list = (await t.ok(LIST, { o: partner.organisationId }, { token: partner.token })).organisationColleagues;
    expect(list.invitations).toEqual([]);
    expect(list.people.map((p: { name: string; isAdmin: boolean; isMe: boolean }) => [p.name, p.isAdmin, p.isMe])).toEqual([
      ['Nora Neu', false, false],
      ['Test Person', true, true],
    ]);
    // The backbone sees the member's people by name, never their e-mail addresses.
    const seen = (await t.gql(MEMBER_PEOPLE, { a: allianceId }, { token: backbone.token })).data!.memberPeople;
    expect(seen.filter((p: { membershipId: string }) => p.membershipId === partner.membershipId).map((p: { name: string }) => p.name)).toEqual([
      'Test Person',
      'Nora Neu',
    ]);
    expect(JSON.stringify(seen)).not.toContain('@');
    // A partner sees only its own organisation's people.
    const own = (await t.ok(MEMBER_PEOPLE, { a: allianceId }, { token: accepted.token })).memberPeople;
    expect(new Set(own.map((p: { membershipId: string }) => p.membershipId))).toEqual(new Set([partner.membershipId]));
    // Audited in the alliance, without the address.
    const audit = await t.sql(`SELECT action, after FROM audit_events WHERE alliance_id = $1 AND action LIKE 'colleague.%' ORDER BY occurred_at`, [allianceId]);
    expect(audit.map((a) => a.action)).toEqual(['colleague.invited', 'colleague.joined']);
    expect(JSON.stringify(audit)).not.toContain(email);
  });

  it('an existing account gets the mail in its own language and accepts only logged in as itself; then it works for two organisations', async () => {
    const one = await t.allianceWithRoles('Erstes Bündnis');
    const two = await t.allianceWithRoles('Zweites Bündnis');
    // Eve works for the partner of alliance one; the partner of alliance two invites her too.
    const eve = one.partner;
    await t.sql(`UPDATE users SET locale = 'en', name = 'Eve English' WHERE id = $1`, [eve.id]);
    const { mail, token } = await inviteByMail(two.partner.token, two.partner.organisationId, eve.email, 'de');
    expect(mail.subject).toMatch(/^Invitation: work with PARTNER org \w+ in Gemeinwerk$/);
    expect(mail.language).toBe('en');
    expect(mail.text).toContain('Hello Eve English,');
    expect(mail.text).toContain('The link is valid for 14 days and only once.');
    expect((await t.ok(PREVIEW, { t: token })).colleagueInvitationPreview.accountExists).toBe(true);

    // Anonymous: log in first. Somebody else logged in: never linked to their account.
    expect((await t.gql(ACCEPT, { i: { token, name: 'Eve Fake', password: 'ein-gutes-passwort' } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const stranger = await t.userWithToken();
    expect((await t.gql(ACCEPT, { i: { token } }, { token: stranger.token })).errors?.[0].extensions?.code).toBe('INVITATION_INVALID');
    expect(await t.sql(`SELECT 1 FROM user_organisations WHERE user_id = $1 AND organisation_id = $2`, [stranger.id, two.partner.organisationId])).toEqual([]);

    const evesOldToken = eve.token;
    const accepted = (await t.ok(ACCEPT, { i: { token } }, { token: eve.token })).acceptColleagueInvitation;
    expect(accepted).toEqual({ organisationId: two.partner.organisationId, allianceIds: [two.allianceId], token: null });

    // Two organisations: login, the alliance switcher and both seats work.
    const fresh = await t.login(eve.email);
    const me = await t.ok(`{ me { organisations { id } } myAlliances { id } }`, {}, { token: fresh });
    expect(new Set(me.me.organisations.map((o: { id: string }) => o.id))).toEqual(new Set([one.partner.organisationId, two.partner.organisationId]));
    expect(new Set(me.myAlliances.map((a: { id: string }) => a.id))).toEqual(new Set([one.allianceId, two.allianceId]));
    for (const a of [one.allianceId, two.allianceId]) expect((await t.ok(ALLIANCE, { a }, { token: evesOldToken })).alliance.id).toBe(a);
    // Admin in her first organisation, not in the second.
    expect((await t.gql(LIST, { o: two.partner.organisationId }, { token: eve.token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.ok(LIST, { o: one.partner.organisationId }, { token: eve.token })).organisationColleagues.people).toHaveLength(1);

    // Removed from the second organisation: that alliance is gone at once, the first stays, so do her sessions.
    await t.ok(REMOVE, { i: { organisationId: two.partner.organisationId, userId: eve.id } }, { token: two.partner.token });
    expect((await t.gql(ALLIANCE, { a: two.allianceId }, { token: evesOldToken })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.ok(ALLIANCE, { a: one.allianceId }, { token: evesOldToken })).alliance.id).toBe(one.allianceId);
    expect((await t.ok(`{ myAlliances { id } }`, {}, { token: evesOldToken })).myAlliances.map((a: { id: string }) => a.id)).toEqual([one.allianceId]);
  });

  it('removal ends access at once: a token from before gets NOT_FOUND, and with no organisation left every session ends', async () => {
    const { allianceId, partner } = await t.allianceWithRoles('Entfernen');
    const email = `weg-${randomUUID().slice(0, 8)}@example.org`;
    const { token } = await inviteByMail(partner.token, partner.organisationId, email);
    const { acceptColleagueInvitation: a } = await t.ok(ACCEPT, { i: { token, name: 'Wanda Weg', password: 'ein-gutes-passwort' } });
    const second = await t.login(email, 'ein-gutes-passwort');
    expect((await t.ok(ALLIANCE, { a: allianceId }, { token: a.token })).alliance.id).toBe(allianceId);
    const [{ id: wanda }] = await t.sql(`SELECT id FROM users WHERE email = $1`, [email]);

    await t.ok(REMOVE, { i: { organisationId: partner.organisationId, userId: wanda } }, { token: partner.token });
    for (const s of [a.token, second]) {
      // Seats ended and sessions revoked: the API no longer knows the session at all.
      expect((await t.gql(ALLIANCE, { a: allianceId }, { token: s })).errors?.[0].extensions?.code).toMatch(/^(NOT_FOUND|UNAUTHENTICATED)$/);
      expect((await t.gql(`{ me { id } }`, {}, { token: s })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await t.sql(`SELECT 1 FROM sessions WHERE user_id = $1 AND revoked_at IS NULL`, [wanda])).toEqual([]);
    expect(await t.sql(`SELECT left_at IS NOT NULL AS ended FROM alliance_seats WHERE user_id = $1`, [wanda])).toEqual([{ ended: true }]);
    const audit = await t.sql(`SELECT before FROM audit_events WHERE alliance_id = $1 AND action = 'colleague.removed'`, [allianceId]);
    expect(audit).toEqual([{ before: { userId: wanda, isAdmin: false } }]);
  });

  it('the seat alone decides: the NOT_FOUND comes before any session is revoked (a person with another organisation)', async () => {
    const { allianceId, partner } = await t.allianceWithRoles('Sofort');
    const other = await t.userWithToken({ name: 'Otto Zwei' }); // works for another organisation too
    const { token } = await inviteByMail(partner.token, partner.organisationId, other.email);
    await t.ok(ACCEPT, { i: { token } }, { token: other.token });
    expect((await t.ok(ALLIANCE, { a: allianceId }, { token: other.token })).alliance.id).toBe(allianceId);
    await t.ok(REMOVE, { i: { organisationId: partner.organisationId, userId: other.id } }, { token: partner.token });
    expect((await t.gql(ALLIANCE, { a: allianceId }, { token: other.token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.ok(`{ me { id } }`, {}, { token: other.token })).me.id).toBe(other.id);
  });

  it("the organisation leaving the alliance ends its colleagues' access at once", async () => {
    const { allianceId, partner } = await t.allianceWithRoles('Austritt');
    const colleague = await t.userWithToken({ name: 'Carla Kollegin' });
    const { token } = await inviteByMail(partner.token, partner.organisationId, colleague.email);
    await t.ok(ACCEPT, { i: { token } }, { token: colleague.token });
    expect((await t.ok(ALLIANCE, { a: allianceId }, { token: colleague.token })).alliance.id).toBe(allianceId);
    await t.ok(`mutation($i: LeaveAllianceInput!) { leaveAlliance(input: $i) { state } }`, { i: { allianceId } }, { token: partner.token });
    expect((await t.gql(ALLIANCE, { a: allianceId }, { token: colleague.token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('an organisation keeps at least one admin; handing over appoints the colleague, then steps down', async () => {
    const { allianceId, partner } = await t.allianceWithRoles('Übergabe');
    const colleague = await t.userWithToken({ name: 'Hanna Hand' });
    const { token } = await inviteByMail(partner.token, partner.organisationId, colleague.email);
    await t.ok(ACCEPT, { i: { token } }, { token: colleague.token });

    for (const [q, i] of [
      [REMOVE, { organisationId: partner.organisationId, userId: partner.id }],
      [SET_ADMIN, { organisationId: partner.organisationId, userId: partner.id, isAdmin: false }],
    ] as const) {
      const de = await t.gql(q, { i }, { token: partner.token });
      expect(de.errors?.[0].extensions?.code).toBe('LAST_ORGANISATION_ADMIN');
      expect(de.errors?.[0].message).toMatch(/mindestens eine Person mit Verwaltungsrechten/);
      const en = await t.gql(q, { i }, { token: partner.token, lang: 'en' });
      expect(en.errors?.[0].message).toMatch(/at least one admin/);
    }
    // A colleague who is not an admin cannot act for the organisation.
    expect(
      (await t.gql(SET_ADMIN, { i: { organisationId: partner.organisationId, userId: colleague.id, isAdmin: true } }, { token: colleague.token })).errors?.[0]
        .extensions?.code,
    ).toBe('NOT_FOUND');

    expect(
      (await t.ok(SET_ADMIN, { i: { organisationId: partner.organisationId, userId: colleague.id, isAdmin: true } }, { token: partner.token }))
        .setColleagueAdmin,
    ).toEqual({ userId: colleague.id, isAdmin: true });
    expect(
      (await t.ok(SET_ADMIN, { i: { organisationId: partner.organisationId, userId: partner.id, isAdmin: false } }, { token: partner.token })).setColleagueAdmin
        .isAdmin,
    ).toBe(false);
    // The former admin no longer administers; the new one does (and invites, removes).
    expect((await t.gql(LIST, { o: partner.organisationId }, { token: partner.token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const people = (await t.ok(LIST, { o: partner.organisationId }, { token: colleague.token })).organisationColleagues.people;
    expect(people.map((p: { name: string; isAdmin: boolean }) => [p.name, p.isAdmin])).toEqual([
      ['Hanna Hand', true],
      ['Test Person', false],
    ]);
    const seats = await t.sql(
      `SELECT user_id, is_admin FROM alliance_seats WHERE alliance_id = $1 AND membership_id = $2 AND left_at IS NULL ORDER BY is_admin`,
      [allianceId, partner.membershipId],
    );
    expect(seats).toEqual([
      { user_id: partner.id, is_admin: false },
      { user_id: colleague.id, is_admin: true },
    ]);
    const actions = await t.sql(`SELECT action FROM audit_events WHERE alliance_id = $1 AND action = 'colleague.adminChanged'`, [allianceId]);
    expect(actions).toHaveLength(2);
  });

  it('an invitation can be revoked (its link then fails) and sending again replaces the open one', async () => {
    const { partner } = await t.allianceWithRoles('Widerruf');
    const email = `w-${randomUUID().slice(0, 8)}@example.org`;
    const first = await inviteByMail(partner.token, partner.organisationId, email);
    const second = await inviteByMail(partner.token, partner.organisationId, email);
    expect((await t.gql(PREVIEW, { t: first.token })).errors?.[0].extensions?.code).toBe('INVITATION_INVALID');
    const [open] = (await t.ok(LIST, { o: partner.organisationId }, { token: partner.token })).organisationColleagues.invitations;
    expect(await t.ok(REVOKE, { i: { organisationId: partner.organisationId, invitationId: open.id } }, { token: partner.token })).toEqual({
      revokeColleagueInvitation: true,
    });
    expect((await t.gql(ACCEPT, { i: { token: second.token, name: 'Zu Spät', password: PASSWORD } })).errors?.[0].extensions?.code).toBe('INVITATION_INVALID');
    // Inviting someone who already works here: a translated refusal.
    const dup = await t.gql(INVITE, { i: { organisationId: partner.organisationId, email: partner.email } }, { token: partner.token });
    expect(dup.errors?.[0].extensions?.code).toBe('ALREADY_COLLEAGUE');
    expect(dup.errors?.[0].message).toBe('Diese Person arbeitet bereits für Ihre Organisation.');
  });

  it('erasing an account pseudonymises colleague invitations to its address and ends the open ones', async () => {
    const { partner } = await t.allianceWithRoles('Löschung');
    const invited = await t.userWithToken({ name: 'Ella Erase' });
    await inviteByMail(partner.token, partner.organisationId, invited.email);
    await t.ok(`mutation($i: EraseMyAccountInput!) { eraseMyAccount(input: $i) }`, { i: { password: PASSWORD, confirm: 'LÖSCHEN' } }, { token: invited.token });
    expect(await t.sql(`SELECT 1 FROM colleague_invitations WHERE email = $1`, [invited.email])).toEqual([]);
    const rows = await t.sql(`SELECT email, revoked_at IS NOT NULL AS revoked FROM colleague_invitations WHERE organisation_id = $1`, [partner.organisationId]);
    expect(rows).toEqual([{ email: `erased-${invited.id}@invalid`, revoked: true }]);
  });

  it("isolation: an admin of X never sees or changes Y's people or invitations", async () => {
    const x = await t.allianceWithRoles('Bündnis X');
    const y = await t.allianceWithRoles('Bündnis Y');
    const yColleague = await t.userWithToken({ name: 'Yvonne' });
    const { token } = await inviteByMail(y.partner.token, y.partner.organisationId, yColleague.email);
    await t.ok(ACCEPT, { i: { token } }, { token: yColleague.token });
    await t.ok(INVITE, { i: { organisationId: y.partner.organisationId, email: `offen-${randomUUID().slice(0, 8)}@example.org` } }, { token: y.partner.token });
    const state = async () => [
      await t.sql(`SELECT * FROM user_organisations WHERE organisation_id = $1 ORDER BY user_id`, [y.partner.organisationId]),
      await t.sql(`SELECT * FROM colleague_invitations WHERE organisation_id = $1 ORDER BY id`, [y.partner.organisationId]),
      await t.sql(`SELECT * FROM alliance_seats WHERE alliance_id = $1 ORDER BY id`, [y.allianceId]),
      await t.sql(`SELECT count(*) FROM mail_outbox`),
    ];
    const before = await state();
    const [invitation] = await t.sql(`SELECT id FROM colleague_invitations WHERE organisation_id = $1 AND accepted_at IS NULL`, [y.partner.organisationId]);
    const o = y.partner.organisationId;
    // X's admins (backbone and partner) and Y's non-admin colleague.
    for (const caller of [x.partner.token, x.backbone.token, y.backbone.token, yColleague.token]) {
      const calls: [string, Record<string, unknown>][] = [
        [LIST, { o }],
        [INVITE, { i: { organisationId: o, email: `fremd-${randomUUID().slice(0, 8)}@example.org` } }],
        [REVOKE, { i: { organisationId: o, invitationId: invitation.id } }],
        [REMOVE, { i: { organisationId: o, userId: yColleague.id } }],
        [SET_ADMIN, { i: { organisationId: o, userId: yColleague.id, isAdmin: true } }],
      ];
      for (const [q, v] of calls) {
        const r = await t.gql(q, v, { token: caller });
        expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
        expect(JSON.stringify(r)).not.toContain('Yvonne');
      }
      // Their own organisation id with Y's person: not a colleague of theirs.
    }
    const xo = x.partner.organisationId;
    for (const [q, v] of [
      [REMOVE, { i: { organisationId: xo, userId: yColleague.id } }],
      [SET_ADMIN, { i: { organisationId: xo, userId: yColleague.id, isAdmin: true } }],
      [REVOKE, { i: { organisationId: xo, invitationId: invitation.id } }],
    ] as const) {
      expect((await t.gql(q, v, { token: x.partner.token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    expect(await state()).toEqual(before);
  });
});
