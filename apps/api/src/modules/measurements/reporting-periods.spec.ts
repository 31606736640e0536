import { TestApp } from '../../test/test-app';
import { APPROVE, CLOSE, createIndicator, OPEN, openPeriod, SAVE, SUBMIT } from './measurements.fixtures';

const PERIODS = `query($id: ID!, $state: ReportingPeriodState, $p: PageInput) {
  reportingPeriods(allianceId: $id, state: $state, page: $p) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id periodKey state counts { expected approved missing draft awaitingReview rejected } } } }`;
const COMPLETENESS = `query($id: ID!, $rp: ID!) {
  reportingCompleteness(allianceId: $id, reportingPeriodId: $rp) {
    expected submitted approved missing shareComplete reportingPeriod { periodKey openedAt counts { expected } }
    rows { indicatorName organisationName membershipId status measurementId } } }`;

describe('reporting periods and completeness', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());
  const code = (r: any) => r.errors?.[0]?.extensions?.code;

  it('the backbone opens a period per frequency and key, with dates from the period arithmetic; keys must fit the frequency', async () => {
    const { allianceId, backbone, partner, funder } = await t.allianceWithRoles();
    const B = { token: backbone.token };
    const leap = (await t.ok(OPEN, { i: { allianceId, frequency: 'MONTHLY', periodKey: '2024-02', dueOn: '2024-03-15' } }, B)).openReportingPeriod;
    expect(leap).toMatchObject({
      periodKey: '2024-02',
      frequency: 'MONTHLY',
      startsOn: '2024-02-01',
      endsOn: '2024-02-29',
      dueOn: '2024-03-15',
      state: 'OPEN',
      version: 1,
    });
    const q = (await t.ok(OPEN, { i: { allianceId, frequency: 'QUARTERLY', periodKey: '2026-Q4' } }, B)).openReportingPeriod;
    expect(q).toMatchObject({ startsOn: '2026-10-01', endsOn: '2026-12-31', dueOn: null });

    for (const [frequency, periodKey] of [
      ['QUARTERLY', '2026-03'],
      ['MONTHLY', '2026-13'],
      ['YEARLY', '2026-Q1'],
      ['QUARTERLY', '2026-Q5'],
    ]) {
      const r = await t.gql(OPEN, { i: { allianceId, frequency, periodKey } }, B);
      expect(r.errors?.[0].extensions?.fields).toEqual([{ field: 'periodKey', code: 'periodKey' }]);
    }
    const early = await t.gql(OPEN, { i: { allianceId, frequency: 'YEARLY', periodKey: '2027', dueOn: '2026-12-31' } }, B);
    expect(early.errors?.[0].extensions?.fields).toEqual([{ field: 'dueOn', code: 'beforeStart' }]);
    const twice = await t.gql(OPEN, { i: { allianceId, frequency: 'QUARTERLY', periodKey: '2026-Q4' } }, B);
    expect(code(twice)).toBe('REPORTING_PERIOD_ALREADY_OPEN');
    expect(twice.errors?.[0].message).toBe('Der Berichtszeitraum 2026-Q4 ist bereits geöffnet.');
    // The same key in another frequency is another period (a yearly 2026 next to quarterly ones).
    await t.ok(OPEN, { i: { allianceId, frequency: 'YEARLY', periodKey: '2026' } }, B);

    for (const who of [partner, funder]) {
      const r = await t.gql(OPEN, { i: { allianceId, frequency: 'YEARLY', periodKey: '2030' } }, { token: who.token });
      expect(code(r)).toBe('FORBIDDEN');
      expect(code(await t.gql(CLOSE, { i: { allianceId, reportingPeriodId: q.id, version: 1 } }, { token: who.token }))).toBe('FORBIDDEN');
    }
    const closed = (await t.ok(CLOSE, { i: { allianceId, reportingPeriodId: q.id, version: 1 } }, B)).closeReportingPeriod;
    expect(code(await t.gql(CLOSE, { i: { allianceId, reportingPeriodId: q.id, version: closed.version } }, B))).toBe('INVALID_TRANSITION');

    const audit = await t.sql(`SELECT action FROM audit_events WHERE alliance_id = $1 AND entity_type = 'ReportingPeriod' ORDER BY occurred_at, id`, [
      allianceId,
    ]);
    expect(audit.map((a) => a.action)).toEqual(['reportingPeriod.opened', 'reportingPeriod.opened', 'reportingPeriod.opened', 'reportingPeriod.closed']);
    expect(await t.sql(`SELECT count(*)::int AS n FROM reporting_periods WHERE alliance_id = $1`, [allianceId])).toEqual([{ n: 3 }]);

    // Newest first, filtered by state, paginated.
    const page1 = (await t.ok(PERIODS, { id: allianceId, p: { first: 2 } }, { token: partner.token })).reportingPeriods;
    expect(page1.totalCount).toBe(3);
    expect(page1.nodes.map((n: any) => n.periodKey)).toEqual(['2026-Q4', '2026']);
    const page2 = (await t.ok(PERIODS, { id: allianceId, p: { first: 2, after: page1.pageInfo.endCursor } }, { token: partner.token })).reportingPeriods;
    expect(page2).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false }, nodes: [{ periodKey: '2024-02' }] });
    const open = (await t.ok(PERIODS, { id: allianceId, state: 'OPEN' }, { token: partner.token })).reportingPeriods;
    expect(open.nodes.map((n: any) => n.periodKey)).toEqual(['2026', '2024-02']);
  });

  it('completeness lists, per active indicator × active partner, who has not reported; totals computed in SQL', async () => {
    const { allianceId, backbone, partner, funder } = await t.allianceWithRoles();
    const second = await t.addMember(backbone.token, allianceId, 'PARTNER');
    const gone = await t.addMember(backbone.token, allianceId, 'PARTNER');
    await t.ok(`mutation($i: LeaveAllianceInput!) { leaveAlliance(input: $i) { id } }`, { i: { allianceId } }, { token: gone.token });
    const placements = await createIndicator(t, allianceId, { name: 'A Vermittlungen', code: 'A1' });
    const courses = await createIndicator(t, allianceId, { name: 'B Kurse', code: 'B1' });
    await createIndicator(t, allianceId, { name: 'Monatlich', frequency: 'MONTHLY' });
    await createIndicator(t, allianceId, { name: 'Archiviert', status: 'ARCHIVED' });
    const reportingPeriodId = await openPeriod(t, backbone.token, allianceId, '2026-Q1');
    const base = { allianceId, reportingPeriodId };

    const a = (await t.ok(SAVE, { i: { ...base, indicatorId: placements, value: 4 } }, { token: partner.token })).saveMeasurement;
    await t.ok(SUBMIT, { i: { allianceId, measurementId: a.id, version: 1 } }, { token: partner.token });
    await t.ok(APPROVE, { i: { allianceId, measurementId: a.id, version: 2 } }, { token: backbone.token });
    const b = (await t.ok(SAVE, { i: { ...base, indicatorId: courses, value: 2 } }, { token: partner.token })).saveMeasurement;
    await t.ok(SUBMIT, { i: { allianceId, measurementId: b.id, version: 1 } }, { token: partner.token });
    await t.ok(SAVE, { i: { ...base, indicatorId: placements, value: 1 } }, { token: second.token });
    // The backbone's own report is not expected and not listed.
    await t.ok(SAVE, { i: { ...base, indicatorId: courses, value: 9 } }, { token: backbone.token });

    const c = (await t.ok(COMPLETENESS, { id: allianceId, rp: reportingPeriodId }, { token: backbone.token })).reportingCompleteness;
    expect(c).toMatchObject({
      expected: 4,
      submitted: 2,
      approved: 1,
      missing: 1,
      shareComplete: 0.25,
      reportingPeriod: { periodKey: '2026-Q1', counts: { expected: 4 } },
    });
    expect(typeof c.reportingPeriod.openedAt).toBe('string');
    const [org1, org2] = [partner.membershipId, second.membershipId];
    const byKey = Object.fromEntries(c.rows.map((r: any) => [`${r.indicatorName}|${r.membershipId}`, r.status]));
    expect(byKey).toEqual({
      [`A Vermittlungen|${org1}`]: 'APPROVED',
      [`A Vermittlungen|${org2}`]: 'DRAFT',
      [`B Kurse|${org1}`]: 'SUBMITTED',
      [`B Kurse|${org2}`]: 'MISSING',
    });
    expect(c.rows.map((r: any) => r.indicatorName)).toEqual(['A Vermittlungen', 'A Vermittlungen', 'B Kurse', 'B Kurse']);
    expect(c.rows.find((r: any) => r.status === 'MISSING').measurementId).toBeNull();

    // The period list carries the same counts; funders only see expected and approved.
    const counts = (await t.ok(PERIODS, { id: allianceId }, { token: backbone.token })).reportingPeriods.nodes[0].counts;
    expect(counts).toEqual({ expected: 4, approved: 1, missing: 1, draft: 1, awaitingReview: 1, rejected: 0 });
    const funderCounts = (await t.ok(PERIODS, { id: allianceId }, { token: funder.token })).reportingPeriods.nodes[0].counts;
    expect(funderCounts).toEqual({ expected: 4, approved: 1, missing: null, draft: null, awaitingReview: null, rejected: null });

    for (const who of [partner, funder]) {
      expect(code(await t.gql(COMPLETENESS, { id: allianceId, rp: reportingPeriodId }, { token: who.token }))).toBe('FORBIDDEN');
    }
  });
});
