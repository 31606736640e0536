import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { TestApp } from '../../test/test-app';
import {
  ARCHIVE,
  codeOf,
  CREATE,
  createDimension,
  createIndicator,
  fieldsOf,
  INDICATOR,
  INDICATORS,
  insertGoal,
  insertMeasurement,
  RESTORE,
  SET_TARGET,
  snapshot,
  UPDATE,
  YOUTH_EMPLOYMENT,
} from './indicators.test-helpers';

// The machine is shared with other suites; the project's testTimeout does not reach files run alone.
jest.setTimeout(60_000);

describe('indicators', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it('the backbone defines an indicator with goals and dimensions; every role reads it', async () => {
    const { allianceId, backbone, partner, funder, observer } = await t.allianceWithRoles();
    const goal = await insertGoal(t, allianceId, 'Mehr Jugendliche in Ausbildung');
    const gender = await createDimension(t, backbone.token, allianceId, 'Geschlecht', ['weiblich', 'männlich', 'divers']);
    const created = await createIndicator(t, backbone.token, allianceId, { code: 'B1', goalIds: [goal], dimensionIds: [gender.id], decimals: 1 });
    expect(created).toMatchObject({
      ...YOUTH_EMPLOYMENT,
      decimals: 1,
      status: 'ACTIVE',
      version: 1,
      numeratorLabel: null,
      goals: [{ id: goal, title: 'Mehr Jugendliche in Ausbildung' }],
      dimensions: [
        {
          id: gender.id,
          name: 'Geschlecht',
          categories: [
            { name: 'weiblich', position: 0 },
            { name: 'männlich', position: 1 },
            { name: 'divers', position: 2 },
          ],
        },
      ],
      targets: [],
    });
    for (const who of [backbone, partner, funder, observer]) {
      const one = await t.ok(INDICATOR, { id: allianceId, indicatorId: created.id }, { token: who.token });
      expect(one.indicator).toEqual(created);
      const list = await t.ok(INDICATORS, { id: allianceId }, { token: who.token });
      expect(list.indicators.nodes).toEqual([created]);
    }
    const [audit] = await t.sql(`SELECT action, entity_type, after FROM audit_events WHERE alliance_id = $1 AND entity_id = $2`, [allianceId, created.id]);
    expect(audit).toMatchObject({
      action: 'indicator.created',
      entity_type: 'Indicator',
      after: { name: YOUTH_EMPLOYMENT.name, goalIds: [goal], dimensionIds: [gender.id] },
    });
    for (const indicatorId of ['00000000-0000-4000-8000-000000000000', 'kein-uuid']) {
      expect(codeOf(await t.gql(INDICATOR, { id: allianceId, indicatorId }, { token: observer.token }))).toBe('NOT_FOUND');
    }
  });

  it('updates only the fields given, clears optional ones with null, archives and restores; each step audited', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    const ind = await createIndicator(t, backbone.token, allianceId, { code: 'B1' });
    const upd = await t.ok(
      UPDATE,
      { i: { allianceId, indicatorId: ind.id, version: 1, name: 'Begonnene Ausbildungen', code: null, baselineValue: null, decimals: 2 } },
      { token: backbone.token },
    );
    expect(upd.updateIndicator).toMatchObject({
      ...YOUTH_EMPLOYMENT,
      name: 'Begonnene Ausbildungen',
      code: null,
      baselineValue: null,
      decimals: 2,
      version: 2,
    });

    const archived = await t.ok(ARCHIVE, { i: { allianceId, indicatorId: ind.id, version: 2 } }, { token: backbone.token });
    expect(archived.archiveIndicator).toMatchObject({ status: 'ARCHIVED', version: 3 });
    const again = await t.gql(ARCHIVE, { i: { allianceId, indicatorId: ind.id, version: 3 } }, { token: backbone.token });
    expect(codeOf(again)).toBe('INVALID_TRANSITION');
    const active = await t.ok(INDICATORS, { id: allianceId, filter: { status: 'ACTIVE' } }, { token: backbone.token });
    expect(active.indicators).toMatchObject({ totalCount: 0, nodes: [] });
    const restored = await t.ok(RESTORE, { i: { allianceId, indicatorId: ind.id, version: 3 } }, { token: backbone.token });
    expect(restored.restoreIndicator).toMatchObject({ status: 'ACTIVE', version: 4 });
    expect(codeOf(await t.gql(RESTORE, { i: { allianceId, indicatorId: ind.id, version: 4 } }, { token: backbone.token }))).toBe('INVALID_TRANSITION');

    const audit = await t.sql(`SELECT action, before, after FROM audit_events WHERE alliance_id = $1 AND entity_id = $2 ORDER BY occurred_at`, [
      allianceId,
      ind.id,
    ]);
    expect(audit.map((a) => a.action)).toEqual(['indicator.created', 'indicator.updated', 'indicator.archived', 'indicator.restored']);
    expect(audit[1].before).toMatchObject({ name: YOUTH_EMPLOYMENT.name, code: 'B1', version: 1 });
    expect(audit[1].after).toMatchObject({ name: 'Begonnene Ausbildungen', code: null, version: 2 });
    expect(audit[2]).toMatchObject({ before: { status: 'ACTIVE' }, after: { status: 'ARCHIVED' } });
  });

  it('a RATIO indicator needs numerator and denominator labels', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    const before = await snapshot(t, allianceId);
    const ratio = { aggregation: 'RATIO', name: 'Vermittlungsquote', unit: '%' };
    const r = await t.gql(CREATE, { i: { allianceId, ...YOUTH_EMPLOYMENT, ...ratio, numeratorLabel: '  ' } }, { token: backbone.token });
    expect(codeOf(r)).toBe('VALIDATION_FAILED');
    expect(fieldsOf(r)).toEqual([
      { field: 'numeratorLabel', code: 'required' },
      { field: 'denominatorLabel', code: 'required' },
    ]);
    expect(r.errors?.[0].message).toBe('Bitte prüfen Sie Ihre Eingaben: numeratorLabel (Pflichtfeld), denominatorLabel (Pflichtfeld).');
    expect(await snapshot(t, allianceId)).toEqual(before);

    const labels = { numeratorLabel: 'vermittelte Jugendliche', denominatorLabel: 'beratene Jugendliche' };
    const ok = await createIndicator(t, backbone.token, allianceId, { ...ratio, ...labels });
    expect(ok).toMatchObject({ aggregation: 'RATIO', ...labels });
    // Switching an existing SUM indicator to RATIO needs the labels too; clearing one of a RATIO's labels is refused.
    const sum = await createIndicator(t, backbone.token, allianceId);
    const toRatio = await t.gql(UPDATE, { i: { allianceId, indicatorId: sum.id, version: 1, aggregation: 'RATIO' } }, { token: backbone.token });
    expect(fieldsOf(toRatio)).toEqual([
      { field: 'numeratorLabel', code: 'required' },
      { field: 'denominatorLabel', code: 'required' },
    ]);
    const cleared = await t.gql(UPDATE, { i: { allianceId, indicatorId: ok.id, version: 1, denominatorLabel: null } }, { token: backbone.token, lang: 'en' });
    expect(cleared.errors?.[0].message).toBe('Please check your input: denominatorLabel (required).');
    const switched = await t.ok(UPDATE, { i: { allianceId, indicatorId: sum.id, version: 1, aggregation: 'RATIO', ...labels } }, { token: backbone.token });
    expect(switched.updateIndicator).toMatchObject({ aggregation: 'RATIO', version: 2, ...labels });
  });

  it('refuses bad input with a translated VALIDATION_FAILED and changes nothing', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    const ind = await createIndicator(t, backbone.token, allianceId, { code: 'B1' });
    const before = await snapshot(t, allianceId);
    const create = (fields: Record<string, unknown>) =>
      t.gql(CREATE, { i: { allianceId, ...YOUTH_EMPLOYMENT, code: null, ...fields } }, { token: backbone.token });
    const update = (fields: Record<string, unknown>) =>
      t.gql(UPDATE, { i: { allianceId, indicatorId: ind.id, version: 1, ...fields } }, { token: backbone.token });
    const cases: [Promise<any>, unknown][] = [
      [create({ name: '   ' }), [{ field: 'name', code: 'tooShort' }]],
      [create({ baselinePeriod: '2025' }), [{ field: 'baselinePeriod', code: 'periodKey' }]],
      [create({ baselinePeriod: '2025-Q5' }), [{ field: 'baselinePeriod', code: 'periodKey' }]],
      [create({ decimals: 5 }), [{ field: 'decimals', code: 'invalid' }]],
      [create({ decimals: -1 }), [{ field: 'decimals', code: 'invalid' }]],
      [create({ code: 'b1' }), [{ field: 'code', code: 'duplicate' }]],
      [create({ code: 'X'.repeat(21) }), [{ field: 'code', code: 'tooLong' }]],
      [create({ goalIds: ['nicht-eine-id'] }), [{ field: 'goalIds', code: 'invalid' }]],
      [update({ name: null }), [{ field: 'name', code: 'required' }]],
      [update({ direction: null }), [{ field: 'direction', code: 'invalid' }]],
      [update({ frequency: 'YEARLY' }), [{ field: 'baselinePeriod', code: 'periodKey' }]],
    ];
    for (const [pending, fields] of cases) {
      const r = await pending;
      expect(codeOf(r)).toBe('VALIDATION_FAILED');
      expect(fieldsOf(r)).toEqual(fields);
    }
    expect(codeOf(await create({ baselineValue: 'viele' }))).toBe('VALIDATION_FAILED');
    const inf = await t.gql(
      `mutation($a: ID!) { createIndicator(input: { allianceId: $a, name: "X", direction: INCREASE, aggregation: SUM, frequency: YEARLY, rbaKind: HOW_MUCH, baselineValue: 1e999 }) { id } }`,
      { a: allianceId },
      { token: backbone.token },
    );
    expect(codeOf(inf)).toBe('VALIDATION_FAILED');
    expect(await snapshot(t, allianceId)).toEqual(before);

    // The same code in another alliance is fine; changing both frequency and baseline together is fine.
    const other = await t.allianceWithRoles('Anderes Bündnis');
    await createIndicator(t, other.backbone.token, other.allianceId, { code: 'B1' });
    const yearly = await update({ frequency: 'YEARLY', baselinePeriod: '2025' });
    expect(yearly.data.updateIndicator).toMatchObject({ frequency: 'YEARLY', baselinePeriod: '2025', code: 'B1' });
  });

  it('fixes aggregation and frequency once measurements exist (INDICATOR_IN_USE); other fields stay editable', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const ind = await createIndicator(t, backbone.token, allianceId);
    const free = await t.ok(UPDATE, { i: { allianceId, indicatorId: ind.id, version: 1, aggregation: 'AVERAGE' } }, { token: backbone.token });
    expect(free.updateIndicator.aggregation).toBe('AVERAGE');
    await insertMeasurement(t, {
      allianceId,
      indicatorId: ind.id,
      membershipId: partner.membershipId,
      userId: backbone.id,
      frequency: 'QUARTERLY',
      periodKey: '2026-Q1',
    });
    const before = await snapshot(t, allianceId);
    for (const change of [
      { aggregation: 'SUM' },
      { frequency: 'YEARLY', baselinePeriod: '2025' },
      { frequency: 'MONTHLY', baselinePeriod: '2025-12', name: 'Neu' },
    ]) {
      const r = await t.gql(UPDATE, { i: { allianceId, indicatorId: ind.id, version: 2, ...change } }, { token: backbone.token });
      expect(codeOf(r)).toBe('INDICATOR_IN_USE');
      expect(r.errors?.[0].message).toBe('Für diesen Indikator gibt es bereits Messwerte; Aggregation und Frequenz lassen sich nicht mehr ändern.');
    }
    const en = await t.gql(UPDATE, { i: { allianceId, indicatorId: ind.id, version: 2, aggregation: 'LATEST' } }, { token: backbone.token, lang: 'en' });
    expect(en.errors?.[0].message).toBe('Measurements exist for this indicator; its aggregation and frequency can no longer change.');
    expect(await snapshot(t, allianceId)).toEqual(before);
    // Sending the unchanged values, or changing anything else, still works.
    const ok = await t.ok(
      UPDATE,
      { i: { allianceId, indicatorId: ind.id, version: 2, aggregation: 'AVERAGE', frequency: 'QUARTERLY', unit: 'Jugendliche', direction: 'MAINTAIN' } },
      { token: backbone.token },
    );
    expect(ok.updateIndicator).toMatchObject({ aggregation: 'AVERAGE', unit: 'Jugendliche', direction: 'MAINTAIN', version: 3 });
  });

  it('a coarser frequency is refused while targets exist for finer periods', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    const ind = await createIndicator(t, backbone.token, allianceId, { baselinePeriod: null });
    await t.ok(SET_TARGET, { i: { allianceId, indicatorId: ind.id, periodKey: '2026-Q2', value: 150 } }, { token: backbone.token });
    const r = await t.gql(UPDATE, { i: { allianceId, indicatorId: ind.id, version: 1, frequency: 'YEARLY' } }, { token: backbone.token });
    expect(fieldsOf(r)).toEqual([{ field: 'frequency', code: 'finerTargets' }]);
    const monthly = await t.ok(UPDATE, { i: { allianceId, indicatorId: ind.id, version: 1, frequency: 'MONTHLY' } }, { token: backbone.token });
    expect(monthly.updateIndicator).toMatchObject({ frequency: 'MONTHLY', targets: [{ periodKey: '2026-Q2', value: 150 }] });
  });

  it('a stale version is refused with CONFLICT and changes nothing', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    const ind = await createIndicator(t, backbone.token, allianceId);
    await t.ok(UPDATE, { i: { allianceId, indicatorId: ind.id, version: 1, name: 'Erste Änderung' } }, { token: backbone.token });
    const before = await snapshot(t, allianceId);
    for (const [op, extra] of [
      [UPDATE, { name: 'Zweite Änderung' }],
      [ARCHIVE, {}],
    ] as const) {
      const r = await t.gql(op, { i: { allianceId, indicatorId: ind.id, version: 1, ...extra } }, { token: backbone.token });
      expect(codeOf(r)).toBe('CONFLICT');
      expect(r.errors?.[0].message).toBe('Der Indikator wurde inzwischen von jemand anderem geändert. Bitte laden Sie neu und versuchen Sie es noch einmal.');
    }
    expect(await snapshot(t, allianceId)).toEqual(before);
  });

  it('lists page by page, filtered by goal and status, with a fixed number of statements however long', async () => {
    const { allianceId, backbone, observer } = await t.allianceWithRoles();
    const goal = await insertGoal(t, allianceId, 'Ausbildung');
    const dim = await createDimension(t, backbone.token, allianceId, 'Altersgruppe', ['unter 12', '12–17', '18–26']);
    const ids: string[] = [];
    for (let n = 1; n <= 20; n++) {
      const ind = await createIndicator(t, backbone.token, allianceId, {
        code: n <= 15 ? `I${String(n).padStart(2, '0')}` : null,
        name: `Indikator ${n}`,
        goalIds: n % 2 ? [goal] : [],
        dimensionIds: [dim.id],
      });
      await t.ok(SET_TARGET, { i: { allianceId, indicatorId: ind.id, periodKey: '2026', value: n } }, { token: backbone.token });
      ids.push(ind.id);
    }
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await t.ok(INDICATORS, { id: allianceId, page: { first: 7, after } }, { token: observer.token })).indicators;
      expect(page.totalCount).toBe(20);
      seen.push(...page.nodes.map((i: any) => i.code ?? i.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([
      ...Array.from({ length: 15 }, (_, i) => `I${String(i + 1).padStart(2, '0')}`),
      'Indikator 16',
      'Indikator 17',
      'Indikator 18',
      'Indikator 19',
      'Indikator 20',
    ]);
    const byGoal = await t.ok(INDICATORS, { id: allianceId, filter: { goalId: goal, status: 'ACTIVE' }, page: { first: 100 } }, { token: observer.token });
    expect(byGoal.indicators.totalCount).toBe(10);
    expect(codeOf(await t.gql(INDICATORS, { id: allianceId, page: { first: 5, after: 'Unsinn' } }, { token: observer.token }))).toBe('VALIDATION_FAILED');

    const small = await t.allianceWithRoles('Kleines Bündnis');
    await createIndicator(t, small.backbone.token, small.allianceId);
    const statements = async (id: string, token: string) => {
      await t.ok(INDICATORS, { id }, { token }); // a first call refreshes the session's last-seen time, which costs a statement
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      try {
        const r = await t.ok(INDICATORS, { id, page: { first: 100 } }, { token });
        return { count: spy.mock.calls.length, nodes: r.indicators.nodes };
      } finally {
        spy.mockRestore();
      }
    };
    const one = await statements(small.allianceId, small.backbone.token);
    const twenty = await statements(allianceId, observer.token);
    expect(one.nodes).toHaveLength(1);
    expect(twenty.nodes).toHaveLength(20);
    expect(twenty.nodes.every((i: any) => i.dimensions[0].categories.length === 3 && i.targets.length === 1)).toBe(true);
    // Transaction, tenancy, one page query and one count: the same for one indicator as for twenty.
    expect(one.count).toBeGreaterThanOrEqual(4);
    expect(twenty.count).toBe(one.count);
    expect(twenty.count).toBeLessThanOrEqual(10);
  });
});
