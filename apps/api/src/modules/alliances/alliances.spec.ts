import { TestApp } from '../../test/test-app';

const CREATE = `mutation($i: CreateAllianceInput!) { createAlliance(input: $i) { id name kind lifecycle myRole myIsAdmin myOrganisation { id name } } }`;

describe('alliances', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it("creating an alliance makes the creator's organisation its backbone", async () => {
    const u = await t.userWithToken({ organisationName: 'Amt für Bildung Musterstadt', organisationKind: 'PUBLIC_BODY' });
    const d = await t.ok(CREATE, { i: { name: 'Bildungsbündnis', kind: 'COALITION', problemStatement: 'Zu viele Schulabbrüche' } }, { token: u.token });
    expect(d.createAlliance).toMatchObject({
      name: 'Bildungsbündnis',
      kind: 'COALITION',
      lifecycle: 'FORMING',
      myRole: 'BACKBONE',
      myIsAdmin: true,
      myOrganisation: { id: u.organisationId, name: 'Amt für Bildung Musterstadt' },
    });
    const id = d.createAlliance.id;
    const members = await t.sql(`SELECT organisation_id, role, state FROM memberships WHERE alliance_id = $1`, [id]);
    expect(members).toEqual([{ organisation_id: u.organisationId, role: 'BACKBONE', state: 'ACTIVE' }]);
    const seats = await t.sql(`SELECT user_id, is_admin FROM alliance_seats WHERE alliance_id = $1`, [id]);
    expect(seats).toEqual([{ user_id: u.id, is_admin: true }]);
    const audit = await t.sql(`SELECT action, actor_user_id FROM audit_events WHERE alliance_id = $1`, [id]);
    expect(audit).toEqual([{ action: 'alliance.created', actor_user_id: u.id }]);
  });

  it('asks which organisation acts when the user works for several', async () => {
    const u = await t.userWithToken();
    const second = await t.createUser();
    await t.sql(`INSERT INTO user_organisations (user_id, organisation_id) VALUES ($1, $2)`, [u.id, second.organisationId]);
    const r = await t.gql(CREATE, { i: { name: 'Zwei Hüte' } }, { token: u.token });
    expect(r.errors?.[0].extensions?.code).toBe('ORGANISATION_REQUIRED');
    expect(await t.sql(`SELECT * FROM alliances WHERE name = 'Zwei Hüte'`)).toEqual([]);
    const ok = await t.ok(CREATE, { i: { name: 'Zwei Hüte', organisationId: second.organisationId } }, { token: u.token });
    expect(ok.createAlliance.myOrganisation.id).toBe(second.organisationId);
  });

  it('refuses bad input and changes nothing', async () => {
    const u = await t.userWithToken();
    const before = await t.sql(`SELECT count(*)::int AS n FROM alliances`);
    for (const i of [{ name: 'x' }, { name: 'Gut', periodStart: '2026-05-01', periodEnd: '2026-01-01' }, { name: 'Gut', periodStart: '31.12.2026' }]) {
      const r = await t.gql(CREATE, { i }, { token: u.token });
      expect(r.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    }
    const wrongType = await t.gql(CREATE, { i: { name: 'Gut', kind: 'PARTY' } }, { token: u.token });
    expect(wrongType.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(await t.sql(`SELECT count(*)::int AS n FROM alliances`)).toEqual(before);
  });
});
