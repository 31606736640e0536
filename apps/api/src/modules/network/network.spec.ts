import { TestApp } from '../../test/test-app';

const NETWORK = `query($a: ID!, $f: NetworkFilterInput) { network(allianceId: $a, filter: $f) {
  asOf density componentCount statedDyads reciprocity quarters
  nodes { id organisation { name } role degree betweenness closeness component broker isolated }
  ties { a b weight kinds sources { source weight since } } } }`;
const PATH = `query($a: ID!, $from: ID!, $to: ID!) { networkPath(allianceId: $a, fromMembershipId: $from, toMembershipId: $to) { distance path { id } } }`;
const STATE = `mutation($i: StateRelationshipInput!) { stateRelationship(input: $i) { id fromMembershipId toMembershipId kind directed strength since until note version from { name } to { name } } }`;
const UPDATE = `mutation($i: UpdateRelationshipInput!) { updateRelationship(input: $i) { id kind strength version } }`;
const REMOVE = `mutation($a: ID!, $r: ID!, $v: Int!) { removeRelationship(allianceId: $a, relationshipId: $r, version: $v) }`;
const LIST = `query($a: ID!) { relationships(allianceId: $a) { id fromMembershipId toMembershipId kind } }`;
const LOG = `mutation($i: CreateLogEntryInput!) { createLogEntry(input: $i) { id } }`;

type Net = {
  nodes: Array<{ id: string; degree: number; broker: boolean; isolated: boolean; betweenness: number }>;
  ties: Array<{ a: string; b: string; sources: Array<{ source: string; weight: number; since: string }>; kinds: string[] }>;
  statedDyads: number;
  reciprocity: number;
  density: number;
  quarters: string[];
};

