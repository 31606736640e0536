import { TestApp } from '../../test/test-app';
import { approvedValue, CLOSE, createDimension, createIndicator, createTarget, DECLARE, openPeriod, SAVE, SUBMIT } from './measurements.fixtures';

const ROLLUP_TRUTH = `query($id: ID!, $ind: ID!, $k: String!) {
  rollup(allianceId: $id, indicatorId: $ind, periodKey: $k) { value memberCount expectedReports approvedReports periodClosed provisional } }`;
const SERIES_TRUTH = `query($id: ID!, $ids: [ID!]!, $from: String!, $to: String!, $by: SeriesBreakdown) {
  indicatorSeries(allianceId: $id, indicatorIds: $ids, from: $from, to: $to, by: $by) {
    indicatorId key label periods actual approvedReports expectedReports provisional } }`;
const PROGRESS = `query($id: ID!, $from: String!, $to: String!) {
  indicatorProgress(allianceId: $id, from: $from, to: $to) {
    id code name unit decimals direction frequency aggregation baseline periods actual target approvedReports expectedReports provisional } }`;

describe('roll-ups that tell the truth: completeness per cell, breakdowns that add up, indicatorProgress', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it('SUM with overlaps: MEMBER nets and CATEGORY lines (with "none:" for members without a breakdown) add up to the total', async () => {
    const roles = await t.allianceWithRoles();
    const { allianceId, backbone, observer } = roles;
    const a = roles.partner;
    const b = await t.addMember(backbone.token, allianceId, 'PARTNER');
    const c = await t.addMember(backbone.token, allianceId, 'PARTNER');
    const d = await t.addMember(backbone.token, allianceId, 'PARTNER');
    const q1 = await openPeriod(t, backbone.token, allianceId, '2026-Q1');
    const B = { token: backbone.token };
    const approve = (who: { token: string }, input: Record<string, unknown>) =>
      approvedValue(t, { reporter: who.token, backbone: backbone.token }, { allianceId, reportingPeriodId: q1, ...input });

    const sum = await createIndicator(t, allianceId, { name: 'Kinder in Leseförderung', code: 'K1', baseline: 10 });
    const avg = await createIndicator(t, allianceId, { name: 'Zufriedenheit', aggregation: 'AVERAGE' });
    await createIndicator(t, allianceId, { name: 'Archiviert', status: 'ARCHIVED' });
    await createTarget(t, allianceId, sum, '2026', 600);
    const gender = await createDimension(t, allianceId, 'Geschlecht', ['weiblich', 'männlich'], [sum, avg]);
    const g = gender.categories;
    const mA = await approve(a, {
      indicatorId: sum,
      value: 100,
      parts: [
        { categoryId: g.weiblich, value: 60 },
        { categoryId: g['männlich'], value: 40 },
      ],
    });
    await approve(b, {
      indicatorId: sum,
      value: 60,
      parts: [
        { categoryId: g.weiblich, value: 30 },
        { categoryId: g['männlich'], value: 30 },
      ],
    });
    const mC = await approve(c, { indicatorId: sum, value: 40 }); // no breakdown
    await approve(a, {
      indicatorId: avg,
      value: 4,
      parts: [
        { categoryId: g.weiblich, value: 5 },
        { categoryId: g['männlich'], value: 3 },
      ],
    });
    await approve(b, { indicatorId: avg, value: 2 });
    // D's value is only submitted: D is expected, not yet approved.
    const draft = (await t.ok(SAVE, { i: { allianceId, indicatorId: sum, reportingPeriodId: q1, value: 5 } }, { token: d.token })).saveMeasurement;
    await t.ok(SUBMIT, { i: { allianceId, measurementId: draft.id, version: 1 } }, { token: d.token });
    const declare = (measurementId: string, otherMembershipId: string, amount: number) =>
      t.ok(DECLARE, { i: { allianceId, measurementId, otherMembershipId, amount } }, B);
    await declare(mA.id, b.membershipId, 30); // A–B 30
    await declare(mA.id, c.membershipId, 10); // A–C 10
    await declare(mC.id, b.membershipId, 15); // B–C 15

    const rollup = (await t.ok(ROLLUP_TRUTH, { id: allianceId, ind: sum, k: '2026-Q1' }, B)).rollup;
    expect(rollup).toEqual({ value: 145, memberCount: 3, expectedReports: 4, approvedReports: 3, periodClosed: false, provisional: true });

    const vars = { id: allianceId, ids: [sum], from: '2026-Q1', to: '2026-Q2' };
    const members = (await t.ok(SERIES_TRUTH, { ...vars, by: 'MEMBER' }, B)).indicatorSeries;
    expect(Object.fromEntries(members.map((s: any) => [s.key, s.actual]))).toEqual({
      [a.membershipId]: [80, null],
      [b.membershipId]: [37.5, null],
      [c.membershipId]: [27.5, null],
    });
    expect(members[0]).toMatchObject({ approvedReports: [3, 0], expectedReports: [4, 4], provisional: [true, true] });

    const categories = (await t.ok(SERIES_TRUTH, { ...vars, by: 'CATEGORY' }, B)).indicatorSeries;
    // A's 20 deducted spread 60:40, B's 22.5 spread 30:30; C's net 27.5 goes to "ohne Aufschlüsselung".
    expect(categories.map((s: any) => [s.key, s.label, s.actual])).toEqual([
      [g.weiblich, 'Geschlecht: weiblich', [48 + 18.75, null]],
      [g['männlich'], 'Geschlecht: männlich', [32 + 18.75, null]],
      [`none:${gender.id}`, 'Geschlecht', [27.5, null]],
    ]);
    const q1Sum = categories.reduce((s: number, l: any) => s + l.actual[0], 0);
    expect(q1Sum).toBeCloseTo(rollup.value, 9);

    // AVERAGE keeps per-category values (the parts are not spread): A's parts, B in "none".
    const avgCategories = (await t.ok(SERIES_TRUTH, { ...vars, ids: [avg], by: 'CATEGORY' }, B)).indicatorSeries;
    expect(avgCategories.map((s: any) => s.actual[0])).toEqual([5, 3, 2]);

    // The dashboard: every ACTIVE indicator in one request, ordered by code NULLS LAST, then name; observers may read it.
    const progress = (await t.ok(PROGRESS, { id: allianceId, from: '2026-Q1', to: '2026-Q2' }, { token: observer.token })).indicatorProgress;
    expect(progress.map((p: any) => p.name)).toEqual(['Kinder in Leseförderung', 'Zufriedenheit']);
    expect(progress[0]).toEqual({
      id: sum,
      code: 'K1',
      name: 'Kinder in Leseförderung',
      unit: expect.any(String),
      decimals: expect.any(Number),
      direction: 'INCREASE',
      frequency: 'QUARTERLY',
      aggregation: 'SUM',
      baseline: 10,
      periods: ['2026-Q1', '2026-Q2'],
      actual: [145, null],
      target: [600, 600],
      approvedReports: [3, 0],
      expectedReports: [4, 4],
      provisional: [true, true],
    });
    expect(progress[1]).toMatchObject({ actual: [3, null], approvedReports: [2, 0], provisional: [true, true] });

    // Closing the period makes its values final, whatever is missing.
    await t.sql(`UPDATE measurements SET status = 'DRAFT' WHERE alliance_id = $1 AND id = $2`, [allianceId, draft.id]);
    const closed = (await t.ok(CLOSE, { i: { allianceId, reportingPeriodId: q1, version: 1 } }, B)).closeReportingPeriod;
    expect(closed.state).toBe('CLOSED');
    expect((await t.ok(ROLLUP_TRUTH, { id: allianceId, ind: sum, k: '2026-Q1' }, B)).rollup).toMatchObject({
      expectedReports: 4,
      approvedReports: 3,
      periodClosed: true,
      provisional: false,
    });
    const after = (await t.ok(PROGRESS, { id: allianceId, from: '2026-Q1', to: '2026-Q1' }, B)).indicatorProgress;
    expect(after[0].provisional).toEqual([false]);
  });

  it('a cell is complete when every expected report is approved; a non-partner reporter counts as expected', async () => {
    const roles = await t.allianceWithRoles();
    const { allianceId, backbone } = roles;
    const q1 = await openPeriod(t, backbone.token, allianceId, '2026-Q1');
    const ind = await createIndicator(t, allianceId);
    await approvedValue(t, { reporter: roles.partner.token, backbone: backbone.token }, { allianceId, reportingPeriodId: q1, indicatorId: ind, value: 7 });
    const B = { token: backbone.token };
    const partners = await t.sql(`SELECT count(*)::int AS n FROM memberships WHERE alliance_id = $1 AND role = 'PARTNER' AND state = 'ACTIVE'`, [allianceId]);
    const r = (await t.ok(ROLLUP_TRUTH, { id: allianceId, ind, k: '2026-Q1' }, B)).rollup;
    expect(r).toMatchObject({ approvedReports: 1, expectedReports: partners[0].n, provisional: partners[0].n > 1 });
    // Another membership (the backbone's) with an approved value joins the expected reports: n <= m always.
    await t.sql(
      `INSERT INTO measurements (alliance_id, id, indicator_id, membership_id, reporting_period_id, period_key, value, status, reviewed_at)
       SELECT $1, gen_random_uuid(), $2, m.id, $3, '2026-Q1', 3, 'APPROVED', now() FROM memberships m WHERE m.alliance_id = $1 AND m.role = 'BACKBONE' LIMIT 1`,
      [allianceId, ind, q1],
    );
    const r2 = (await t.ok(ROLLUP_TRUTH, { id: allianceId, ind, k: '2026-Q1' }, B)).rollup;
    expect(r2).toMatchObject({ value: 10, approvedReports: 2, expectedReports: partners[0].n + 1 });
  });
});
