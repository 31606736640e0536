import { TestApp } from '../../test/test-app';

const SEARCH = `query($id: ID!, $q: String!) { organisationSearch(allianceId: $id, query: $q) { id name city membershipState } }`;
const INVITE = `mutation($i: InviteOrganisationInput!) { inviteOrganisation(input: $i) { token invitation { id email } } }`;
const PREVIEW = `query($token: String!) { invitationPreview(token: $token) { organisationName emailHint forOrganisationAdmins } }`;
const ACCEPT = `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { allianceId token membership { state } } }`;
const INBOX = `{ organisationInvitations { id allianceId allianceName invitedByOrganisation organisationId organisationName role } }`;
const ACCEPT_FOR = `mutation($i: AcceptOrganisationInvitationInput!) { acceptOrganisationInvitation(input: $i) { allianceId membership { state seatCount } } }`;
const MY_ORGS = `{ myOrganisations { id name findable canAdminister } }`;
const FINDABLE = `mutation($i: SetOrganisationFindableInput!) { setOrganisationFindable(input: $i) { id findable } }`;
const ME = `{ me { organisations { id name } } }`;
const OFFICE = 'Amt für Schule und Bildung Musterstadt';

/**
 * Issue 18, finding 1: a backbone invited an EXISTING organisation with its own address and
 * accepted without logging in, becoming a person of that organisation. Now such an invitation
 * goes to the organisation's own admins, and only they can accept it.
 */
