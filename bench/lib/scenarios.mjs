import { schemaHasQuery, webOperation, webOperationUsing } from './web-documents.mjs';

/**
 * The scenarios. Each has
 *   lowerBound(fx)   the parameters of bench/sql/<name>.sql
 *   api(fx)          the GraphQL request(s) the web app sends, in order, and whose session
 *   apiResult(datas) the `data` of those requests mapped to the shape the SQL returns
 *   reduce(result)   the numbers that must be equal in all three systems (stable order, rounded)
 * `fx` is the dataset's fixture (see dataset.mjs fixtureOf).
 */
const round = (v) => (typeof v === 'number' ? Number(v.toPrecision(9)) : v);
const nums = (arr) => (arr ?? []).map(round);
const byKey = (key) => (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

function op(name) {
  const o = webOperation(name);
  if (!o) throw new Error(`the web app has no operation ${name}`);
  return o.query;
}

/** The dashboard's document(s): the single indicatorProgress query once the API and the web app have it, else the two of today. */
function dashboardSteps(fx) {
  const single = schemaHasQuery('indicatorProgress') && webOperationUsing('indicatorProgress');
  if (single) return [{ query: single.query, variables: { allianceId: fx.featured, from: fx.from, to: fx.to } }];
  return [
    { query: op('DashboardIndicators'), variables: { allianceId: fx.featured } },
    { query: op('DashboardSeries'), variables: { allianceId: fx.featured, indicatorIds: fx.indicatorIds, from: fx.from, to: fx.to } },
  ];
}

// Completeness (approved/expected reports, provisional) is compared too: every system must return it.
const totalLine = (s) => ({
  indicatorId: s.indicatorId ?? s.id,
  periods: s.periods,
  actual: nums(s.actual),
  target: nums(s.target),
  approvedReports: s.approvedReports ?? 'missing',
  expectedReports: s.expectedReports ?? 'missing',
  provisional: s.provisional ?? 'missing',
});
const reduceTotals = (r) => r.map(totalLine).sort(byKey((s) => s.indicatorId));
const reduceLines = (r) =>
  r.map((s) => ({ indicatorId: s.indicatorId, key: s.key, periods: s.periods, actual: nums(s.actual) })).sort(byKey((s) => `${s.indicatorId}/${s.key}`));

const seriesOp = (fx, by, ids) => [{ query: op('IndicatorSeries'), variables: { allianceId: fx.featured, indicatorIds: ids, by, from: fx.from, to: fx.to } }];
/** Ten indicators for the breakdowns: SUM indicators with two dimensions, overlaps and members who did not break down. */
const breakdownIds = (fx) => fx.indicatorIds.slice(0, 10);

export const SCENARIOS = {
  dashboard: {
    title: 'Dashboard as the web app loads it (all 50 active indicators, TOTAL, 2024–2026)',
    lowerBound: (fx) => [fx.featured, fx.from, fx.to],
    api: (fx) => ({ token: fx.tokens.backbone, steps: dashboardSteps(fx) }),
    apiResult: (datas) => (datas.length === 1 ? datas[0].indicatorProgress : datas[1].indicatorSeries),
    reduce: reduceTotals,
  },
  one: {
    title: '1-indicator request (indicatorSeries TOTAL, one id)',
    lowerBound: (fx) => [fx.featured, fx.from, fx.to, [fx.indicatorIds[0]]],
    api: (fx) => ({ token: fx.tokens.backbone, steps: seriesOp(fx, 'TOTAL', [fx.indicatorIds[0]]) }),
    apiResult: (datas) => datas[0].indicatorSeries,
    reduce: reduceTotals,
  },
  seriesMember: {
    title: 'indicatorSeries by MEMBER (10 indicators × 36 months)',
    lowerBound: (fx) => [fx.featured, fx.from, fx.to, breakdownIds(fx)],
    api: (fx) => ({ token: fx.tokens.backbone, steps: seriesOp(fx, 'MEMBER', breakdownIds(fx)) }),
    apiResult: (datas) => datas[0].indicatorSeries,
    reduce: reduceLines,
  },
  seriesCategory: {
    title: 'indicatorSeries by CATEGORY (10 indicators × 2 dimensions × 36 months)',
    lowerBound: (fx) => [fx.featured, fx.from, fx.to, breakdownIds(fx)],
    api: (fx) => ({ token: fx.tokens.backbone, steps: seriesOp(fx, 'CATEGORY', breakdownIds(fx)) }),
    apiResult: (datas) => datas[0].indicatorSeries,
    reduce: reduceLines,
  },
  health: {
    title: 'allianceHealth (backbone)',
    lowerBound: (fx) => [fx.featured],
    api: (fx) => ({ token: fx.tokens.backbone, steps: [{ query: op('AllianceHealth'), variables: { allianceId: fx.featured } }] }),
    apiResult: (datas) => datas[0].allianceHealth,
    reduce: (h) => ({
      reportingCompleteness: h.reportingCompleteness.map((c) => [c.periodKey, c.expected, c.approved, c.submitted, c.missing]),
      goalCoverage: [h.goalCoverage.goalCount, h.goalCoverage.goalsWithRunningActivity],
      logEntriesPerMonth: [h.logEntriesPerMonth.months, h.logEntriesPerMonth.counts],
      lastContributions: h.lastContributions.map((c) => [c.membershipId, c.lastContributionOn]).sort(),
      overdue: h.overdueActionItems.count,
      pendingReviews: h.pendingReviews.count,
    }),
  },
  portfolio: {
    title: 'fundingPortfolio over 20 alliances (funder)',
    lowerBound: (fx) => [fx.userIds.funder, fx.funderAllianceIds],
    api: (fx) => ({ token: fx.tokens.funder, steps: [{ query: op('FundingPortfolio'), variables: {} }] }),
    apiResult: (datas) => datas[0].fundingPortfolio,
    // Trends only: "latest value" changes meaning with the provisional rules, the approved roll-ups do not.
    reduce: (r) =>
      r
        .map((a) => ({
          id: a.id,
          indicators: a.indicators.map((i) => ({ id: i.id, periods: i.trend.periods, values: nums(i.trend.values) })).sort(byKey((i) => i.id)),
        }))
        .sort(byKey((a) => a.id)),
  },
  activityMap: {
    title: 'activityMap (200 activities, 10 goals)',
    lowerBound: (fx) => [fx.featured, fx.asOf],
    api: (fx) => ({ token: fx.tokens.backbone, steps: [{ query: op('ActivityMap'), variables: { allianceId: fx.featured, asOf: fx.asOf } }] }),
    apiResult: (datas) => datas[0].activityMap,
    reduce: (m) => ({
      goals: m.goals.map((g) => g.id),
      members: m.members.map((x) => x.membershipId).sort(),
      cells: m.cells.map((c) => [c.goalId, c.membershipId, c.activityCount, c.runningCount]).sort(),
      gaps: m.gaps.map((g) => g.goalId),
      overlaps: m.overlaps.map((o) => [o.goalId, o.district, o.targetGroup, o.activities.map((a) => a.id).join(',')]).sort(),
    }),
  },
  logFeed: {
    title: 'logFeed, first page of 25 (of 2,000 entries)',
    lowerBound: (fx) => [fx.featured, 25],
    api: (fx) => ({ token: fx.tokens.backbone, steps: [{ query: op('LogFeed'), variables: { allianceId: fx.featured, filter: {}, page: { first: 25 } } }] }),
    apiResult: (datas) => datas[0].logFeed,
    reduce: (f) => ({ totalCount: f.totalCount, ids: f.nodes.map((n) => n.id), comments: f.nodes.map((n) => n.commentCount) }),
  },
  bulk: {
    title: 'Bulk submission of 500 values (submitMeasurements, saved as drafts)',
    sequential: true,
    lowerBound: (fx, rows) => [fx.featured, JSON.stringify(rows.map(({ version, submit, ...r }) => r))],
    api: (fx, rows) => ({ token: fx.tokens.backbone, steps: [{ query: op('SubmitMeasurements'), variables: { input: { allianceId: fx.featured, rows } } }] }),
    apiResult: (datas) => {
      const p = datas[0].submitMeasurements;
      if (!p.ok) throw new Error(`submitMeasurements refused: ${JSON.stringify(p.errors.slice(0, 3))}`);
      return { saved: p.saved.length };
    },
    reduce: (r) => r,
  },
};
