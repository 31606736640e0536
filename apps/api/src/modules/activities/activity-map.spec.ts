import { TestApp } from '../../test/test-app';
import { CREATE, insertDistricts, insertGoal, MAP } from './activities.fixtures';

describe('activity map', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  /**
   * A hand-made alliance. Goals: Ausbildung (active) with sub-goal Praktika (planned), Sprache
   * (active), Erreicht (achieved), Verworfen (dropped). Members: backbone, P1, P2 (partners), a
   * funder with one activity, an observer. Activity names say who, which goal, what status.
   */
  async function dataset() {
    const { allianceId, backbone, partner: p1, funder, observer } = await t.allianceWithRoles('Kartenbündnis');
    const p2 = await t.addMember(backbone.token, allianceId, 'PARTNER');
    const sql = t.sql.bind(t);
    const g1 = await insertGoal(sql, allianceId, { title: 'Ausbildung', position: 0 });
    const g1a = await insertGoal(sql, allianceId, { title: 'Praktika', status: 'PLANNED', parentId: g1 });
    const g2 = await insertGoal(sql, allianceId, { title: 'Sprache', position: 1 });
    const g3 = await insertGoal(sql, allianceId, { title: 'Erreicht', status: 'ACHIEVED', position: 2 });
    const g4 = await insertGoal(sql, allianceId, { title: 'Verworfen', status: 'DROPPED', position: 3 });
    const districts = await insertDistricts(sql, allianceId, ['Nord', 'Süd']);
    const ids: Record<string, string> = {};
    const add = async (name: string, membershipId: string, i: Record<string, unknown>) => {
      const input = { allianceId, title: name, membershipId, ...i };
      ids[name] = (await t.ok(CREATE, { i: input }, { token: backbone.token })).createActivity.id;
    };
    const bb = (await t.sql(`SELECT id FROM memberships WHERE alliance_id = $1 AND role = 'BACKBONE'`, [allianceId]))[0].id;
    const youthNorth = { targetGroups: ['Jugendliche'], districtId: districts.Nord };
    // Overlap: P1 and P2, same goal, "Jugendliche"/"jugendliche ", same district, periods intersect (a1 open-ended).
    await add('a1 P1 Ausbildung running', p1.membershipId, { ...youthNorth, goalIds: [g1], status: 'RUNNING', periodStart: '2025-01-01' });
    await add('a2 P2 Ausbildung planned', p2.membershipId, {
      goalIds: [g1],
      targetGroups: ['jugendliche ', 'Eltern'],
      districtId: districts.Nord,
      periodStart: '2025-06-01',
      periodEnd: '2025-12-31',
    });
    // Not overlaps: different district; same member; periods apart; completed; cancelled.
    await add('a3 P2 Ausbildung+Erreicht running Süd', p2.membershipId, {
      targetGroups: ['Jugendliche'],
      districtId: districts['Süd'],
      goalIds: [g1, g3],
      status: 'RUNNING',
      periodStart: '2025-01-01',
    });
    await add('a4 P1 Ausbildung planned 2026', p1.membershipId, { ...youthNorth, goalIds: [g1], periodStart: '2026-01-01', periodEnd: '2026-06-30' });
    await add('a6 BB Ausbildung planned 2024', bb, { ...youthNorth, goalIds: [g1], periodStart: '2024-01-01', periodEnd: '2024-12-31' });
    await add('a7 P2 Ausbildung completed', p2.membershipId, {
      ...youthNorth,
      goalIds: [g1],
      status: 'COMPLETED',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
    });
    await add('a8 BB Ausbildung cancelled', bb, { ...youthNorth, goalIds: [g1], status: 'CANCELLED', periodStart: '2025-01-01' });
    // Sprache: same member twice; a different target group; no district. Nothing runs on 2025-06-15.
    const parentsNorth = { targetGroups: ['Eltern'], districtId: districts.Nord, goalIds: [g2] };
    await add('a9 P1 Sprache paused', p1.membershipId, { ...parentsNorth, status: 'PAUSED', periodStart: '2025-01-01', periodEnd: '2025-12-31' });
    await add('a10 P1 Sprache running from July', p1.membershipId, { ...parentsNorth, status: 'RUNNING', periodStart: '2025-07-01' });
    await add('a11 P2 Sprache seniors', p2.membershipId, { ...parentsNorth, targetGroups: ['Senioren'], periodStart: '2025-01-01' });
    await add('a12 Funder Sprache no district', funder.membershipId, { targetGroups: ['Eltern'], goalIds: [g2], periodStart: '2025-01-01' });
    return { allianceId, backbone, p1, p2, funder, observer, bb, g1, g1a, g2, g3, g4, ids, districts };
  }

  it('counts activities per goal and member, finds the gap and the one overlap as of a date', async () => {
    const d = await dataset();
    const map = (await t.ok(MAP, { a: d.allianceId, d: '2025-06-15' }, { token: d.p1.token })).activityMap;
    expect(map.asOf).toBe('2025-06-15');
    expect(map.goals).toEqual([
      { id: d.g1, title: 'Ausbildung', parentId: null },
      { id: d.g1a, title: 'Praktika', parentId: d.g1 },
      { id: d.g2, title: 'Sprache', parentId: null },
      { id: d.g3, title: 'Erreicht', parentId: null },
      { id: d.g4, title: 'Verworfen', parentId: null },
    ]);
    // Backbone and partners always; the funder because it has an activity; the observer not.
    expect(map.members.map((m: { membershipId: string }) => m.membershipId).sort()).toEqual(
      [d.bb, d.p1.membershipId, d.p2.membershipId, d.funder.membershipId].sort(),
    );

    const cell = (goalId: string, membershipId: string) =>
      map.cells.find((c: { goalId: string; membershipId: string }) => c.goalId === goalId && c.membershipId === membershipId);
    const counts = [
      [d.g1, d.p1.membershipId, 2, 1], // a1 running, a4 planned
      [d.g1, d.p2.membershipId, 3, 1], // a2 planned, a3 running, a7 completed
      [d.g1, d.bb, 1, 0], // a6; the cancelled a8 does not count
      [d.g2, d.p1.membershipId, 2, 0], // a9 paused, a10 running only from July
      [d.g2, d.p2.membershipId, 1, 0],
      [d.g2, d.funder.membershipId, 1, 0],
      [d.g3, d.p2.membershipId, 1, 1], // a3 works on two goals
    ] as const;
    for (const [goalId, membershipId, activityCount, runningCount] of counts) {
      expect(cell(goalId, membershipId)).toEqual({ goalId, membershipId, activityCount, runningCount });
    }
    expect(map.cells).toHaveLength(counts.length);

    // Praktika has no activity, Sprache nothing running on the date; achieved and dropped goals are no gaps.
    expect(map.gaps).toEqual([
      { goalId: d.g1a, goalTitle: 'Praktika' },
      { goalId: d.g2, goalTitle: 'Sprache' },
    ]);

    expect(map.overlaps).toEqual([
      {
        goalId: d.g1,
        goalTitle: 'Ausbildung',
        targetGroup: 'Jugendliche',
        districtId: d.districts.Nord,
        district: 'Nord',
        activities: [
          {
            id: d.ids['a1 P1 Ausbildung running'],
            title: 'a1 P1 Ausbildung running',
            organisation: { name: expect.stringContaining('PARTNER org') },
            periodStart: '2025-01-01',
            periodEnd: null,
          },
          {
            id: d.ids['a2 P2 Ausbildung planned'],
            title: 'a2 P2 Ausbildung planned',
            organisation: { name: expect.stringContaining('PARTNER org') },
            periodStart: '2025-06-01',
            periodEnd: '2025-12-31',
          },
        ],
      },
    ]);

    // In July a10 runs: Sprache is no gap any more, and the counts follow the date.
    const july = (await t.ok(MAP, { a: d.allianceId, d: '2025-07-15' }, { token: d.funder.token })).activityMap;
    expect(july.gaps).toEqual([{ goalId: d.g1a, goalTitle: 'Praktika' }]);
    expect(july.cells.find((c: { goalId: string; membershipId: string }) => c.goalId === d.g2 && c.membershipId === d.p1.membershipId).runningCount).toBe(1);
    // In 2027 the open-ended running ones still run; the map does not depend on who asks.
    const later = (await t.ok(MAP, { a: d.allianceId, d: '2027-01-01' }, { token: d.backbone.token })).activityMap;
    expect(later.gaps.map((g: { goalTitle: string }) => g.goalTitle)).toEqual(['Praktika']);
  });

  it('reports an overlap only for different members with intersecting periods in the same district', async () => {
    const d = await dataset();
    const overlapsNow = async () => (await t.ok(MAP, { a: d.allianceId, d: '2025-06-15' }, { token: d.backbone.token })).activityMap.overlaps;
    // Moving a2 to the other district (Süd, where a3 of the same member P2 runs) removes the only overlap.
    await t.sql(`UPDATE activities SET district_id = $2 WHERE id = $1`, [d.ids['a2 P2 Ausbildung planned'], d.districts['Süd']]);
    expect(await overlapsNow()).toEqual([]);
    // a6 (backbone, 2024) and a4 (P1, 2026) meet a2 only if a2's period reaches them: it does not …
    await t.sql(`UPDATE activities SET district_id = $2, period_start = '2025-03-01', period_end = '2025-03-31' WHERE id = $1`, [
      d.ids['a2 P2 Ausbildung planned'],
      d.districts.Nord,
    ]);
    await t.sql(`UPDATE activities SET status = 'PLANNED' WHERE id = $1`, [d.ids['a1 P1 Ausbildung running']]);
    await t.sql(`UPDATE activities SET period_start = '2025-04-01' WHERE id = $1`, [d.ids['a1 P1 Ausbildung running']]);
    expect(await overlapsNow()).toEqual([]);
    // … until one more day makes the periods touch (inclusive dates).
    await t.sql(`UPDATE activities SET period_end = '2025-04-01' WHERE id = $1`, [d.ids['a2 P2 Ausbildung planned']]);
    expect((await overlapsNow()).map((o: { activities: { title: string }[] }) => o.activities.map((a) => a.title.slice(0, 2)))).toEqual([['a2', 'a1']]);
  });

  it('is refused to observers and checks the date', async () => {
    const d = await dataset();
    const r = await t.gql(MAP, { a: d.allianceId }, { token: d.observer.token, lang: 'en' });
    expect([r.errors?.[0].extensions?.code, r.errors?.[0].message]).toEqual([
      'FORBIDDEN',
      'You lack the permission for this: backbone, partner or funder role.',
    ]);
    const bad = await t.gql(MAP, { a: d.allianceId, d: '2025-13-01' }, { token: d.backbone.token });
    expect([bad.errors?.[0].extensions?.code, bad.errors?.[0].extensions?.fields]).toEqual(['VALIDATION_FAILED', [{ field: 'asOf', code: 'invalid' }]]);
    const today = (await t.ok(MAP, { a: d.allianceId }, { token: d.p2.token })).activityMap.asOf;
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Math.abs(Date.parse(today) - Date.now())).toBeLessThan(2 * 86400000);
  });
});
