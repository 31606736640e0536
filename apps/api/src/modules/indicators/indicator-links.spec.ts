import { TestApp } from '../../test/test-app';
import {
  ARCHIVE,
  codeOf,
  CREATE,
  createDimension,
  createIndicator,
  INDICATOR,
  insertGoal,
  insertMeasurement,
  RESTORE,
  SET_DIMENSIONS,
  SET_GOALS,
  snapshot,
  UPDATE,
  YOUTH_EMPLOYMENT,
} from './indicators.test-helpers';

jest.setTimeout(60_000);

describe('indicator goals and dimensions; tenancy', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it('replaces the linked goals; each change moves the version on and is audited', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    const [a, b, c] = [
      await insertGoal(t, allianceId, 'Ausbildung', 0),
      await insertGoal(t, allianceId, 'Übergang Schule–Beruf', 1),
      await insertGoal(t, allianceId, 'Sprache', 2),
    ];
    const ind = await createIndicator(t, backbone.token, allianceId, { goalIds: [a] });
    const set = await t.ok(SET_GOALS, { i: { allianceId, indicatorId: ind.id, goalIds: [c, b, b], version: 1 } }, { token: backbone.token });
    expect(set.setIndicatorGoals).toEqual({
      id: ind.id,
      version: 2,
      goals: [
        { id: b, title: 'Übergang Schule–Beruf' },
        { id: c, title: 'Sprache' },
      ],
    });
    const none = await t.ok(SET_GOALS, { i: { allianceId, indicatorId: ind.id, goalIds: [], version: 2 } }, { token: backbone.token });
    expect(none.setIndicatorGoals).toMatchObject({ version: 3, goals: [] });
    const stale = await t.gql(SET_GOALS, { i: { allianceId, indicatorId: ind.id, goalIds: [a], version: 2 } }, { token: backbone.token });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(await t.sql(`SELECT goal_id FROM indicator_goals WHERE indicator_id = $1`, [ind.id])).toEqual([]);
    const audit = await t.sql(`SELECT before, after FROM audit_events WHERE entity_id = $1 AND action = 'indicator.goalsSet' ORDER BY occurred_at`, [ind.id]);
    expect(audit[0]).toEqual({ before: { goalIds: [a], version: 1 }, after: { goalIds: [b, c].sort(), version: 2 } });
  });

  it('replaces dimensions, but keeps one whose categories hold reported parts of this indicator (DIMENSION_IN_USE)', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const gender = await createDimension(t, backbone.token, allianceId, 'Geschlecht', ['weiblich', 'männlich', 'divers']);
    const age = await createDimension(t, backbone.token, allianceId, 'Altersgruppe', ['unter 12', '12–17', '18–26']);
    const district = await createDimension(t, backbone.token, allianceId, 'Stadtteil', ['Nord', 'Süd']);
    const ind = await createIndicator(t, backbone.token, allianceId, { dimensionIds: [gender.id, age.id] });
    const other = await createIndicator(t, backbone.token, allianceId, { dimensionIds: [age.id] });
    // Parts by gender on this indicator; parts by age only on the other one.
    await insertMeasurement(t, {
      allianceId,
      indicatorId: ind.id,
      membershipId: partner.membershipId,
      userId: backbone.id,
      frequency: 'QUARTERLY',
      periodKey: '2026-Q1',
      value: 12,
      parts: { [gender.categories[0].id]: 7, [gender.categories[1].id]: 5 },
    });
    await insertMeasurement(t, {
      allianceId,
      indicatorId: other.id,
      membershipId: partner.membershipId,
      userId: backbone.id,
      frequency: 'QUARTERLY',
      periodKey: '2026-Q1',
      value: 3,
      parts: { [age.categories[1].id]: 3 },
    });

    const before = await snapshot(t, allianceId);
    const refused = await t.gql(SET_DIMENSIONS, { i: { allianceId, indicatorId: ind.id, dimensionIds: [age.id], version: 1 } }, { token: backbone.token });
    expect(codeOf(refused)).toBe('DIMENSION_IN_USE');
    expect(refused.errors?.[0].message).toBe('Das Merkmal „Geschlecht“ wird in Messwerten dieses Indikators verwendet und kann nicht entfernt werden.');
    expect(await snapshot(t, allianceId)).toEqual(before);

    const ok = await t.ok(
      SET_DIMENSIONS,
      { i: { allianceId, indicatorId: ind.id, dimensionIds: [district.id, gender.id], version: 1 } },
      { token: backbone.token },
    );
    expect(ok.setIndicatorDimensions).toMatchObject({
      version: 2,
      dimensions: [{ name: 'Geschlecht' }, { name: 'Stadtteil', categories: [{ name: 'Nord' }, { name: 'Süd' }] }],
    });
    const [audit] = await t.sql(`SELECT before, after FROM audit_events WHERE entity_id = $1 AND action = 'indicator.dimensionsSet'`, [ind.id]);
    expect(audit).toEqual({
      before: { dimensionIds: [gender.id, age.id].sort(), version: 1 },
      after: { dimensionIds: [district.id, gender.id].sort(), version: 2 },
    });
  });

  it("answers another alliance's ids like unknown ones (NOT_FOUND) and leaves that alliance unchanged", async () => {
    const a = await t.allianceWithRoles('Bündnis A');
    const b = await t.allianceWithRoles('Bündnis B');
    const goalA = await insertGoal(t, a.allianceId, 'Ziel von A');
    const dimA = await createDimension(t, a.backbone.token, a.allianceId, 'Geschlecht', ['weiblich', 'männlich']);
    const indA = await createIndicator(t, a.backbone.token, a.allianceId, { goalIds: [goalA], dimensionIds: [dimA.id] });
    const indB = await createIndicator(t, b.backbone.token, b.allianceId);
    const beforeA = await snapshot(t, a.allianceId);
    const beforeB = await snapshot(t, b.allianceId);
    const inB = { allianceId: b.allianceId, version: 1 };
    const attempts: [string, Record<string, unknown>, string][] = [
      [UPDATE, { ...inB, indicatorId: indA.id, name: 'Übernommen' }, 'Indicator'],
      [ARCHIVE, { ...inB, indicatorId: indA.id }, 'Indicator'],
      [RESTORE, { ...inB, indicatorId: indA.id }, 'Indicator'],
      [SET_GOALS, { ...inB, indicatorId: indA.id, goalIds: [] }, 'Indicator'],
      [SET_DIMENSIONS, { ...inB, indicatorId: indA.id, dimensionIds: [] }, 'Indicator'],
      [SET_GOALS, { ...inB, indicatorId: indB.id, goalIds: [goalA] }, 'Goal'],
      [SET_DIMENSIONS, { ...inB, indicatorId: indB.id, dimensionIds: [dimA.id] }, 'Dimension'],
      [CREATE, { allianceId: b.allianceId, ...YOUTH_EMPLOYMENT, goalIds: [goalA] }, 'Goal'],
      [CREATE, { allianceId: b.allianceId, ...YOUTH_EMPLOYMENT, dimensionIds: [dimA.id] }, 'Dimension'],
    ];
    for (const [op, i, entity] of attempts) {
      const r = await t.gql(op, { i }, { token: b.backbone.token });
      expect(codeOf(r)).toBe('NOT_FOUND');
      expect(r.errors?.[0].extensions?.params).toEqual({ entity });
    }
    expect(codeOf(await t.gql(INDICATOR, { id: b.allianceId, indicatorId: indA.id }, { token: b.backbone.token }))).toBe('NOT_FOUND');
    // A's backbone naming alliance B, and B's backbone naming alliance A, get NOT_FOUND for the alliance itself.
    expect(codeOf(await t.gql(UPDATE, { i: { allianceId: a.allianceId, indicatorId: indA.id, version: 1, name: 'X' } }, { token: b.backbone.token }))).toBe(
      'NOT_FOUND',
    );
    expect(await snapshot(t, a.allianceId)).toEqual(beforeA);
    expect(await snapshot(t, b.allianceId)).toEqual(beforeB);
  });
});
