import { TestApp } from '../../test/test-app';

const ADD = `mutation($i: AddMemberResourceInput!) { addMemberResource(input: $i) { id membershipId direction category field districtName targetGroup note version editable } }`;
const UPDATE = `mutation($i: UpdateMemberResourceInput!) { updateMemberResource(input: $i) { id note version } }`;
const REMOVE = `mutation($a: ID!, $r: ID!, $v: Int!) { removeMemberResource(allianceId: $a, resourceId: $r, version: $v) }`;
const LIST = `query($a: ID!) { memberResources(allianceId: $a) { id membershipId direction category editable } }`;
const SUGGEST = `query($a: ID!, $m: ID, $s: PartnerSearchInput) { matchSuggestions(allianceId: $a, membershipId: $m, search: $s) {
  membershipId needCount suggestions { kind membershipId offerId name providerName score contactRequested reasons { kind category field districtName targetGroup } } } }`;
const CONTACT = `mutation($i: RequestContactInput!) { requestContact(input: $i) { id logEntryId toMembershipId } }`;
const DISTRICT = `mutation($i: CreateDistrictInput!) { createDistrict(input: $i) { id } }`;

describe('matching: offers and needs, suggestions with reasons, Kontakt anbahnen', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());
  const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

  async function alliance() {
    const roles = await t.allianceWithRoles('Matching');
    const second = await t.addMember(roles.backbone.token, roles.allianceId, 'PARTNER');
    const third = await t.addMember(roles.backbone.token, roles.allianceId, 'PARTNER');
    const ost = (await t.ok(DISTRICT, { i: { allianceId: roles.allianceId, name: 'Oststadt' } }, { token: roles.backbone.token })).createDistrict.id as string;
    const west = (await t.ok(DISTRICT, { i: { allianceId: roles.allianceId, name: 'Weststadt' } }, { token: roles.backbone.token })).createDistrict
      .id as string;
    return { ...roles, second, third, ost, west };
  }

  it('suggests the member that offers rooms in Oststadt and reaches families first, with the reasons', async () => {
    const { allianceId, partner, second, third, ost, west } = await alliance();
    const add = (token: string, i: Record<string, unknown>) => t.ok(ADD, { i: { allianceId, ...i } }, { token });
    await add(partner.token, { direction: 'NEED', category: 'ROOMS', districtId: ost });
    await add(partner.token, { direction: 'NEED', category: 'REACH', targetGroup: 'Familien mit Fluchterfahrung' });
    await add(partner.token, { direction: 'OFFER', category: 'VOLUNTEERS', note: 'Zwölf Ehrenamtliche' });
    await add(second.token, { direction: 'OFFER', category: 'ROOMS', districtId: ost });
    await add(second.token, { direction: 'OFFER', category: 'REACH', targetGroup: 'Familien mit Fluchterfahrung', districtId: ost });
    await add(third.token, { direction: 'OFFER', category: 'ROOMS', districtId: west });
    await add(third.token, { direction: 'NEED', category: 'VOLUNTEERS' });

    const s = (await t.ok(SUGGEST, { a: allianceId }, { token: partner.token })).matchSuggestions;
    expect(s.membershipId).toBe(partner.membershipId);
    expect(s.needCount).toBe(2);
    expect(s.suggestions.map((x: { membershipId: string; score: number }) => [x.membershipId, x.score])).toEqual([
      [second.membershipId, 10], // rooms in Oststadt 5 + reach into the families 5
      [third.membershipId, 3], // rooms elsewhere 2 + they need the volunteers the partner offers 1
    ]);
    expect(s.suggestions[0].reasons).toEqual([
      { kind: 'OFFERS', category: 'REACH', field: '', districtName: 'Oststadt', targetGroup: 'Familien mit Fluchterfahrung' },
      { kind: 'OFFERS', category: 'ROOMS', field: '', districtName: 'Oststadt', targetGroup: null },
    ]);
    expect(s.suggestions[1].reasons.map((r: { kind: string; districtName: string }) => [r.kind, r.districtName])).toEqual([
      ['OFFERS', 'Weststadt'],
      ['NEEDS', null],
    ]);

    // Partner search by district across every category: only those that name Oststadt.
    const found = (await t.ok(SUGGEST, { a: allianceId, s: { districtId: ost, includeOffers: true } }, { token: partner.token })).matchSuggestions;
    expect(found.suggestions.map((x: { membershipId: string }) => x.membershipId)).toEqual([second.membershipId]);
  });

  it('Kontakt anbahnen writes a log entry with both members and notifies the other side', async () => {
    const { allianceId, partner, second } = await alliance();
    const r = (
      await t.ok(CONTACT, { i: { allianceId, toMembershipId: second.membershipId, message: 'Hätten Sie dienstags einen Raum?' } }, { token: partner.token })
    ).requestContact;
    const [entry] = await t.sql<{ type: string; title: string; body: string }>(`SELECT type, title, body FROM log_entries WHERE alliance_id = $1 AND id = $2`, [
      allianceId,
      r.logEntryId,
    ]);
    expect(entry.type).toBe('UPDATE');
    expect(entry.title).toMatch(/^Kontakt angebahnt: /);
    expect(entry.body).toBe('Hätten Sie dienstags einen Raum?');
    const participants = await t.sql<{ membership_id: string }>(
      `SELECT membership_id FROM log_entry_participants WHERE alliance_id = $1 AND log_entry_id = $2 ORDER BY membership_id`,
      [allianceId, r.logEntryId],
    );
    expect(participants.map((p) => p.membership_id).sort()).toEqual([partner.membershipId, second.membershipId].sort());
    const notices = await t.sql<{ user_id: string; kind: string }>(
      `SELECT user_id, kind FROM notifications WHERE alliance_id = $1 AND kind = 'CONTACT_REQUEST'`,
      [allianceId],
    );
    expect(notices.map((n) => n.user_id)).toEqual([second.id]);
    const mails = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM mail_outbox WHERE kind = 'CONTACT_REQUEST' AND to_address = $1`, [second.email]);
    expect(mails[0].n).toBe(1);
    const after = (await t.ok(SUGGEST, { a: allianceId }, { token: partner.token })).matchSuggestions;
    expect(after.needCount).toBe(0);
    // Asking oneself is refused, and nothing is written.
    expect(code(await t.gql(CONTACT, { i: { allianceId, toMembershipId: partner.membershipId, message: '' } }, { token: partner.token }))).toBe(
      'VALIDATION_FAILED',
    );
    expect((await t.sql(`SELECT 1 FROM contact_requests WHERE alliance_id = $1`, [allianceId])).length).toBe(1);
  });

  it('a member edits its own offers and needs, the backbone everyone’s; stale versions conflict; funders and observers take no part', async () => {
    const { allianceId, backbone, partner, second, funder, observer } = await alliance();
    const mine = (await t.ok(ADD, { i: { allianceId, direction: 'OFFER', category: 'EXPERTISE', field: 'Recht', note: 'Beratung' } }, { token: partner.token }))
      .addMemberResource;
    expect(mine).toMatchObject({ membershipId: partner.membershipId, field: 'Recht', version: 1, editable: true });
    const list = (await t.ok(LIST, { a: allianceId }, { token: second.token })).memberResources;
    expect(list).toEqual([{ id: mine.id, membershipId: partner.membershipId, direction: 'OFFER', category: 'EXPERTISE', editable: false }]);
    const change = (token: string, version: number) =>
      t.gql(UPDATE, { i: { allianceId, resourceId: mine.id, version, direction: 'OFFER', category: 'EXPERTISE', field: 'Recht', note: 'neu' } }, { token });
    expect(code(await change(second.token, 1))).toBe('FORBIDDEN');
    expect((await change(backbone.token, 1)).data.updateMemberResource).toMatchObject({ note: 'neu', version: 2 });
    expect(code(await change(partner.token, 1))).toBe('CONFLICT');
    expect(
      code(await t.gql(ADD, { i: { allianceId, membershipId: second.membershipId, direction: 'NEED', category: 'DATA' } }, { token: partner.token })),
    ).toBe('FORBIDDEN');
    for (const who of [funder, observer]) {
      expect(code(await t.gql(LIST, { a: allianceId }, { token: who.token }))).toBe('FORBIDDEN');
      expect(code(await t.gql(SUGGEST, { a: allianceId }, { token: who.token }))).toBe('FORBIDDEN');
      expect(code(await t.gql(CONTACT, { i: { allianceId, toMembershipId: partner.membershipId, message: '' } }, { token: who.token }))).toBe('FORBIDDEN');
    }
    expect(code(await t.gql(REMOVE, { a: allianceId, r: mine.id, v: 1 }, { token: partner.token }))).toBe('CONFLICT');
    expect(await t.ok(REMOVE, { a: allianceId, r: mine.id, v: 2 }, { token: partner.token })).toEqual({ removeMemberResource: mine.id });
    const audit = await t.sql<{ action: string }>(
      `SELECT action FROM audit_events WHERE alliance_id = $1 AND entity_type = 'MemberResource' ORDER BY occurred_at, action`,
      [allianceId],
    );
    expect(audit.map((a) => a.action)).toEqual(['resource.added', 'resource.updated', 'resource.removed']);
  });
});
