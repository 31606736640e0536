import { randomUUID } from 'node:crypto';
import { TestApp } from '../../test/test-app';

const FIELDS = `id parentId depth title description position status ownerMembershipId ownerOrganisation { id name } periodStart periodEnd version indicatorCount runningActivityCount`;
const GOALS = `query($id: ID!) { goals(allianceId: $id) { ${FIELDS} } }`;
const CREATE = `mutation($i: CreateGoalInput!) { createGoal(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdateGoalInput!) { updateGoal(input: $i) { ${FIELDS} } }`;
const MOVE = `mutation($i: MoveGoalInput!) { moveGoal(input: $i) { ${FIELDS} } }`;
const DELETE = `mutation($i: DeleteGoalInput!) { deleteGoal(input: $i) }`;

describe('goals of the common agenda', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
  const goalRows = (allianceId: string) =>
    t.sql(`SELECT id, parent_id, title, position, status, version FROM goals WHERE alliance_id = $1 ORDER BY id`, [allianceId]);

  async function create(token: string, allianceId: string, title: string, extra: Record<string, unknown> = {}) {
    return (await t.ok(CREATE, { i: { allianceId, title, ...extra } }, { token })).createGoal;
  }

  it('builds a tree that every member reads in display order, with counts computed in SQL', async () => {
    const { allianceId, backbone, partner, funder, observer } = await t.allianceWithRoles();
    const a = await create(backbone.token, allianceId, 'Übergänge Schule–Beruf verbessern', { status: 'ACTIVE', ownerMembershipId: partner.membershipId });
    const b = await create(backbone.token, allianceId, 'Ausbildungsabbrüche senken');
    const a1 = await create(backbone.token, allianceId, 'Berufsorientierung ab Klasse 7', {
      parentId: a.id,
      periodStart: '2026-01-01',
      periodEnd: '2027-12-31',
    });
    const a0 = await create(backbone.token, allianceId, 'Praktikumsbörse', { parentId: a.id, position: 0 });
    expect(a).toMatchObject({ parentId: null, depth: 0, position: 0, status: 'ACTIVE', version: 1, ownerMembershipId: partner.membershipId });
    expect(a.ownerOrganisation).toEqual({ id: partner.organisationId, name: expect.any(String) });
    expect(b).toMatchObject({ position: 1, status: 'PLANNED', ownerOrganisation: null });

    // Indicators and activities of other modules point at goals; the counts come from those links.
    const indicatorId = randomUUID();
    await t.sql(
      `INSERT INTO indicators (alliance_id, id, name, direction, aggregation, frequency, rba_kind) VALUES ($1, $2, 'Vermittlungsquote', 'INCREASE', 'RATIO', 'YEARLY', 'BETTER_OFF')`,
      [allianceId, indicatorId],
    );
    await t.sql(`INSERT INTO indicator_goals (alliance_id, indicator_id, goal_id) VALUES ($1, $2, $3)`, [allianceId, indicatorId, a.id]);
    for (const status of ['RUNNING', 'RUNNING', 'PLANNED']) {
      const activityId = randomUUID();
      await t.sql(`INSERT INTO activities (alliance_id, id, membership_id, title, status) VALUES ($1, $2, $3, 'Kurs', $4)`, [
        allianceId,
        activityId,
        partner.membershipId,
        status,
      ]);
      await t.sql(`INSERT INTO activity_goals (alliance_id, activity_id, goal_id) VALUES ($1, $2, $3)`, [allianceId, activityId, a.id]);
    }

    for (const who of [backbone, partner, funder, observer]) {
      const list = (await t.ok(GOALS, { id: allianceId }, { token: who.token })).goals;
      expect(list.map((g: any) => [g.title, g.depth, g.position])).toEqual([
        [a.title, 0, 0],
        [a0.title, 1, 0],
        [a1.title, 1, 1],
        [b.title, 0, 1],
      ]);
    }
    const list = (await t.ok(GOALS, { id: allianceId }, { token: observer.token })).goals;
    expect(list[0]).toMatchObject({ indicatorCount: 1, runningActivityCount: 2 });
    expect(list[2]).toMatchObject({ periodStart: '2026-01-01', periodEnd: '2027-12-31', indicatorCount: 0, runningActivityCount: 0 });
  });

  it('only the backbone writes goals; the others are told in German and English what they lack', async () => {
    const { allianceId, backbone, partner, funder, observer } = await t.allianceWithRoles();
    const g = await create(backbone.token, allianceId, 'Ziel');
    const before = await goalRows(allianceId);
    for (const who of [partner, funder, observer]) {
      const attempts = [
        [CREATE, { allianceId, title: 'Neu' }],
        [UPDATE, { allianceId, goalId: g.id, version: 1, title: 'Anders' }],
        [MOVE, { allianceId, goalId: g.id, parentId: null, position: 0, version: 1 }],
        [DELETE, { allianceId, goalId: g.id, version: 1 }],
      ] as const;
      for (const [mutation, i] of attempts) {
        const r = await t.gql(mutation, { i }, { token: who.token });
        expect(code(r)).toBe('FORBIDDEN');
        expect(r.errors?.[0].message).toBe('Dafür fehlt Ihnen die Berechtigung: Rolle Geschäftsstelle.');
      }
      const en = await t.gql(CREATE, { i: { allianceId, title: 'Neu' } }, { token: who.token, lang: 'en' });
      expect(en.errors?.[0].message).toBe('You lack the permission for this: backbone role.');
    }
    expect(await goalRows(allianceId)).toEqual(before);
  });

  it('updates with a version; a stale version is CONFLICT and changes nothing', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const g = await create(backbone.token, allianceId, 'Ziel', { ownerMembershipId: partner.membershipId, periodStart: '2026-01-01' });
    const updated = (
      await t.ok(
        UPDATE,
        { i: { allianceId, goalId: g.id, version: 1, title: ' Neues Ziel ', status: 'ACTIVE', ownerMembershipId: null } },
        { token: backbone.token },
      )
    ).updateGoal;
    expect(updated).toMatchObject({ title: 'Neues Ziel', status: 'ACTIVE', version: 2, ownerMembershipId: null, periodStart: '2026-01-01', description: '' });
    const before = await goalRows(allianceId);
    const stale = await t.gql(UPDATE, { i: { allianceId, goalId: g.id, version: 1, title: 'Veraltet' } }, { token: backbone.token });
    expect(code(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toMatch(/^Das Ziel wurde inzwischen von jemand anderem geändert/);
    const staleMove = await t.gql(MOVE, { i: { allianceId, goalId: g.id, parentId: null, position: 0, version: 1 } }, { token: backbone.token });
    expect(code(staleMove)).toBe('CONFLICT');
    expect(code(await t.gql(DELETE, { i: { allianceId, goalId: g.id, version: 1 } }, { token: backbone.token }))).toBe('CONFLICT');
    expect(await goalRows(allianceId)).toEqual(before);
    const audit = await t.sql(`SELECT action, before, after FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at, action`, [g.id]);
    expect(audit.map((e) => e.action)).toEqual(['goal.created', 'goal.updated']);
    expect(audit[1].before).toEqual({ title: 'Ziel', status: 'PLANNED', ownerMembershipId: partner.membershipId, version: 1 });
    expect(audit[1].after).toEqual({ title: 'Neues Ziel', status: 'ACTIVE', ownerMembershipId: null, version: 2 });
  });

  it('refuses bad input with a translated VALIDATION_FAILED and changes nothing', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    const g = await create(backbone.token, allianceId, 'Ziel', { periodStart: '2026-06-01' });
    // An invited (not yet active) organisation cannot own a goal.
    const invited = await t.ok(
      `mutation($i: InviteOrganisationInput!) { inviteOrganisation(input: $i) { invitation { id } } }`,
      { i: { allianceId, organisationName: 'Noch nicht dabei', role: 'PARTNER', email: 'x@example.org' } },
      { token: backbone.token },
    );
    const [{ membership_id: invitedMembership }] = await t.sql(`SELECT membership_id FROM invitations WHERE id = $1`, [
      invited.inviteOrganisation.invitation.id,
    ]);
    const before = await goalRows(allianceId);
    const cases: [string, Record<string, unknown>, string][] = [
      [CREATE, { allianceId, title: '   ' }, 'title (Pflichtfeld)'],
      [CREATE, { allianceId, title: 'Gut', periodStart: '2026-05-01', periodEnd: '2026-01-01' }, 'periodEnd (Ende liegt vor dem Beginn)'],
      [CREATE, { allianceId, title: 'Gut', periodStart: '2026-02-30' }, 'periodStart (ungültiger Wert)'],
      [CREATE, { allianceId, title: 'Gut', ownerMembershipId: invitedMembership }, 'ownerMembershipId (keine aktive Mitgliedsorganisation des Bündnisses)'],
      [UPDATE, { allianceId, goalId: g.id, version: 1, periodEnd: '2026-01-01' }, 'periodEnd (Ende liegt vor dem Beginn)'],
      [UPDATE, { allianceId, goalId: g.id, version: 1, title: null }, 'title (ungültiger Wert)'],
    ];
    for (const [mutation, i, detail] of cases) {
      const r = await t.gql(mutation, { i }, { token: backbone.token });
      expect(code(r)).toBe('VALIDATION_FAILED');
      expect(r.errors?.[0].message).toBe(`Bitte prüfen Sie Ihre Eingaben: ${detail}.`);
    }
    const bad = await t.gql(CREATE, { i: { allianceId, title: 'Gut', status: 'DONE' } }, { token: backbone.token });
    expect(code(bad)).toBe('VALIDATION_FAILED');
    // A membership that does not exist (or lives in another alliance) is not found.
    expect(code(await t.gql(CREATE, { i: { allianceId, title: 'Gut', ownerMembershipId: randomUUID() } }, { token: backbone.token }))).toBe('NOT_FOUND');
    expect(await goalRows(allianceId)).toEqual(before);
  });

  it('moves goals, renumbers siblings densely and refuses cycles (checked with a recursive CTE)', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    const a = await create(backbone.token, allianceId, 'A');
    const b = await create(backbone.token, allianceId, 'B');
    const c = await create(backbone.token, allianceId, 'C');
    const a1 = await create(backbone.token, allianceId, 'A1', { parentId: a.id });
    const a11 = await create(backbone.token, allianceId, 'A11', { parentId: a1.id });
    const tree = async () =>
      (await t.ok(GOALS, { id: allianceId }, { token: backbone.token })).goals.map((g: any) => `${'  '.repeat(g.depth)}${g.title}@${g.position}`);

    // B under A at position 0: A's children become B, A1; the top level closes its gap.
    const moved = (await t.ok(MOVE, { i: { allianceId, goalId: b.id, parentId: a.id, position: 0, version: 1 } }, { token: backbone.token })).moveGoal;
    expect(moved).toMatchObject({ parentId: a.id, position: 0, depth: 1, version: 2 });
    expect(await tree()).toEqual(['A@0', '  B@0', '  A1@1', '    A11@0', 'C@1']);
    // Within the same parent, to a large position: appended.
    await t.ok(MOVE, { i: { allianceId, goalId: b.id, parentId: a.id, position: 99, version: 2 } }, { token: backbone.token });
    expect(await tree()).toEqual(['A@0', '  A1@0', '    A11@0', '  B@1', 'C@1']);
    // To the top, first place.
    await t.ok(MOVE, { i: { allianceId, goalId: c.id, parentId: null, position: 0, version: 1 } }, { token: backbone.token });
    expect(await tree()).toEqual(['C@0', 'A@1', '  A1@0', '    A11@0', '  B@1']);

    const before = await goalRows(allianceId);
    for (const parentId of [a.id, a1.id, a11.id]) {
      const r = await t.gql(MOVE, { i: { allianceId, goalId: a.id, parentId, position: 0, version: 1 } }, { token: backbone.token });
      expect(code(r)).toBe('GOAL_CYCLE');
      expect(r.errors?.[0].message).toBe('Ein Ziel kann nicht unter sich selbst oder eines seiner Unterziele verschoben werden.');
    }
    const en = await t.gql(MOVE, { i: { allianceId, goalId: a1.id, parentId: a11.id, position: 0, version: 1 } }, { token: backbone.token, lang: 'en' });
    expect(en.errors?.[0].message).toBe('A goal cannot be moved under itself or one of its sub-goals.');
    expect(code(await t.gql(MOVE, { i: { allianceId, goalId: a.id, parentId: randomUUID(), position: 0, version: 1 } }, { token: backbone.token }))).toBe(
      'NOT_FOUND',
    );
    expect(await goalRows(allianceId)).toEqual(before);
    const audit = await t.sql(`SELECT before, after FROM audit_events WHERE entity_id = $1 AND action = 'goal.moved' ORDER BY after->>'version'`, [b.id]);
    expect(audit[0]).toEqual({ before: { parentId: null, position: 1, version: 1 }, after: { parentId: a.id, position: 0, version: 2 } });
  });

  it('deletes only unused goals; a goal in use is refused with GOAL_IN_USE suggesting DROPPED', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const parent = await create(backbone.token, allianceId, 'Oberziel');
    const child = await create(backbone.token, allianceId, 'Unterziel', { parentId: parent.id });
    const linked = await create(backbone.token, allianceId, 'Verknüpft');
    const free = await create(backbone.token, allianceId, 'Frei');
    const logEntryId = randomUUID();
    await t.sql(
      `INSERT INTO log_entries (alliance_id, id, type, title, occurred_on, author_membership_id) VALUES ($1, $2, 'DECISION', 'Beschluss', '2026-03-01', $3)`,
      [allianceId, logEntryId, partner.membershipId],
    );
    await t.sql(`INSERT INTO log_entry_goals (alliance_id, log_entry_id, goal_id) VALUES ($1, $2, $3)`, [allianceId, logEntryId, linked.id]);

    const before = await goalRows(allianceId);
    const inUse = await t.gql(DELETE, { i: { allianceId, goalId: parent.id, version: 1 } }, { token: backbone.token });
    expect(code(inUse)).toBe('GOAL_IN_USE');
    expect(inUse.errors?.[0].message).toBe(
      'Das Ziel wird noch verwendet und kann nicht gelöscht werden (Unterziele: 1, Indikatoren: 0, Aktivitäten: 0, Logbuch-Einträge: 0). Setzen Sie stattdessen den Status „Verworfen“.',
    );
    const en = await t.gql(DELETE, { i: { allianceId, goalId: linked.id, version: 1 } }, { token: backbone.token, lang: 'en' });
    expect(en.errors?.[0]).toMatchObject({ extensions: { code: 'GOAL_IN_USE', params: { subGoals: 0, indicators: 0, activities: 0, logEntries: 1 } } });
    expect(en.errors?.[0].message).toMatch(/Set its status to “dropped” instead\.$/);
    expect(await goalRows(allianceId)).toEqual(before);
    expect(await t.sql(`SELECT count(*)::int AS n FROM log_entry_goals WHERE goal_id = $1`, [linked.id])).toEqual([{ n: 1 }]);

    expect((await t.ok(DELETE, { i: { allianceId, goalId: child.id, version: 1 } }, { token: backbone.token })).deleteGoal).toBe(child.id);
    expect(code(await t.gql(DELETE, { i: { allianceId, goalId: linked.id, version: 1 } }, { token: backbone.token }))).toBe('GOAL_IN_USE');
    await t.ok(DELETE, { i: { allianceId, goalId: parent.id, version: 1 } }, { token: backbone.token });
    const left = (await t.ok(GOALS, { id: allianceId }, { token: backbone.token })).goals;
    expect(left.map((g: any) => [g.title, g.position])).toEqual([
      ['Verknüpft', 0],
      ['Frei', 1],
    ]);
    expect(free.position).toBe(2);
    const audit = await t.sql(`SELECT before, after FROM audit_events WHERE entity_id = $1 AND action = 'goal.deleted'`, [child.id]);
    expect(audit).toEqual([{ before: expect.objectContaining({ title: 'Unterziel', parentId: parent.id }), after: null }]);
  });

  it("answers alliance A's goal ids from alliance B as NOT_FOUND and leaves A unchanged", async () => {
    const a = await t.allianceWithRoles('Bündnis A');
    const b = await t.allianceWithRoles('Bündnis B');
    const goalA = await create(a.backbone.token, a.allianceId, 'Ziel in A');
    const goalB = await create(b.backbone.token, b.allianceId, 'Ziel in B');
    const before = await goalRows(a.allianceId);
    const attempts: [string, Record<string, unknown>][] = [
      [CREATE, { allianceId: b.allianceId, title: 'Unter A', parentId: goalA.id }],
      [CREATE, { allianceId: b.allianceId, title: 'Fremder Eigentümer', ownerMembershipId: a.partner.membershipId }],
      [UPDATE, { allianceId: b.allianceId, goalId: goalA.id, version: 1, title: 'Gekapert' }],
      [MOVE, { allianceId: b.allianceId, goalId: goalA.id, parentId: null, position: 0, version: 1 }],
      [MOVE, { allianceId: b.allianceId, goalId: goalB.id, parentId: goalA.id, position: 0, version: 1 }],
      [DELETE, { allianceId: b.allianceId, goalId: goalA.id, version: 1 }],
      // B's backbone naming alliance A outright: not a member, so A does not exist for them.
      [UPDATE, { allianceId: a.allianceId, goalId: goalA.id, version: 1, title: 'Gekapert' }],
    ];
    for (const [mutation, i] of attempts) {
      const r = await t.gql(mutation, { i }, { token: b.backbone.token });
      expect(code(r)).toBe('NOT_FOUND');
    }
    expect(code(await t.gql(GOALS, { id: a.allianceId }, { token: b.observer.token }))).toBe('NOT_FOUND');
    expect(await goalRows(a.allianceId)).toEqual(before);
    expect((await goalRows(b.allianceId)).map((g) => g.title)).toEqual(['Ziel in B']);
  });
});
