import { randomUUID } from 'node:crypto';
import { AGGREGATIONS, type AggregationName } from '@gemeinwerk/shared';
import { TestApp } from '../../test/test-app';
import { approvedValue, CONTRIBUTIONS, createDimension, createIndicator, createTarget, LIST, openPeriod, ROLLUP, SERIES } from './measurements.fixtures';

/**
 * Every resolver that takes an indicator, over every aggregation kind: no errors, and numbers
 * that hang together (the ledger adds up to the roll-up, the TOTAL line equals the roll-up,
 * nothing NaN or infinite). RATIO values also come as the demo seeds them, with only numerator
 * and denominator stored (value NULL): that case broke `contributions` once.
 */
const PROGRESS = `query($id: ID!, $from: String!, $to: String!) {
  indicatorProgress(allianceId: $id, from: $from, to: $to) { id aggregation periods actual target approvedReports expectedReports provisional } }`;
const INDICATOR = `query($id: ID!, $ind: ID!) { indicator(allianceId: $id, indicatorId: $ind) { id aggregation targets { periodKey value } } }`;

/** What each kind rolls up to from the values below (A, B through the API; C as seeded). */
const EXPECTED: Record<AggregationName, number> = {
  SUM: 100 + 50 + 30, // A, B, C
  AVERAGE: (10 + 20 + 30) / 3,
  LATEST: 30, // C was approved last
  RATIO: (3 + 1 + 2) / (4 + 4 + 4),
};

const finiteOrNull = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));

