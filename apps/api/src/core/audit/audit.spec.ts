import { randomUUID } from 'node:crypto';
import { TestApp } from '../../test/test-app';

const EVENTS = `query($id: ID!, $f: AuditEventFilter, $p: PageInput) {
  auditEvents(allianceId: $id, filter: $f, page: $p) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id actorUserId actorName action entityType entityId before after occurredAt } } }`;
const CREATE_GOAL = `mutation($i: CreateGoalInput!) { createGoal(input: $i) { id } }`;
const UPDATE_GOAL = `mutation($i: UpdateGoalInput!) { updateGoal(input: $i) { id } }`;

describe('audit events query', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

  it('lists what was changed, newest first, with actor, before and after as JSON', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    await t.sql(`UPDATE users SET name = 'Berta Backbone' WHERE id = $1`, [backbone.id]);
    const goalId = (await t.ok(CREATE_GOAL, { i: { allianceId, title: 'Ziel' } }, { token: backbone.token })).createGoal.id;
    await t.ok(UPDATE_GOAL, { i: { allianceId, goalId, version: 1, title: 'Besseres Ziel' } }, { token: backbone.token });

    const page = (await t.ok(EVENTS, { id: allianceId }, { token: backbone.token })).auditEvents;
    expect(page.nodes[0]).toEqual({
      id: expect.any(String),
      actorUserId: backbone.id,
      actorName: 'Berta Backbone',
      action: 'goal.updated',
      entityType: 'Goal',
      entityId: goalId,
      before: { title: 'Ziel', version: 1 },
      after: { title: 'Besseres Ziel', version: 2 },
      occurredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(page.nodes.map((e: any) => e.action)).toEqual([
      'goal.updated',
      'goal.created',
      'membership.accepted',
      'membership.invited',
      'membership.accepted',
      'membership.invited',
      'membership.accepted',
      'membership.invited',
      'alliance.created',
    ]);
    expect(page.totalCount).toBe(9);

    const forGoal = (await t.ok(EVENTS, { id: allianceId, f: { entityType: 'Goal', entityId: goalId } }, { token: backbone.token })).auditEvents;
    expect(forGoal.nodes.map((e: any) => e.action)).toEqual(['goal.updated', 'goal.created']);
    expect(forGoal.totalCount).toBe(2);
  });

  it('shows changes made by the system with a null actor', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    await t.sql(
      `INSERT INTO audit_events (alliance_id, id, actor_user_id, action, entity_type, entity_id, after) VALUES ($1, $2, NULL, 'period.closed', 'ReportingPeriod', $2, '{"state":"CLOSED","late":[1,2]}')`,
      [allianceId, randomUUID()],
    );
    const [event] = (await t.ok(EVENTS, { id: allianceId, p: { first: 1 } }, { token: backbone.token })).auditEvents.nodes;
    expect(event).toMatchObject({ actorUserId: null, actorName: null, action: 'period.closed', before: null, after: { state: 'CLOSED', late: [1, 2] } });
  });

  it('pages with keyset cursors: every event once, in order, even when events share a timestamp', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    // Five events in one transaction share now(); the id breaks the tie.
    await t.sql(
      `INSERT INTO audit_events (alliance_id, id, actor_user_id, action, entity_type, entity_id)
       SELECT $1, gen_random_uuid(), NULL, 'bulk.' || n, 'Goal', gen_random_uuid() FROM generate_series(1, 5) n`,
      [allianceId],
    );
    const all = (await t.ok(EVENTS, { id: allianceId, p: { first: 100 } }, { token: backbone.token })).auditEvents;
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = (await t.ok(EVENTS, { id: allianceId, p: { first: 2, after } }, { token: backbone.token })).auditEvents;
      expect(page.totalCount).toBe(all.totalCount);
      seen.push(...page.nodes.map((e: any) => e.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.nodes.map((e: any) => e.id));
    expect(new Set(seen).size).toBe(all.totalCount);
    const bad = await t.gql(EVENTS, { id: allianceId, p: { first: 2, after: Buffer.from('["x","y"]').toString('base64url') } }, { token: backbone.token });
    expect(code(bad)).toBe('VALIDATION_FAILED');
    expect(code(await t.gql(EVENTS, { id: allianceId, p: { first: 101 } }, { token: backbone.token }))).toBe('VALIDATION_FAILED');
  });

  it('filters by Europe/Berlin days, inclusive', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    // 23:30 UTC on 10 March is 00:30 on 11 March in Berlin.
    await t.sql(
      `INSERT INTO audit_events (alliance_id, id, action, entity_type, entity_id, occurred_at) VALUES ($1, $2, 'late.night', 'Goal', $2, '2025-03-10T23:30:00Z')`,
      [allianceId, randomUUID()],
    );
    const actions = async (f: Record<string, string>) =>
      (await t.ok(EVENTS, { id: allianceId, f }, { token: backbone.token })).auditEvents.nodes.map((e: any) => e.action);
    expect(await actions({ from: '2025-03-11', to: '2025-03-11' })).toEqual(['late.night']);
    expect(await actions({ from: '2025-03-01', to: '2025-03-10' })).toEqual([]);
    expect(await actions({ to: '2025-12-31' })).toEqual(['late.night']);
    expect(await actions({ from: '2026-01-01' })).not.toContain('late.night');
    const reversed = await t.gql(EVENTS, { id: allianceId, f: { from: '2025-03-12', to: '2025-03-11' } }, { token: backbone.token });
    expect(code(reversed)).toBe('VALIDATION_FAILED');
    for (const day of ['2025-02-30', '2025-13-01', '11.03.2025']) {
      const r = await t.gql(EVENTS, { id: allianceId, f: { from: day } }, { token: backbone.token });
      expect({ day, code: code(r) }).toEqual({ day, code: 'VALIDATION_FAILED' });
    }
  });

  it('is for the backbone only, and only of its own alliance', async () => {
    const a = await t.allianceWithRoles('Bündnis A');
    const b = await t.allianceWithRoles('Bündnis B');
    for (const who of [a.partner, a.funder, a.observer]) {
      const r = await t.gql(EVENTS, { id: a.allianceId }, { token: who.token });
      expect(code(r)).toBe('FORBIDDEN');
      expect(r.errors?.[0].message).toBe('Dafür fehlt Ihnen die Berechtigung: Rolle Geschäftsstelle.');
      expect(r.data).toBeUndefined();
    }
    expect(code(await t.gql(EVENTS, { id: a.allianceId }, { token: b.backbone.token }))).toBe('NOT_FOUND');
    // Filtering B's trail by an entity of A finds nothing.
    const [{ entity_id: aEntity }] = await t.sql(`SELECT entity_id FROM audit_events WHERE alliance_id = $1 LIMIT 1`, [a.allianceId]);
    const foreign = (await t.ok(EVENTS, { id: b.allianceId, f: { entityId: aEntity } }, { token: b.backbone.token })).auditEvents;
    expect(foreign).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] });
  });

  it('filters by person and action; the filter choices list who and what occurs; bad filters are refused', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles('Filterbündnis');
    await t.sql(`UPDATE users SET name = 'Berta Backbone' WHERE id = $1`, [backbone.id]);
    const goalId = (await t.ok(CREATE_GOAL, { i: { allianceId, title: 'Ziel' } }, { token: backbone.token })).createGoal.id;
    await t.ok(UPDATE_GOAL, { i: { allianceId, goalId, version: 1, title: 'Anders' } }, { token: backbone.token });
    const list = async (f: Record<string, unknown>) => (await t.ok(EVENTS, { id: allianceId, f }, { token: backbone.token })).auditEvents;
    const byBackbone = await list({ actorUserId: backbone.id });
    expect(byBackbone.nodes.every((e: any) => e.actorUserId === backbone.id)).toBe(true);
    expect(byBackbone.nodes.map((e: any) => e.action)).toContain('goal.updated');
    expect((await list({ actorUserId: partner.id })).nodes.map((e: any) => e.action)).toEqual(['membership.accepted']);
    expect((await list({ action: 'goal.updated' })).nodes.map((e: any) => e.entityId)).toEqual([goalId]);
    expect((await list({ action: 'goal.updated', actorUserId: partner.id })).totalCount).toBe(0);
    for (const f of [{ actorUserId: 'niemand' }, { action: 'DROP TABLE' }, { action: 'goal' }, { action: 'x'.repeat(101) }]) {
      const r = await t.gql(EVENTS, { id: allianceId, f }, { token: backbone.token });
      expect({ f, code: code(r) }).toEqual({ f, code: 'VALIDATION_FAILED' });
      expect(r.errors?.[0].message).toMatch(/^Bitte prüfen Sie Ihre Eingaben/);
    }
    const FACETS = `query($id: ID!) { auditFacets(allianceId: $id) { actors { id name } actions entityTypes } }`;
    const facets = (await t.ok(FACETS, { id: allianceId }, { token: backbone.token })).auditFacets;
    expect(facets.actors).toEqual(
      expect.arrayContaining([
        { id: backbone.id, name: 'Berta Backbone' },
        { id: partner.id, name: 'Test Person' },
      ]),
    );
    expect(facets.actions).toEqual(expect.arrayContaining(['alliance.created', 'goal.created', 'goal.updated', 'membership.accepted']));
    expect(facets.entityTypes).toEqual(['Alliance', 'Goal', 'Membership']);
    expect(code(await t.gql(FACETS, { id: allianceId }, { token: partner.token }))).toBe('FORBIDDEN');
  });

  it('counts up to 10,000 and then says "more"', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles('Großes Bündnis');
    await t.sql(
      `INSERT INTO audit_events (alliance_id, id, actor_user_id, action, entity_type, entity_id)
       SELECT $1, gen_random_uuid(), NULL, 'bulk.made', 'Goal', gen_random_uuid() FROM generate_series(1, 10005)`,
      [allianceId],
    );
    const all = (await t.ok(`query($id: ID!) { auditEvents(allianceId: $id) { totalCount totalCountCapped } }`, { id: allianceId }, { token: backbone.token }))
      .auditEvents;
    expect(all).toEqual({ totalCount: 10_001, totalCountCapped: true });
    const few = (
      await t.ok(
        `query($id: ID!) { auditEvents(allianceId: $id, filter: { entityType: "Alliance" }) { totalCount totalCountCapped } }`,
        { id: allianceId },
        { token: backbone.token },
      )
    ).auditEvents;
    expect(few).toEqual({ totalCount: 1, totalCountCapped: false });
  });
});
