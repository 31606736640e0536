import { TestApp } from '../test-app';
import { generateAlliance, LARGER, SMALL } from './generate-alliance';
import { SqlCounter } from './sql-counter';

/** The web app's own documents (apps/web/src/features/…/api), trimmed to what touches the database. */
const OPS = {
  dashboardIndicatorProgress: `query($allianceId: ID!, $from: String!, $to: String!) { indicatorProgress(allianceId: $allianceId, from: $from, to: $to) {
    id code name unit decimals direction frequency aggregation baseline periods actual target approvedReports expectedReports provisional } }`,
  dashboardIndicators: `query($allianceId: ID!) { indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 50 }) {
    nodes { id code name unit decimals direction frequency aggregation } } }`,
  dashboardSeries: `query($allianceId: ID!, $indicatorIds: [ID!]!, $from: String!, $to: String!) {
    indicatorSeries(allianceId: $allianceId, indicatorIds: $indicatorIds, from: $from, to: $to, by: TOTAL) { indicatorId periods actual target } }`,
  seriesByMember: `query($allianceId: ID!, $one: [ID!]!, $from: String!, $to: String!) {
    indicatorSeries(allianceId: $allianceId, indicatorIds: $one, from: $from, to: $to, by: MEMBER) { key label periods actual } }`,
  seriesByCategory: `query($allianceId: ID!, $one: [ID!]!, $from: String!, $to: String!) {
    indicatorSeries(allianceId: $allianceId, indicatorIds: $one, from: $from, to: $to, by: CATEGORY) { key label periods actual } }`,
  allianceHealth: `query($allianceId: ID!) { allianceHealth(allianceId: $allianceId) {
    reportingCompleteness { reportingPeriodId periodKey frequency dueOn expected submitted approved missing shareComplete }
    goalCoverage { goalCount goalsWithRunningActivity share } logEntriesPerMonth { months counts }
    lastContributions { membershipId daysSince lastContributionOn organisation { id name } }
    overdueActionItems { count items { id title dueOn daysOverdue owner { id name } } }
    unsignedAgreement { currentVersionNumber unsignedMembers { id organisation { id name } } }
    pendingReviews { count oldestSubmittedAt } } }`,
  fundingPortfolio: `{ fundingPortfolio { id name kind lifecycle
    reportingCompleteness { periodKey frequency state dueOn expected approved shareComplete }
    indicators { id name unit decimals direction aggregation latestPeriod latestValue target progress status trend { periods values } } } }`,
  reviewQueue: `query($allianceId: ID!) { reviewQueue(allianceId: $allianceId, page: { first: 100 }) { totalCount nodes {
    id indicatorId indicatorName membershipId reportingPeriodId periodKey status value numerator denominator note rejectionReason
    submittedAt submittedByName reviewedAt reviewedByName updatedAt version organisation { id name }
    parts { categoryId categoryName dimensionId dimensionName value } overlaps { id otherMembershipId otherOrganisationName amount note } } } }`,
  activityMap: `query($allianceId: ID!) { activityMap(allianceId: $allianceId, asOf: "2026-06-01") { asOf goals { id parentId title }
    members { membershipId organisation { id name } } cells { goalId membershipId activityCount runningCount } gaps { goalId goalTitle }
    overlaps { goalId goalTitle district targetGroup activities { id title periodStart periodEnd organisation { id name } } } } }`,
  logFeed: `query($allianceId: ID!) { logFeed(allianceId: $allianceId, page: { first: 25 }) { totalCount pageInfo { endCursor hasNextPage } nodes {
    id type title body occurredOn createdAt updatedAt version canEdit commentCount openActionItemCount conflictState resolution resolvedAt proposalId
    authorMember { membershipId role organisation { id name } } authorUser { id name }
    participants { membershipId organisation { id name } } goals { id title } indicators { id name } } } }`,
} as const;

/**
 * Upper bound of round trips for one of these requests: BEGIN + session (1), alliance + seat
 * (1), COMMIT (1), and the operation's own statements. Raising it needs a reason in review.
 */
const MAX_ROUND_TRIPS = 10;

/**
 * The SQL one GraphQL request sends must not grow with the data (no statement per row, per
 * indicator, per member): counted on the real server, via the app pool's pg client, for the
 * web app's representative operations on a small and a much larger generated alliance (about 70× the values).
 */
describe('SQL statements per GraphQL request', () => {
  let t: TestApp;
  let counter: SqlCounter;
  beforeAll(async () => {
    t = await TestApp.start({ RATE_LIMIT_POINTS_PER_MINUTE: '1000000' });
    counter = new SqlCounter(t.database.dataSource).start();
  });
  afterAll(async () => {
    counter.stop();
    await t.close();
  });

  async function countsFor(size: typeof SMALL, name: string) {
    const g = await generateAlliance(t, size, name);
    const vars = { allianceId: g.allianceId, indicatorIds: g.indicatorIds, one: g.indicatorIds.slice(0, 1), from: g.from, to: g.to };
    const counts: Record<string, { roundTrips: number; statements: number; texts: string[] }> = {};
    for (const [op, query] of Object.entries(OPS)) {
      const token = op === 'fundingPortfolio' ? g.funder.token : g.backbone.token;
      const used = Object.fromEntries(Object.entries(vars).filter(([k]) => query.includes(`$${k}`)));
      let data: unknown;
      counts[op] = await counter.during(async () => (data = await t.ok(query, used, { token })));
      expect(JSON.stringify(data)).not.toBe('{}');
    }
    return { g, counts };
  }

  it('is the same on a small and a larger alliance, and bounded', async () => {
    const small = await countsFor(SMALL, 'Klein');
    const large = await countsFor(LARGER, 'Groß');

    // The larger alliance really is larger where the operations look.
    const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM measurements WHERE alliance_id = $1`, [large.g.allianceId]);
    expect(n).toBe(LARGER.indicators * LARGER.months * LARGER.partners);

    const table = Object.keys(OPS).map((op) => `${op}: ${small.counts[op].roundTrips} / ${large.counts[op].roundTrips}`);
    for (const op of Object.keys(OPS)) {
      const s = small.counts[op];
      const l = large.counts[op];
      expect({ op, roundTrips: l.roundTrips, statements: l.statements }).toEqual({ op, roundTrips: s.roundTrips, statements: s.statements });
      if (l.roundTrips > MAX_ROUND_TRIPS) throw new Error(`${op}: ${l.roundTrips} round trips > ${MAX_ROUND_TRIPS}:\n${l.texts.join('\n---\n')}`);
      // The tenancy bookkeeping stays in two round trips before the operation's own SQL.
      expect(l.texts[0]).toMatch(/^BEGIN; WITH hit AS/);
      expect(l.texts[l.texts.length - 1]).toBe('COMMIT');
    }
    if (process.env.OVERHEAD_MEASURE === '1') console.log(`round trips small / larger:\n${table.join('\n')}`);
  });
});
