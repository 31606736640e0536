import { randomUUID } from 'node:crypto';
import { PASSWORD, TestApp } from '../../test/test-app';

const INVITE = `mutation($i: InviteOrganisationInput!) { inviteOrganisation(input: $i) { token acceptPath invitation { id email role organisation { id name } } } }`;
const ACCEPT = `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { allianceId token membership { id role state version organisation { name } } } }`;
const MEMBERS = `query($id: ID!) { members(allianceId: $id) { id role state version seatCount organisation { name } } }`;
const PENDING = `query($id: ID!) { pendingInvitations(allianceId: $id) { id email } }`;
const CHANGE = `mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { id role version } }`;
const LEAVE = `mutation($i: LeaveAllianceInput!) { leaveAlliance(input: $i) { id state } }`;

describe('members and invitations', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it('invites a new organisation; its contact creates an account, accepts and works in the alliance', async () => {
    const backbone = await t.userWithToken({ organisationName: 'Bildungsbüro' });
    const allianceId = await t.createAlliance(backbone.token);
    const inv = await t.ok(
      INVITE,
      { i: { allianceId, organisationName: 'Volkshochschule', organisationKind: 'PUBLIC_BODY', role: 'PARTNER', email: 'Kurs@VHS.example' } },
      { token: backbone.token },
    );
    expect(inv.inviteOrganisation.invitation).toMatchObject({ email: 'kurs@vhs.example', role: 'PARTNER', organisation: { name: 'Volkshochschule' } });
    expect(inv.inviteOrganisation.acceptPath).toBe(`/invitation/${encodeURIComponent(inv.inviteOrganisation.token)}`);
    expect((await t.ok(PENDING, { id: allianceId }, { token: backbone.token })).pendingInvitations).toHaveLength(1);
    const invited = (await t.ok(MEMBERS, { id: allianceId }, { token: backbone.token })).members;
    expect(invited.map((m: any) => [m.organisation.name, m.state])).toEqual([
      ['Bildungsbüro', 'ACTIVE'],
      ['Volkshochschule', 'INVITED'],
    ]);

    const missing = await t.gql(ACCEPT, { i: { token: inv.inviteOrganisation.token } });
    expect(missing.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    const accepted = await t.ok(ACCEPT, { i: { token: inv.inviteOrganisation.token, name: 'Kim Kurs', password: 'ein-gutes-passwort' } });
    expect(accepted.acceptInvitation).toMatchObject({
      allianceId,
      membership: { role: 'PARTNER', state: 'ACTIVE', organisation: { name: 'Volkshochschule' } },
    });
    const token = accepted.acceptInvitation.token;
    const mine = await t.ok(`{ myAlliances { id myRole myIsAdmin } }`, {}, { token });
    expect(mine.myAlliances).toEqual([{ id: allianceId, myRole: 'PARTNER', myIsAdmin: true }]);
    expect((await t.ok(PENDING, { id: allianceId }, { token: backbone.token })).pendingInvitations).toHaveLength(0);

    // A token works once.
    const again = await t.gql(ACCEPT, { i: { token: inv.inviteOrganisation.token, name: 'X Y', password: 'ein-gutes-passwort' } });
    expect(again.errors?.[0].extensions?.code).toBe('INVITATION_INVALID');
    const actions = await t.sql(`SELECT action FROM audit_events WHERE alliance_id = $1 ORDER BY occurred_at`, [allianceId]);
    expect(actions.map((a) => a.action)).toEqual(['alliance.created', 'membership.invited', 'membership.accepted']);
  });

  it("an existing user accepts a new organisation's invitation while logged in, only with the invited e-mail", async () => {
    const backbone = await t.userWithToken();
    const allianceId = await t.createAlliance(backbone.token);
    const invitee = await t.userWithToken({ email: 'stiftung@example.org', organisationName: 'Bürgerstiftung', organisationKind: 'FOUNDATION' });
    const other = await t.userWithToken();
    const inv = await t.ok(
      INVITE,
      { i: { allianceId, organisationName: 'Stiftung Zukunft', organisationKind: 'FOUNDATION', role: 'FUNDER', email: invitee.email } },
      { token: backbone.token },
    );
    const token = inv.inviteOrganisation.token;
    expect((await t.gql(ACCEPT, { i: { token } }, { token: other.token })).errors?.[0].extensions?.code).toBe('INVITATION_INVALID');
    expect((await t.gql(ACCEPT, { i: { token, name: 'Fremd', password: 'ein-gutes-passwort' } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const ok = await t.ok(ACCEPT, { i: { token } }, { token: invitee.token });
    expect(ok.acceptInvitation.membership).toMatchObject({ role: 'FUNDER', state: 'ACTIVE' });
    expect(ok.acceptInvitation.token).toBeNull();
    const orgs = (await t.ok(`{ me { organisations { name } } }`, {}, { token: invitee.token })).me.organisations;
    expect(orgs.map((o: { name: string }) => o.name)).toEqual(['Bürgerstiftung', 'Stiftung Zukunft']);
  });

  it('refuses forged, foreign and revoked invitation tokens alike', async () => {
    const backbone = await t.userWithToken();
    const allianceId = await t.createAlliance(backbone.token);
    const inv = await t.ok(INVITE, { i: { allianceId, organisationName: 'Jobcenter', role: 'PARTNER', email: 'j@example.org' } }, { token: backbone.token });
    await t.ok(
      `mutation($i: RevokeInvitationInput!) { revokeInvitation(input: $i) }`,
      { i: { allianceId, invitationId: inv.inviteOrganisation.invitation.id } },
      { token: backbone.token },
    );
    for (const token of [inv.inviteOrganisation.token, `${allianceId}.forged-secret-123`, `${randomUUID()}.abcdefghijkl`, 'garbage-token-x']) {
      const r = await t.gql(ACCEPT, { i: { token, name: 'Jo Job', password: 'ein-gutes-passwort' } });
      expect(r.errors?.[0].extensions?.code).toBe('INVITATION_INVALID');
    }
    const members = (await t.ok(MEMBERS, { id: allianceId }, { token: backbone.token })).members;
    expect(members.find((m: any) => m.organisation.name === 'Jobcenter').state).toBe('LEFT');
  });

  it('only the backbone invites and changes roles; partners are told what they lack', async () => {
    const { allianceId, backbone, partner, funder, observer } = await t.allianceWithRoles();
    for (const who of [partner, funder, observer]) {
      const r = await t.gql(INVITE, { i: { allianceId, organisationName: 'Neu', role: 'PARTNER', email: 'n@example.org' } }, { token: who.token });
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(r.errors?.[0].message).toBe('Dafür fehlt Ihnen die Berechtigung: Rolle Geschäftsstelle.');
      const en = await t.gql(CHANGE, { i: { allianceId, membershipId: who.membershipId, role: 'BACKBONE', version: 2 } }, { token: who.token, lang: 'en' });
      expect(en.errors?.[0].message).toBe('You lack the permission for this: backbone role.');
    }
    const before = await t.sql(`SELECT role, version FROM memberships WHERE id = $1`, [partner.membershipId]);
    const changed = await t.ok(
      CHANGE,
      { i: { allianceId, membershipId: partner.membershipId, role: 'OBSERVER', version: before[0].version } },
      { token: backbone.token },
    );
    expect(changed.changeMemberRole).toMatchObject({ role: 'OBSERVER', version: before[0].version + 1 });
    expect((await t.ok(`query($id: ID!) { alliance(allianceId: $id) { myRole } }`, { id: allianceId }, { token: partner.token })).alliance.myRole).toBe(
      'OBSERVER',
    );
  });

  it('a stale version is refused with CONFLICT and changes nothing', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const [{ version }] = await t.sql(`SELECT version FROM memberships WHERE id = $1`, [partner.membershipId]);
    await t.ok(CHANGE, { i: { allianceId, membershipId: partner.membershipId, role: 'FUNDER', version } }, { token: backbone.token });
    const stale = await t.gql(CHANGE, { i: { allianceId, membershipId: partner.membershipId, role: 'OBSERVER', version } }, { token: backbone.token });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await t.sql(`SELECT role, version FROM memberships WHERE id = $1`, [partner.membershipId])).toEqual([{ role: 'FUNDER', version: version + 1 }]);
  });

  it('keeps at least one backbone; a member can leave and then sees nothing', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const [{ id: bbMembership, version }] = await t.sql(`SELECT id, version FROM memberships WHERE alliance_id = $1 AND role = 'BACKBONE'`, [allianceId]);
    const demote = await t.gql(CHANGE, { i: { allianceId, membershipId: bbMembership, role: 'PARTNER', version } }, { token: backbone.token });
    expect(demote.errors?.[0].extensions?.code).toBe('LAST_BACKBONE');
    expect((await t.gql(LEAVE, { i: { allianceId } }, { token: backbone.token })).errors?.[0].extensions?.code).toBe('LAST_BACKBONE');

    const left = await t.ok(LEAVE, { i: { allianceId } }, { token: partner.token });
    expect(left.leaveAlliance.state).toBe('LEFT');
    const after = await t.gql(MEMBERS, { id: allianceId }, { token: partner.token });
    expect(after.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.ok(`{ myAlliances { id } }`, {}, { token: partner.token })).myAlliances).toEqual([]);
  });

  it('re-inviting an organisation that left works; inviting an active one does not', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const dup = await t.gql(INVITE, { i: { allianceId, organisationId: partner.organisationId, role: 'PARTNER' } }, { token: backbone.token });
    expect(dup.errors?.[0].extensions?.code).toBe('ALREADY_MEMBER');
    await t.ok(LEAVE, { i: { allianceId } }, { token: partner.token });
    // The organisation is known now: the invitation goes to its admin (who held the admin seat when it left).
    const inv = await t.ok(INVITE, { i: { allianceId, organisationId: partner.organisationId, role: 'OBSERVER' } }, { token: backbone.token });
    const again = await t.ok(ACCEPT, { i: { token: inv.inviteOrganisation.token } }, { token: await t.login(partner.email, PASSWORD) });
    expect(again.acceptInvitation.membership).toMatchObject({ role: 'OBSERVER', state: 'ACTIVE' });
  });
});