describe('every indicator resolver over every aggregation kind', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it('rollup, contributions, series (TOTAL, MEMBER, CATEGORY), progress and measurements agree for SUM, AVERAGE, LATEST and RATIO', async () => {
    const { allianceId, backbone, partner: a, observer } = await t.allianceWithRoles('Alle Arten');
    // The kinds' arithmetic for every reader, not small-number protection (small-numbers.spec.ts), is tested here.
    await t.sql(`UPDATE alliances SET small_number_threshold = 2 WHERE id = $1`, [allianceId]);
    const b = await t.addMember(backbone.token, allianceId, 'PARTNER');
    const c = await t.addMember(backbone.token, allianceId, 'PARTNER');
    const B = { token: backbone.token };
    const reportingPeriodId = await openPeriod(t, backbone.token, allianceId, '2026-Q1');
    await openPeriod(t, backbone.token, allianceId, '2026-Q2');

    const ids = {} as Record<AggregationName, string>;
    for (const kind of AGGREGATIONS) {
      ids[kind] = await createIndicator(t, allianceId, { aggregation: kind, name: `Art ${kind}`, code: kind, baseline: kind === 'RATIO' ? 0.4 : 10 });
      await createTarget(t, allianceId, ids[kind], '2026', kind === 'RATIO' ? 0.6 : 200);
    }
    const gender = await createDimension(t, allianceId, 'Geschlecht', ['weiblich', 'männlich'], Object.values(ids));
    const approve = (who: { token: string }, input: Record<string, unknown>) =>
      approvedValue(t, { reporter: who.token, backbone: backbone.token }, { allianceId, reportingPeriodId, ...input });

    await approve(a, {
      indicatorId: ids.SUM,
      value: 100,
      parts: [
        { categoryId: gender.categories.weiblich, value: 60 },
        { categoryId: gender.categories['männlich'], value: 40 },
      ],
    });
    await approve(b, { indicatorId: ids.SUM, value: 50 });
    await approve(a, { indicatorId: ids.AVERAGE, value: 10 });
    await approve(b, { indicatorId: ids.AVERAGE, value: 20 });
    await approve(a, { indicatorId: ids.LATEST, value: 10 });
    await approve(b, { indicatorId: ids.LATEST, value: 20 });
    await approve(a, { indicatorId: ids.RATIO, numerator: 3, denominator: 4 });
    await approve(b, { indicatorId: ids.RATIO, numerator: 1, denominator: 4 });
    // C's values as the demo seed writes them: approved directly, RATIO without a stored value.
    for (const kind of AGGREGATIONS) {
      const ratio = kind === 'RATIO';
      await t.sql(
        `INSERT INTO measurements (alliance_id, id, indicator_id, membership_id, reporting_period_id, period_key, value, numerator, denominator, status,
                                   submitted_at, reviewed_at, version)
         VALUES ($1, $2, $3, $4, $5, '2026-Q1', $6, $7, $8, 'APPROVED', now(), now() + interval '1 minute', 3)`,
        [allianceId, randomUUID(), ids[kind], c.membershipId, reportingPeriodId, ratio ? null : 30, ratio ? 2 : null, ratio ? 4 : null],
      );
    }

    const progressInSchema = t.schemaSdl().includes('indicatorProgress(');
    const progress = progressInSchema ? (await t.ok(PROGRESS, { id: allianceId, from: '2026-Q1', to: '2026-Q2' }, B)).indicatorProgress : [];

    for (const kind of AGGREGATIONS) {
      const ind = ids[kind];
      const expected = EXPECTED[kind];
      const at = (who: { token: string }) => ({ token: who.token });

      // rollup: every role that may read it, the period with data and the one without.
      for (const who of [backbone, a, observer]) {
        const r = (await t.ok(ROLLUP, { id: allianceId, ind, k: '2026-Q1' }, at(who))).rollup;
        expect([kind, r.aggregation, r.memberCount]).toEqual([kind, kind, 3]);
        expect([kind, r.value]).toEqual([kind, expect.closeTo(expected, 9)]);
      }
      const empty = (await t.ok(ROLLUP, { id: allianceId, ind, k: '2026-Q2' }, B)).rollup;
      expect([kind, empty.value, empty.memberCount]).toEqual([kind, null, 0]);

      // contributions: one line per member, finite numbers, nets adding up to the roll-up.
      for (const who of [backbone, a]) {
        const ledger = (await t.ok(CONTRIBUTIONS, { id: allianceId, ind, k: '2026-Q1' }, at(who))).contributions;
        expect([kind, ledger.length]).toEqual([kind, 3]);
        for (const line of ledger)
          expect([kind, [line.reported, line.net, line.overlapDeducted].every(Number.isFinite), finiteOrNull(line.shareOfTotal)]).toEqual([kind, true, true]);
        expect([kind, ledger.reduce((s: number, l: { net: number }) => s + l.net, 0)]).toEqual([kind, expect.closeTo(expected, 9)]);
        if (kind === 'RATIO') {
          const byMember = Object.fromEntries(ledger.map((l: { membershipId: string; reported: number }) => [l.membershipId, l.reported]));
          expect(byMember).toEqual({ [a.membershipId]: 0.75, [b.membershipId]: 0.25, [c.membershipId]: 0.5 });
        }
      }
      expect((await t.ok(CONTRIBUTIONS, { id: allianceId, ind, k: '2026-Q2' }, B)).contributions).toEqual([]);

      // series: TOTAL for every reader; MEMBER and CATEGORY for the backbone.
      for (const [by, who] of [
        ['TOTAL', observer],
        ['TOTAL', backbone],
        ['MEMBER', backbone],
        ['CATEGORY', backbone],
      ] as const) {
        const lines = (await t.ok(SERIES, { id: allianceId, ids: [ind], from: '2026-Q1', to: '2026-Q2', by }, at(who))).indicatorSeries;
        expect([kind, by, lines.length > 0]).toEqual([kind, by, true]);
        for (const line of lines) {
          expect([kind, by, line.periods]).toEqual([kind, by, ['2026-Q1', '2026-Q2']]);
          expect([kind, by, [...line.actual, ...line.target].every(finiteOrNull)]).toEqual([kind, by, true]);
        }
        if (by === 'TOTAL') expect([kind, lines[0].actual[0], lines[0].actual[1]]).toEqual([kind, expect.closeTo(expected, 9), null]);
        if (by === 'MEMBER') expect([kind, lines.length]).toEqual([kind, 3]);
        if (by === 'MEMBER' && kind === 'SUM')
          expect(lines.reduce((s: number, l: { actual: (number | null)[] }) => s + (l.actual[0] ?? 0), 0)).toBeCloseTo(expected, 9);
      }

      // measurements of the indicator, as the backbone and as a partner.
      const listed = (await t.ok(LIST, { id: allianceId, f: { indicatorId: ind }, p: { first: 10 } }, B)).measurements;
      expect([kind, listed.totalCount, listed.nodes.every((n: { value: unknown }) => finiteOrNull(n.value))]).toEqual([kind, 3, true]);
      expect((await t.ok(LIST, { id: allianceId, f: { indicatorId: ind }, p: { first: 10 } }, at(a))).measurements.totalCount).toBe(3);

      const one = (await t.ok(INDICATOR, { id: allianceId, ind }, at(observer))).indicator;
      expect([one.aggregation, one.targets.map((x: { periodKey: string }) => x.periodKey)]).toEqual([kind, ['2026']]);

      if (progressInSchema) {
        const row = progress.find((p: { id: string }) => p.id === ind);
        expect([kind, row?.aggregation, row?.periods]).toEqual([kind, kind, ['2026-Q1', '2026-Q2']]);
        expect([kind, row.actual[0], row.actual[1]]).toEqual([kind, expect.closeTo(expected, 9), null]);
        expect([kind, row.approvedReports[0], [...row.actual, ...row.target].every(finiteOrNull)]).toEqual([kind, 3, true]);
      }
    }
  });
});