describe('organisation identity', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  /** The office works in its own alliance, where its person holds the admin seat. */
  async function office() {
    const admin = await t.userWithToken({ email: `leitung-${Date.now()}@schulamt.example`, organisationName: OFFICE, organisationKind: 'PUBLIC_BODY' });
    const ownAlliance = await t.createAlliance(admin.token, 'Bildungsbündnis Musterstadt');
    await t.sql(`UPDATE organisations SET city = 'Musterstadt' WHERE id = $1`, [admin.organisationId]);
    return { ...admin, ownAlliance };
  }

  it('refuses the impersonation from the black-box report', async () => {
    const amt = await office();
    expect((await t.ok(FINDABLE, { i: { organisationId: amt.organisationId, findable: true } }, { token: amt.token })).setOrganisationFindable.findable).toBe(
      true,
    );
    const klima = await t.userWithToken({ organisationName: 'Klimaallianz Nordkreis Geschäftsstelle' });
    const klimaId = await t.createAlliance(klima.token, 'Klimaallianz Nordkreis');

    // The backbone finds the office by name: name and city, nothing more.
    const [match] = (await t.ok(SEARCH, { id: klimaId, q: 'Schule und Bildung' }, { token: klima.token })).organisationSearch;
    expect(match).toEqual({ id: amt.organisationId, name: OFFICE, city: 'Musterstadt', membershipState: null });

    // 1. It cannot attach its own address to the existing organisation.
    const withAddress = await t.gql(
      INVITE,
      { i: { allianceId: klimaId, organisationId: amt.organisationId, role: 'PARTNER', email: 'attacker@evil.example' } },
      { token: klima.token },
    );
    expect(withAddress.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(withAddress.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'email', code: 'invalid' })]);

    // 2. The invitation it may send goes to the office's admins; the link alone is worth nothing.
    const invite = (await t.ok(INVITE, { i: { allianceId: klimaId, organisationId: amt.organisationId, role: 'PARTNER' } }, { token: klima.token }))
      .inviteOrganisation;
    expect(invite.invitation.email).toBeNull();
    expect((await t.ok(PREVIEW, { token: invite.token })).invitationPreview).toEqual({
      organisationName: OFFICE,
      emailHint: null,
      forOrganisationAdmins: true,
    });

    // 3. Accepting without login (creating an account) is refused; no account appears.
    const anonymous = await t.gql(ACCEPT, { i: { token: invite.token, name: 'Angreifer', password: 'ein-gutes-passwort' } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data?.acceptInvitation ?? null).toBeNull();
    expect(await t.sql(`SELECT 1 FROM users WHERE email = 'attacker@evil.example'`)).toEqual([]);

    // 4. Logged in as anyone but the office's admin (here: the inviting backbone itself), too.
    const meBefore = (await t.ok(ME, {}, { token: klima.token })).me.organisations;
    const asBackbone = await t.gql(ACCEPT, { i: { token: invite.token } }, { token: klima.token });
    expect(asBackbone.errors?.[0].extensions?.code).toBe('INVITATION_INVALID');
    const byId = await t.gql(ACCEPT_FOR, { i: { allianceId: klimaId, invitationId: invite.invitation.id } }, { token: klima.token });
    expect(byId.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.ok(ME, {}, { token: klima.token })).me.organisations).toEqual(meBefore);
    expect(meBefore.map((o: { id: string }) => o.id)).not.toContain(amt.organisationId);
    expect((await t.ok(INBOX, {}, { token: klima.token })).organisationInvitations).toEqual([]);

    // 5. …and it cannot found an alliance in the office's name.
    const inItsName = await t.gql(
      `mutation($i: CreateAllianceInput!) { createAlliance(input: $i) { id } }`,
      { i: { name: 'Falsches Bündnis', organisationId: amt.organisationId } },
      { token: klima.token },
    );
    expect(inItsName.errors?.[0].extensions?.code).toBe('ORGANISATION_REQUIRED');

    // Nothing changed: the office is still only INVITED, with no seat.
    const [m] = await t.sql(`SELECT state FROM memberships WHERE alliance_id = $1 AND organisation_id = $2`, [klimaId, amt.organisationId]);
    expect(m.state).toBe('INVITED');
    expect(
      await t.sql(`SELECT 1 FROM alliance_seats WHERE alliance_id = $1 AND membership_id IN (SELECT id FROM memberships WHERE organisation_id = $2)`, [
        klimaId,
        amt.organisationId,
      ]),
    ).toEqual([]);

    // The office's admin sees the invitation in their inbox and accepts on its behalf.
    const inbox = (await t.ok(INBOX, {}, { token: amt.token })).organisationInvitations;
    expect(inbox).toEqual([
      {
        id: invite.invitation.id,
        allianceId: klimaId,
        allianceName: 'Klimaallianz Nordkreis',
        invitedByOrganisation: 'Klimaallianz Nordkreis Geschäftsstelle',
        organisationId: amt.organisationId,
        organisationName: OFFICE,
        role: 'PARTNER',
      },
    ]);
    const accepted = (await t.ok(ACCEPT_FOR, { i: { allianceId: klimaId, invitationId: invite.invitation.id } }, { token: amt.token }))
      .acceptOrganisationInvitation;
    expect(accepted).toEqual({ allianceId: klimaId, membership: { state: 'ACTIVE', seatCount: 1 } });
    const mine = (await t.ok(`{ myAlliances { id myRole myIsAdmin } }`, {}, { token: amt.token })).myAlliances;
    expect(mine).toEqual(expect.arrayContaining([{ id: klimaId, myRole: 'PARTNER', myIsAdmin: true }]));
    expect((await t.ok(INBOX, {}, { token: amt.token })).organisationInvitations).toEqual([]);
  });

  it("lets the organisation's admin accept by link while logged in, and nobody without an admin seat", async () => {
    const amt = await office();
    // A colleague linked to the office but without an admin seat may not accept for it.
    const colleague = await t.userWithToken();
    await t.sql(`INSERT INTO user_organisations (user_id, organisation_id) VALUES ($1, $2)`, [colleague.id, amt.organisationId]);
    const other = await t.userWithToken({ organisationName: 'Netzwerk Süd' });
    const otherId = await t.createAlliance(other.token, 'Netzwerk Süd');
    const invite = (await t.ok(INVITE, { i: { allianceId: otherId, organisationId: amt.organisationId, role: 'FUNDER' } }, { token: other.token }))
      .inviteOrganisation;

    expect((await t.gql(ACCEPT, { i: { token: invite.token } }, { token: colleague.token })).errors?.[0].extensions?.code).toBe('INVITATION_INVALID');
    expect((await t.ok(INBOX, {}, { token: colleague.token })).organisationInvitations).toEqual([]);
    const ok = (await t.ok(ACCEPT, { i: { token: invite.token } }, { token: amt.token })).acceptInvitation;
    expect(ok).toEqual({ allianceId: otherId, token: null, membership: { state: 'ACTIVE' } });
  });

  it('lists only organisations that opted in, which only their admins can decide', async () => {
    const amt = await office();
    const klima = await t.userWithToken({ organisationName: 'Klimaallianz Ost' });
    const klimaId = await t.createAlliance(klima.token, 'Klimaallianz Ost');
    const search = async () => (await t.ok(SEARCH, { id: klimaId, q: OFFICE }, { token: klima.token })).organisationSearch.map((o: { id: string }) => o.id);

    expect(await search()).not.toContain(amt.organisationId);
    expect((await t.ok(MY_ORGS, {}, { token: amt.token })).myOrganisations).toEqual([
      { id: amt.organisationId, name: OFFICE, findable: false, canAdminister: true },
    ]);
    const stranger = await t.gql(FINDABLE, { i: { organisationId: amt.organisationId, findable: true } }, { token: klima.token });
    expect(stranger.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await search()).not.toContain(amt.organisationId);

    await t.ok(FINDABLE, { i: { organisationId: amt.organisationId, findable: true } }, { token: amt.token });
    expect(await search()).toContain(amt.organisationId);
    await t.ok(FINDABLE, { i: { organisationId: amt.organisationId, findable: false } }, { token: amt.token });
    expect(await search()).not.toContain(amt.organisationId);
  });

  it('still lets a NEW organisation be invited to a contact person, who accepts by creating the account', async () => {
    const backbone = await t.userWithToken();
    const allianceId = await t.createAlliance(backbone.token);
    const noAddress = await t.gql(INVITE, { i: { allianceId, organisationName: 'Jugendwerkstatt', role: 'PARTNER' } }, { token: backbone.token });
    expect(noAddress.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'email', code: 'required' })]);
    const invite = (
      await t.ok(
        INVITE,
        { i: { allianceId, organisationName: 'Jugendwerkstatt', role: 'PARTNER', email: 'kontakt@jugendwerkstatt.example' } },
        { token: backbone.token },
      )
    ).inviteOrganisation;
    const accepted = (await t.ok(ACCEPT, { i: { token: invite.token, name: 'Kai Kontakt', password: 'ein-gutes-passwort' } })).acceptInvitation;
    expect(accepted.membership.state).toBe('ACTIVE');
    const me = (await t.ok(ME, {}, { token: accepted.token })).me.organisations;
    expect(me).toEqual([expect.objectContaining({ name: 'Jugendwerkstatt' })]);
  });
});
