import { TestApp } from '../../test/test-app';
import { codeOf, createIndicator, DELETE_TARGET, fieldsOf, INDICATOR, SET_TARGET, snapshot } from './indicators.test-helpers';

jest.setTimeout(60_000);

describe('targets', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it('creates a target with version null, changes it with its version, deletes it; each step audited', async () => {
    const { allianceId, backbone, observer } = await t.allianceWithRoles();
    const ind = await createIndicator(t, backbone.token, allianceId);
    const set = (periodKey: string, value: number, version: number | null) =>
      t.gql(SET_TARGET, { i: { allianceId, indicatorId: ind.id, periodKey, value, version } }, { token: backbone.token });
    const created = (await set('2026-Q1', 130, null)).data.setTarget;
    expect(created).toMatchObject({ periodKey: '2026-Q1', value: 130, version: 1 });
    const changed = (await set('2026-Q1', 135.5, 1)).data.setTarget;
    expect(changed).toEqual({ id: created.id, periodKey: '2026-Q1', value: 135.5, version: 2 });

    expect(codeOf(await set('2026-Q1', 1, null))).toBe('CONFLICT'); // exists already: nobody overwrites a target unseen
    expect(codeOf(await set('2026-Q1', 1, 1))).toBe('CONFLICT'); // stale version
    expect(codeOf(await set('2026-Q2', 1, 1))).toBe('NOT_FOUND'); // no target to change
    expect((await t.sql(`SELECT value::float8 AS value, version FROM targets WHERE id = $1`, [created.id]))[0]).toEqual({ value: 135.5, version: 2 });

    for (const [key, value] of [
      ['2026', 560],
      ['2026-Q4', 150],
      ['2025-Q4', -3],
      ['2026-Q2', 0],
    ] as const)
      await set(key, value, null);
    const read = await t.ok(INDICATOR, { id: allianceId, indicatorId: ind.id }, { token: observer.token });
    expect(read.indicator.targets.map((x: any) => `${x.periodKey}=${x.value}`)).toEqual([
      '2025-Q4=-3',
      '2026-Q1=135.5',
      '2026-Q2=0',
      '2026-Q4=150',
      '2026=560',
    ]);

    const staleDelete = await t.gql(DELETE_TARGET, { i: { allianceId, targetId: created.id, version: 1 } }, { token: backbone.token });
    expect(codeOf(staleDelete)).toBe('CONFLICT');
    expect(await t.ok(DELETE_TARGET, { i: { allianceId, targetId: created.id, version: 2 } }, { token: backbone.token })).toEqual({ deleteTarget: true });
    expect(codeOf(await t.gql(DELETE_TARGET, { i: { allianceId, targetId: created.id, version: 2 } }, { token: backbone.token }))).toBe('NOT_FOUND');

    const audit = await t.sql(`SELECT action, before, after FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at`, [created.id]);
    expect(audit).toEqual([
      { action: 'target.created', before: null, after: { indicatorId: ind.id, periodKey: '2026-Q1', value: 130, version: 1 } },
      {
        action: 'target.updated',
        before: { indicatorId: ind.id, periodKey: '2026-Q1', value: 130, version: 1 },
        after: { indicatorId: ind.id, periodKey: '2026-Q1', value: 135.5, version: 2 },
      },
      { action: 'target.deleted', before: { indicatorId: ind.id, periodKey: '2026-Q1', value: 135.5, version: 2 }, after: null },
    ]);
  });

  it("takes periods of the indicator's frequency or coarser ones, never finer", async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    const quarterly = await createIndicator(t, backbone.token, allianceId, { frequency: 'QUARTERLY', baselinePeriod: null });
    const yearly = await createIndicator(t, backbone.token, allianceId, { frequency: 'YEARLY', baselinePeriod: null });
    const monthly = await createIndicator(t, backbone.token, allianceId, { frequency: 'MONTHLY', baselinePeriod: null });
    const set = (indicatorId: string, periodKey: string) =>
      t.gql(SET_TARGET, { i: { allianceId, indicatorId, periodKey, value: 10 } }, { token: backbone.token });
    for (const [ind, key] of [
      [quarterly, '2026-Q3'],
      [quarterly, '2026'],
      [yearly, '2027'],
      [monthly, '2026-03'],
      [monthly, '2026-Q1'],
      [monthly, '2026'],
    ] as const) {
      expect((await set(ind.id, key)).data?.setTarget.periodKey).toBe(key);
    }
    const before = await snapshot(t, allianceId);
    for (const [ind, key, code] of [
      [quarterly, '2026-03', 'periodTooFine'],
      [yearly, '2026-Q1', 'periodTooFine'],
      [yearly, '2026-12', 'periodTooFine'],
      [monthly, '2026-13', 'periodKey'],
      [quarterly, '2026-Q5', 'periodKey'],
      [yearly, 'nächstes', 'periodKey'],
      [yearly, '0000', 'periodKey'],
    ] as const) {
      const r = await set(ind.id, key);
      expect(codeOf(r)).toBe('VALIDATION_FAILED');
      expect(fieldsOf(r)).toEqual([{ field: 'periodKey', code }]);
    }
    const de = await set(yearly.id, '2026-Q1');
    expect(de.errors?.[0].message).toBe('Bitte prüfen Sie Ihre Eingaben: periodKey (feiner als die Frequenz des Indikators).');
    expect(codeOf(await t.gql(SET_TARGET, { i: { allianceId, indicatorId: yearly.id, periodKey: '2030', value: 'viel' } }, { token: backbone.token }))).toBe(
      'VALIDATION_FAILED',
    );
    const inf = await t.gql(
      `mutation($a: ID!, $ind: ID!) { setTarget(input: { allianceId: $a, indicatorId: $ind, periodKey: "2030", value: 1e999 }) { id } }`,
      { a: allianceId, ind: yearly.id },
      { token: backbone.token },
    );
    expect(codeOf(inf)).toBe('VALIDATION_FAILED');
    expect(await snapshot(t, allianceId)).toEqual(before);
  });

  it('of two colleagues creating the same target at once, one wins and the other gets CONFLICT', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    const ind = await createIndicator(t, backbone.token, allianceId);
    const results = await Promise.all(
      [140, 160].map((value) =>
        t.gql(SET_TARGET, { i: { allianceId, indicatorId: ind.id, periodKey: '2027', value, version: null } }, { token: backbone.token }),
      ),
    );
    expect(results.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
    const winner = results.find((r) => !r.errors)!.data.setTarget;
    expect(await t.sql(`SELECT value::float8 AS value FROM targets WHERE indicator_id = $1`, [ind.id])).toEqual([{ value: winner.value }]);
    expect(await t.sql(`SELECT count(*)::int AS n FROM audit_events WHERE alliance_id = $1 AND action = 'target.created'`, [allianceId])).toEqual([{ n: 1 }]);
  });

  it("answers another alliance's indicators and targets as NOT_FOUND and leaves them unchanged", async () => {
    const a = await t.allianceWithRoles('Bündnis A');
    const b = await t.allianceWithRoles('Bündnis B');
    const indA = await createIndicator(t, a.backbone.token, a.allianceId);
    const target = (
      await t.ok(SET_TARGET, { i: { allianceId: a.allianceId, indicatorId: indA.id, periodKey: '2026', value: 500 } }, { token: a.backbone.token })
    ).setTarget;
    const beforeA = await snapshot(t, a.allianceId);
    const beforeB = await snapshot(t, b.allianceId);
    const attempts: [string, Record<string, unknown>, string][] = [
      [SET_TARGET, { allianceId: b.allianceId, indicatorId: indA.id, periodKey: '2026', value: 1, version: 1 }, 'Indicator'],
      [SET_TARGET, { allianceId: b.allianceId, indicatorId: indA.id, periodKey: '2028', value: 1 }, 'Indicator'],
      [DELETE_TARGET, { allianceId: b.allianceId, targetId: target.id, version: 1 }, 'Target'],
    ];
    for (const [op, i, entity] of attempts) {
      const r = await t.gql(op, { i }, { token: b.backbone.token });
      expect(codeOf(r)).toBe('NOT_FOUND');
      expect(r.errors?.[0].extensions?.params).toEqual({ entity });
    }
    expect(await snapshot(t, a.allianceId)).toEqual(beforeA);
    expect(await snapshot(t, b.allianceId)).toEqual(beforeB);
  });
});
