import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { TestApp } from '../../test/test-app';
import {
  approvedValue,
  CONTRIBUTIONS,
  createDimension,
  createIndicator,
  createTarget,
  DECLARE,
  openPeriod,
  REMOVE_OVERLAP,
  ROLLUP,
  SAVE,
  SERIES,
  SUBMIT,
} from './measurements.fixtures';

describe('roll-ups, overlaps, contributions and series', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());
  const code = (r: any) => r.errors?.[0]?.extensions?.code;

  /** An alliance with a backbone and partners A, B, C, D, and an open 2026-Q1. */
  async function alliance() {
    const roles = await t.allianceWithRoles();
    const { allianceId, backbone } = roles;
    const a = roles.partner;
    const b = await t.addMember(backbone.token, allianceId, 'PARTNER');
    const c = await t.addMember(backbone.token, allianceId, 'PARTNER');
    const d = await t.addMember(backbone.token, allianceId, 'PARTNER');
    const reportingPeriodId = await openPeriod(t, backbone.token, allianceId, '2026-Q1');
    const approve = (who: { token: string }, input: Record<string, unknown>) =>
      approvedValue(t, { reporter: who.token, backbone: backbone.token }, { allianceId, reportingPeriodId, ...input });
    return { ...roles, a, b, c, d, reportingPeriodId, approve };
  }

  it('SUM: Σ approved values − each pair of members’ larger overlap declaration; the nets of the ledger add up to it', async () => {
    const { allianceId, backbone, a, b, c, d, reportingPeriodId, approve } = await alliance();
    const indicatorId = await createIndicator(t, allianceId, { name: 'Erreichte Jugendliche', baseline: 120 });
    await createTarget(t, allianceId, indicatorId, '2026', 600);
    await createTarget(t, allianceId, indicatorId, '2026-Q2', 150);
    const mA = await approve(a, { indicatorId, value: 100 });
    const mB = await approve(b, { indicatorId, value: 60 });
    const mC = await approve(c, { indicatorId, value: 40 });
    // D's value is only submitted: it neither counts nor takes part in deduplication.
    const dDraft = (await t.ok(SAVE, { i: { allianceId, indicatorId, reportingPeriodId, value: 1000 } }, { token: d.token })).saveMeasurement;
    await t.ok(SUBMIT, { i: { allianceId, measurementId: dDraft.id, version: 1 } }, { token: d.token });

    const B = { token: backbone.token };
    const declare = (measurementId: string, otherMembershipId: string, amount: number) =>
      t.ok(DECLARE, { i: { allianceId, measurementId, otherMembershipId, amount, note: 'gleiche Jugendliche' } }, B);
    await declare(mA.id, b.membershipId, 20);
    await declare(mB.id, a.membershipId, 30); // pair A–B: the larger, 30, once
    await declare(mA.id, c.membershipId, 10); // pair A–C: 10
    await declare(mC.id, b.membershipId, 15); // pair B–C: 15
    await declare(mA.id, d.membershipId, 50); // D has no approved value: ignored

    const rollup = (await t.ok(ROLLUP, { id: allianceId, ind: indicatorId, k: '2026-Q1' }, B)).rollup;
    expect(rollup).toEqual({ value: 145, aggregation: 'SUM', memberCount: 3, target: 600, baseline: 120, deduplicated: 55 });
    expect((await t.ok(ROLLUP, { id: allianceId, ind: indicatorId, k: '2026-Q2' }, B)).rollup).toEqual({
      value: null,
      aggregation: 'SUM',
      memberCount: 0,
      target: 150,
      baseline: 120,
      deduplicated: 0,
    });

    const ledger = (await t.ok(CONTRIBUTIONS, { id: allianceId, ind: indicatorId, k: '2026-Q1' }, B)).contributions;
    const by = Object.fromEntries(ledger.map((l: any) => [l.membershipId, l]));
    expect(by[a.membershipId]).toMatchObject({ reported: 100, overlapDeducted: 20, net: 80 }); // (30 + 10) / 2
    expect(by[b.membershipId]).toMatchObject({ reported: 60, overlapDeducted: 22.5, net: 37.5 }); // (30 + 15) / 2
    expect(by[c.membershipId]).toMatchObject({ reported: 40, overlapDeducted: 12.5, net: 27.5 }); // (10 + 15) / 2
    expect(by[d.membershipId]).toBeUndefined();
    expect(ledger.reduce((s: number, l: any) => s + l.net, 0)).toBeCloseTo(rollup.value, 9);
    expect(ledger.reduce((s: number, l: any) => s + l.shareOfTotal, 0)).toBeCloseTo(1, 9);
    expect(by[a.membershipId].shareOfTotal).toBeCloseTo(80 / 145, 9);

    // Removing a declaration changes the roll-up.
    const withOverlaps = (await t.ok(DECLARE, { i: { allianceId, measurementId: mC.id, otherMembershipId: b.membershipId, amount: 15 } }, B)).declareOverlap;
    await t.ok(REMOVE_OVERLAP, { i: { allianceId, overlapId: withOverlaps.overlaps.find((o: any) => o.otherMembershipId === b.membershipId).id } }, B);
    expect((await t.ok(ROLLUP, { id: allianceId, ind: indicatorId, k: '2026-Q1' }, B)).rollup.value).toBe(160);
    const audit = await t.sql(`SELECT action FROM audit_events WHERE alliance_id = $1 AND entity_type = 'MeasurementOverlap'`, [allianceId]);
    expect(audit.filter((x) => x.action === 'measurement.overlapDeclared')).toHaveLength(6);
    expect(audit.filter((x) => x.action === 'measurement.overlapRemoved')).toHaveLength(1);
  });

  it('AVERAGE, LATEST and RATIO roll up by their own rules, and their ledgers add up too', async () => {
    const { allianceId, backbone, a, b, c, approve } = await alliance();
    const B = { token: backbone.token };
    const avg = await createIndicator(t, allianceId, { aggregation: 'AVERAGE' });
    await approve(a, { indicatorId: avg, value: 10 });
    await approve(b, { indicatorId: avg, value: 20 });
    await approve(c, { indicatorId: avg, value: 60 });
    const latest = await createIndicator(t, allianceId, { aggregation: 'LATEST' });
    await approve(a, { indicatorId: latest, value: 5 });
    await approve(c, { indicatorId: latest, value: 3 });
    await approve(b, { indicatorId: latest, value: 7 }); // approved last
    const ratio = await createIndicator(t, allianceId, { aggregation: 'RATIO' });
    await approve(a, { indicatorId: ratio, numerator: 30, denominator: 60 });
    await approve(b, { indicatorId: ratio, numerator: 10, denominator: 40 });

    const expected: [string, number, number][] = [
      [avg, 30, 3],
      [latest, 7, 3],
      [ratio, 0.4, 2],
    ];
    for (const [indicatorId, value, memberCount] of expected) {
      const r = (await t.ok(ROLLUP, { id: allianceId, ind: indicatorId, k: '2026-Q1' }, B)).rollup;
      expect(r.value).toBeCloseTo(value, 12);
      expect(r).toMatchObject({ memberCount, deduplicated: 0 });
      const ledger = (await t.ok(CONTRIBUTIONS, { id: allianceId, ind: indicatorId, k: '2026-Q1' }, B)).contributions;
      expect(ledger.reduce((s: number, l: any) => s + l.net, 0)).toBeCloseTo(value, 9);
    }
    const latestLedger = (await t.ok(CONTRIBUTIONS, { id: allianceId, ind: latest, k: '2026-Q1' }, B)).contributions;
    expect(latestLedger.map((l: any) => [l.membershipId, l.net])).toEqual(
      expect.arrayContaining([
        [b.membershipId, 7],
        [a.membershipId, 0],
        [c.membershipId, 0],
      ]),
    );
    const ratioLedger = (await t.ok(CONTRIBUTIONS, { id: allianceId, ind: ratio, k: '2026-Q1' }, B)).contributions;
    expect(Object.fromEntries(ratioLedger.map((l: any) => [l.membershipId, [l.reported, l.net]]))).toEqual({
      [a.membershipId]: [0.5, 0.3],
      [b.membershipId]: [0.25, 0.1],
    });
    const wrongKey = await t.gql(ROLLUP, { id: allianceId, ind: avg, k: '2026-03' }, B);
    expect(wrongKey.errors?.[0].extensions?.fields).toEqual([{ field: 'periodKey', code: 'periodKey' }]);
  });

  it('overlap rules: SUM only, at most the value, another member, the owner while editable or the backbone', async () => {
    const { allianceId, backbone, a, b, reportingPeriodId, approve } = await alliance();
    const sum = await createIndicator(t, allianceId);
    const avg = await createIndicator(t, allianceId, { aggregation: 'AVERAGE' });
    const draft = (await t.ok(SAVE, { i: { allianceId, indicatorId: sum, reportingPeriodId, value: 10 } }, { token: a.token })).saveMeasurement;
    const A = { token: a.token };
    const declare = (i: Record<string, unknown>, token = a.token) =>
      t.gql(DECLARE, { i: { allianceId, measurementId: draft.id, otherMembershipId: b.membershipId, amount: 4, ...i } }, { token });

    expect(r(await declare({ amount: 11 }))).toEqual(['amount:exceedsValue']);
    expect(r(await declare({ amount: 0 }))).toEqual(['amount:mustBePositive']);
    expect(r(await declare({ otherMembershipId: a.membershipId }))).toEqual(['otherMembershipId:ownOrganisation']);
    expect(code(await declare({}, b.token))).toBe('NOT_FOUND'); // B cannot see A's draft
    const ok = (await t.ok(DECLARE, { i: { allianceId, measurementId: draft.id, otherMembershipId: b.membershipId, amount: 4 } }, A)).declareOverlap;
    expect(ok.overlaps).toEqual([{ id: expect.any(String), otherMembershipId: b.membershipId, amount: 4 }]);
    // The value cannot shrink below a declared overlap.
    expect(r(await t.gql(SAVE, { i: { allianceId, indicatorId: sum, reportingPeriodId, value: 3, version: 1 } }, A))).toEqual(['value:belowOverlap']);

    const mean = await approve(a, { indicatorId: avg, value: 3 });
    expect(
      code(await t.gql(DECLARE, { i: { allianceId, measurementId: mean.id, otherMembershipId: b.membershipId, amount: 1 } }, { token: backbone.token })),
    ).toBe('OVERLAP_ONLY_FOR_SUM');
    await t.ok(SUBMIT, { i: { allianceId, measurementId: draft.id, version: 1 } }, A);
    expect(code(await declare({ amount: 2 }))).toBe('MEASUREMENT_LOCKED');
    expect(code(await t.gql(REMOVE_OVERLAP, { i: { allianceId, overlapId: ok.overlaps[0].id } }, A))).toBe('MEASUREMENT_LOCKED');
    // The backbone adjusts overlaps at any stage: they often show up only in the review.
    expect((await declare({ amount: 2 }, backbone.token)).data.declareOverlap.overlaps[0].amount).toBe(2);
  });

  const r = (res: any) => res.errors?.[0]?.extensions?.fields?.map((f: any) => `${f.field}:${f.code}`);

  it('series: arrays per line over each indicator’s periods, targets stepping down from coarser periods, in one SQL statement', async () => {
    const { allianceId, backbone, a, b, observer, funder, approve } = await alliance();
    const B = { token: backbone.token };
    const quarterly = await createIndicator(t, allianceId, { name: 'Teilnehmende' });
    const monthly = await createIndicator(t, allianceId, { name: 'Zufriedenheit', aggregation: 'AVERAGE', frequency: 'MONTHLY' });
    const gender = await createDimension(t, allianceId, 'Geschlecht', ['weiblich', 'männlich'], [quarterly]);
    await createTarget(t, allianceId, quarterly, '2026', 600);
    await createTarget(t, allianceId, quarterly, '2026-Q2', 150);
    await createTarget(t, allianceId, monthly, '2026-Q1', 4);
    const g = gender.categories;
    await approve(a, {
      indicatorId: quarterly,
      value: 100,
      parts: [
        { categoryId: g.weiblich, value: 60 },
        { categoryId: g['männlich'], value: 40 },
      ],
    });
    await approve(b, {
      indicatorId: quarterly,
      value: 50,
      parts: [
        { categoryId: g.weiblich, value: 20 },
        { categoryId: g['männlich'], value: 30 },
      ],
    });
    const march = await openPeriod(t, backbone.token, allianceId, '2026-03', 'MONTHLY');
    await approve(a, { indicatorId: monthly, reportingPeriodId: march, value: 4 });
    await approve(b, { indicatorId: monthly, reportingPeriodId: march, value: 5 });

    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    const vars = { id: allianceId, ids: [quarterly, monthly], from: '2026-02', to: '2026-Q2' };
    const total = (await t.ok(SERIES, { ...vars, by: 'TOTAL' }, { token: observer.token })).indicatorSeries;
    const statements = spy.mock.calls.map((c) => String(c[0])).filter((sql) => /\bFROM\s+(indicators|measurements|targets)\b/i.test(sql));
    spy.mockRestore();
    expect(statements).toHaveLength(1);
    expect(statements[0]).toContain('unnest(');

    expect(total).toEqual([
      { indicatorId: quarterly, key: 'total', label: 'Teilnehmende', periods: ['2026-Q1', '2026-Q2'], actual: [150, null], target: [600, 150] },
      {
        indicatorId: monthly,
        key: 'total',
        label: 'Zufriedenheit',
        periods: ['2026-02', '2026-03', '2026-04', '2026-05', '2026-06'],
        actual: [null, 4.5, null, null, null],
        target: [4, 4, null, null, null],
      },
    ]);

    const members = (await t.ok(SERIES, { ...vars, ids: [quarterly], by: 'MEMBER' }, { token: funder.token })).indicatorSeries;
    expect(members.map((s: any) => [s.key, s.actual, s.target])).toEqual(
      expect.arrayContaining([
        [a.membershipId, [100, null], [null, null]],
        [b.membershipId, [50, null], [null, null]],
      ]),
    );
    expect(members).toHaveLength(2);
    const categories = (await t.ok(SERIES, { ...vars, ids: [quarterly], by: 'CATEGORY' }, B)).indicatorSeries;
    expect(categories.map((s: any) => [s.key, s.label, s.actual])).toEqual([
      [g.weiblich, 'Geschlecht: weiblich', [80, null]],
      [g['männlich'], 'Geschlecht: männlich', [70, null]],
    ]);

    for (const by of ['MEMBER', 'CATEGORY']) expect(code(await t.gql(SERIES, { ...vars, by }, { token: observer.token }))).toBe('FORBIDDEN');
    expect(code(await t.gql(SERIES, { ...vars, from: '2026-Q3', to: '2026-Q1' }, B))).toBe('VALIDATION_FAILED');
    expect(r(await t.gql(SERIES, { ...vars, from: '2000', to: '2026' }, B))).toEqual(['to:rangeTooLong']);
    expect(code(await t.gql(SERIES, { ...vars, ids: Array.from({ length: 51 }, () => quarterly) }, B))).toBe('VALIDATION_FAILED');
  });
});