describe('the network: stated relationships and ties from the recorded work', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());
  const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

  async function alliance() {
    const roles = await t.allianceWithRoles('Netzwerk');
    const second = await t.addMember(roles.backbone.token, roles.allianceId, 'PARTNER');
    const third = await t.addMember(roles.backbone.token, roles.allianceId, 'PARTNER');
    // They joined before the recorded work began (the time slider counts members from joining).
    await t.sql(`UPDATE memberships SET joined_at = '2024-01-01', created_at = '2024-01-01' WHERE alliance_id = $1`, [roles.allianceId]);
    const [{ id: backboneMembership }] = await t.sql<{ id: string }>(`SELECT id FROM memberships WHERE alliance_id = $1 AND role = 'BACKBONE'`, [
      roles.allianceId,
    ]);
    return { ...roles, second, third, backboneMembership };
  }

  it('derives a tie from a shared meeting and measures the network: the chair is the broker', async () => {
    const { allianceId, backbone, partner, second, third, backboneMembership } = await alliance();
    // Meetings: partner–backbone and backbone–second; the third partner meets nobody.
    await t.ok(
      LOG,
      {
        i: {
          allianceId,
          type: 'MEETING',
          title: 'Runder Tisch',
          occurredOn: '2025-02-10',
          participantMembershipIds: [backboneMembership, partner.membershipId],
        },
      },
      { token: backbone.token },
    );
    await t.ok(
      LOG,
      {
        i: { allianceId, type: 'MEETING', title: 'AG Sprache', occurredOn: '2025-08-01', participantMembershipIds: [backboneMembership, second.membershipId] },
      },
      { token: backbone.token },
    );
    // An update is no meeting: no tie between partner and third.
    await t.ok(
      LOG,
      { i: { allianceId, type: 'UPDATE', title: 'Neuigkeit', occurredOn: '2025-08-01', participantMembershipIds: [partner.membershipId, third.membershipId] } },
      { token: backbone.token },
    );

    const net: Net = (await t.ok(NETWORK, { a: allianceId }, { token: partner.token })).network;
    const node = (id: string) => net.nodes.find((n) => n.id === id)!;
    expect(net.ties).toHaveLength(2);
    expect(net.ties.every((x) => x.sources.length === 1 && x.sources[0].source === 'MEETING' && x.sources[0].weight === 1)).toBe(true);
    expect(node(backboneMembership)).toMatchObject({ degree: 2, broker: true, betweenness: expect.any(Number) });
    expect(node(backboneMembership).betweenness).toBeGreaterThan(0);
    expect(node(third.membershipId)).toMatchObject({ degree: 0, isolated: true, broker: false });
    expect(net.quarters[0]).toBe('2025-Q1');

    // The path from the partner to the second runs through the backbone; to the third there is none.
    const path = (await t.ok(PATH, { a: allianceId, from: partner.membershipId, to: second.membershipId }, { token: partner.token })).networkPath;
    expect(path.distance).toBe(2);
    expect(path.path.map((n: { id: string }) => n.id)).toEqual([partner.membershipId, backboneMembership, second.membershipId]);
    expect((await t.ok(PATH, { a: allianceId, from: partner.membershipId, to: third.membershipId }, { token: partner.token })).networkPath).toEqual({
      distance: null,
      path: [],
    });
    // An id that is no UUID names no member (found by the fuzz test: it was an internal error).
    for (const bad of ['x', `${partner.membershipId}'--`, '😀'.repeat(40)]) {
      expect(code(await t.gql(PATH, { a: allianceId, from: partner.membershipId, to: bad }, { token: partner.token }))).toBe('NOT_FOUND');
    }

    // The time slider: on 2025-03-31 only the first meeting had taken place.
    const early: Net = (await t.ok(NETWORK, { a: allianceId, f: { asOf: '2025-03-31' } }, { token: backbone.token })).network;
    expect(early.ties).toHaveLength(1);
    expect(early.ties[0].sources[0].since).toBe('2025-02-10');
  });

  it('members state their own relationships; the backbone sees all, a partner its own, a funder none; reciprocity counts mutual pairs', async () => {
    const { allianceId, backbone, partner, second, third, funder, observer } = await alliance();
    const a = (
      await t.ok(
        STATE,
        {
          i: {
            allianceId,
            toMembershipId: second.membershipId,
            kind: 'REFERRAL',
            directed: true,
            strength: 3,
            since: '2024-05-01',
            note: 'Wir verweisen Familien.',
          },
        },
        { token: partner.token },
      )
    ).stateRelationship;
    expect(a).toMatchObject({ fromMembershipId: partner.membershipId, kind: 'REFERRAL', directed: true, strength: 3, since: '2024-05-01', version: 1 });
    await t.ok(STATE, { i: { allianceId, toMembershipId: partner.membershipId, kind: 'INFORMATION' } }, { token: second.token });
    await t.ok(STATE, { i: { allianceId, toMembershipId: third.membershipId, kind: 'COORDINATION' } }, { token: second.token });

    const full: Net = (await t.ok(NETWORK, { a: allianceId, f: { sources: ['STATED'] } }, { token: backbone.token })).network;
    expect(full.ties).toHaveLength(2);
    expect(full.statedDyads).toBe(2);
    expect(full.reciprocity).toBe(0.5);
    const pair = full.ties.find((x) => [x.a, x.b].includes(partner.membershipId) && [x.a, x.b].includes(second.membershipId))!;
    expect(pair.kinds).toEqual(['INFORMATION', 'REFERRAL']);
    expect(pair.sources).toEqual([{ source: 'STATED', weight: 2, since: '2024-05-01' }]);

    // The filter by kind keeps statements of that kind only.
    const coordination: Net = (await t.ok(NETWORK, { a: allianceId, f: { kinds: ['COORDINATION'] } }, { token: backbone.token })).network;
    expect(coordination.ties.map((x) => x.kinds)).toEqual([['COORDINATION']]);

    // The partner sees the statements that name it; the third's with the second stays hidden.
    const own: Net = (await t.ok(NETWORK, { a: allianceId }, { token: partner.token })).network;
    expect(own.ties).toHaveLength(1);
    expect((await t.ok(LIST, { a: allianceId }, { token: partner.token })).relationships).toHaveLength(2);
    expect((await t.ok(LIST, { a: allianceId }, { token: backbone.token })).relationships).toHaveLength(3);
    // A funder sees the network of the work, not statements; an observer no network at all.
    expect(((await t.ok(NETWORK, { a: allianceId }, { token: funder.token })).network as Net).ties).toHaveLength(0);
    expect(code(await t.gql(LIST, { a: allianceId }, { token: funder.token }))).toBe('FORBIDDEN');
    expect(code(await t.gql(NETWORK, { a: allianceId }, { token: observer.token }))).toBe('FORBIDDEN');
    expect(code(await t.gql(STATE, { i: { allianceId, toMembershipId: partner.membershipId, kind: 'FUNDING' } }, { token: funder.token }))).toBe('FORBIDDEN');

    // Only its member or the backbone changes a statement; stale versions conflict; all audited.
    expect(
      code(
        await t.gql(
          UPDATE,
          { i: { allianceId, relationshipId: a.id, version: 1, kind: 'FUNDING', directed: true, strength: 1, note: '' } },
          { token: second.token },
        ),
      ),
    ).toBe('FORBIDDEN');
    const changed = (
      await t.ok(
        UPDATE,
        { i: { allianceId, relationshipId: a.id, version: 1, kind: 'FUNDING', directed: true, strength: 1, note: '' } },
        { token: partner.token },
      )
    ).updateRelationship;
    expect(changed).toMatchObject({ kind: 'FUNDING', strength: 1, version: 2 });
    expect(
      code(
        await t.gql(
          UPDATE,
          { i: { allianceId, relationshipId: a.id, version: 1, kind: 'INFORMATION', directed: false, strength: 2, note: '' } },
          { token: partner.token },
        ),
      ),
    ).toBe('CONFLICT');
    expect(code(await t.gql(REMOVE, { a: allianceId, r: a.id, v: 1 }, { token: backbone.token }))).toBe('CONFLICT');
    expect((await t.ok(REMOVE, { a: allianceId, r: a.id, v: 2 }, { token: backbone.token })).removeRelationship).toBe(a.id);
    const audit = await t.sql(`SELECT action FROM audit_events WHERE alliance_id = $1 AND entity_type = 'Relationship' ORDER BY occurred_at, id`, [allianceId]);
    expect(audit.map((e: { action: string }) => e.action)).toEqual([
      'relationship.stated',
      'relationship.stated',
      'relationship.stated',
      'relationship.updated',
      'relationship.removed',
    ]);
  });

  it('refuses bad statements with a reason and changes nothing', async () => {
    const { allianceId, partner, second, backbone } = await alliance();
    const other = await t.allianceWithRoles('Anderes Bündnis');
    const before = await t.sql(`SELECT count(*)::int AS n FROM relationships WHERE alliance_id = $1`, [allianceId]);
    // With itself; with another alliance's member; until before since; for another member as a partner.
    expect(code(await t.gql(STATE, { i: { allianceId, toMembershipId: partner.membershipId, kind: 'INFORMATION' } }, { token: partner.token }))).toBe(
      'VALIDATION_FAILED',
    );
    expect(code(await t.gql(STATE, { i: { allianceId, toMembershipId: other.partner.membershipId, kind: 'INFORMATION' } }, { token: partner.token }))).toBe(
      'NOT_FOUND',
    );
    expect(
      code(
        await t.gql(
          STATE,
          { i: { allianceId, toMembershipId: second.membershipId, kind: 'INFORMATION', since: '2025-05-01', until: '2025-01-01' } },
          { token: partner.token },
        ),
      ),
    ).toBe('VALIDATION_FAILED');
    expect(
      code(
        await t.gql(
          STATE,
          { i: { allianceId, fromMembershipId: second.membershipId, toMembershipId: partner.membershipId, kind: 'INFORMATION' } },
          { token: partner.token },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(code(await t.gql(STATE, { i: { allianceId, toMembershipId: second.membershipId, kind: 'GOSSIP' } }, { token: partner.token }))).toBeDefined();
    expect(
      code(await t.gql(STATE, { i: { allianceId, toMembershipId: second.membershipId, kind: 'INFORMATION', strength: 7 } }, { token: partner.token })),
    ).toBe('VALIDATION_FAILED');
    // The backbone may state for two members.
    expect(
      (
        await t.ok(
          STATE,
          { i: { allianceId, fromMembershipId: second.membershipId, toMembershipId: partner.membershipId, kind: 'SHARED_RESOURCES' } },
          { token: backbone.token },
        )
      ).stateRelationship.fromMembershipId,
    ).toBe(second.membershipId);
    const after = await t.sql(`SELECT count(*)::int AS n FROM relationships WHERE alliance_id = $1`, [allianceId]);
    expect(after[0].n).toBe(before[0].n + 1);
  });
});
