import { randomUUID } from 'node:crypto';
import { TestApp } from '../../test/test-app';
import { approvedValue, createIndicator, openPeriod } from '../measurements/measurements.fixtures';

/**
 * The observer's whole read matrix in one place: agenda, goals and APPROVED roll-ups yes;
 * member-level data, activities and the log no (the log only with guest comments). The rules
 * live in the modules that own the data; this suite checks them side by side.
 */
describe('observer access matrix', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());
  const code = (r: any) => r.errors?.[0]?.extensions?.code ?? 'OK';

  async function world() {
    const roles = await t.allianceWithRoles('Beobachtet');
    const { allianceId, backbone, partner } = roles;
    const indicatorId = await createIndicator(t, allianceId);
    const reportingPeriodId = await openPeriod(t, backbone.token, allianceId, '2026-Q1');
    await approvedValue(t, { reporter: partner.token, backbone: backbone.token }, { allianceId, indicatorId, reportingPeriodId, value: 42 });
    const goalId = randomUUID();
    await t.sql(`INSERT INTO goals (alliance_id, id, title, status) VALUES ($1, $2, 'Ziel', 'ACTIVE')`, [allianceId, goalId]);
    const activityId = randomUUID();
    await t.sql(`INSERT INTO activities (alliance_id, id, membership_id, title, status) VALUES ($1, $2, $3, 'Lernhilfe', 'RUNNING')`, [
      allianceId,
      activityId,
      partner.membershipId,
    ]);
    const logEntryId = randomUUID();
    const [{ id: bb }] = await t.sql(`SELECT id FROM memberships WHERE alliance_id = $1 AND role = 'BACKBONE'`, [allianceId]);
    await t.sql(
      `INSERT INTO log_entries (alliance_id, id, type, title, occurred_on, author_membership_id) VALUES ($1, $2, 'MEETING', 'Treffen', current_date, $3)`,
      [allianceId, logEntryId, bb],
    );
    return { ...roles, indicatorId, reportingPeriodId, activityId, logEntryId };
  }

  type World = Awaited<ReturnType<typeof world>>;
  const series = (by: string) => (w: World) =>
    [
      `query($a: ID!, $i: ID!) { indicatorSeries(allianceId: $a, indicatorIds: [$i], from: "2026-Q1", to: "2026-Q1", by: ${by}) { key actual } }`,
      { a: w.allianceId, i: w.indicatorId },
    ] as const;
  const q =
    (text: string, vars: (w: World) => Record<string, unknown> = (w) => ({ a: w.allianceId })) =>
    (w: World) =>
      [text, vars(w)] as const;

  const ALLOWED = {
    alliance: q(`query($a: ID!) { alliance(allianceId: $a) { id } }`),
    goals: q(`query($a: ID!) { goals(allianceId: $a) { id } }`),
    rollup: q(`query($a: ID!, $i: ID!) { rollup(allianceId: $a, indicatorId: $i, periodKey: "2026-Q1") { value } }`, (w) => ({
      a: w.allianceId,
      i: w.indicatorId,
    })),
    totalSeries: series('TOTAL'),
    // Part of the agenda and of reading roll-ups: the agreement, indicator definitions, and the
    // periods with their approved counts only (workflow counts are null for observers, below).
    agreement: q(`query($a: ID!) { agreement(allianceId: $a) { __typename } }`),
    indicators: q(`query($a: ID!) { indicators(allianceId: $a) { totalCount } }`),
    reportingPeriods: q(`query($a: ID!) { reportingPeriods(allianceId: $a) { nodes { counts { expected approved missing draft awaitingReview rejected } } } }`),
  };
  const REFUSED = {
    measurements: q(`query($a: ID!) { measurements(allianceId: $a) { totalCount } }`),
    reviewQueue: q(`query($a: ID!) { reviewQueue(allianceId: $a) { totalCount } }`),
    contributions: q(`query($a: ID!, $i: ID!) { contributions(allianceId: $a, indicatorId: $i, periodKey: "2026-Q1") { net } }`, (w) => ({
      a: w.allianceId,
      i: w.indicatorId,
    })),
    memberSeries: series('MEMBER'),
    categorySeries: series('CATEGORY'),
    activities: q(`query($a: ID!) { activities(allianceId: $a) { __typename } }`),
    activity: q(`query($a: ID!, $id: ID!) { activity(allianceId: $a, activityId: $id) { id } }`, (w) => ({ a: w.allianceId, id: w.activityId })),
    activityMap: q(`query($a: ID!) { activityMap(allianceId: $a) { __typename } }`),
    reportingCompleteness: q(`query($a: ID!, $p: ID!) { reportingCompleteness(allianceId: $a, reportingPeriodId: $p) { expected } }`, (w) => ({
      a: w.allianceId,
      p: w.reportingPeriodId,
    })),
    proposals: q(`query($a: ID!) { proposals(allianceId: $a) { __typename } }`),
    allianceHealth: q(`query($a: ID!) { allianceHealth(allianceId: $a) { __typename } }`),
  };
  const LOG = {
    logFeed: q(`query($a: ID!) { logFeed(allianceId: $a) { __typename } }`),
    logEntry: q(`query($a: ID!, $id: ID!) { logEntry(allianceId: $a, logEntryId: $id) { id } }`, (w) => ({ a: w.allianceId, id: w.logEntryId })),
  };

  const run = async (ops: Record<string, (w: World) => readonly [string, Record<string, unknown>]>, w: World, token: string) => {
    const out: Record<string, string> = {};
    for (const [name, op] of Object.entries(ops)) out[name] = code(await t.gql(...op(w), { token }));
    return out;
  };
  const all = (ops: object, outcome: string) => Object.fromEntries(Object.keys(ops).map((k) => [k, outcome]));

  it('reads the agenda, goals and approved roll-ups; member-level data, activities and the log are FORBIDDEN', async () => {
    const w = await world();
    expect(await run(ALLOWED, w, w.observer.token)).toEqual(all(ALLOWED, 'OK'));
    expect(await run(REFUSED, w, w.observer.token)).toEqual(all(REFUSED, 'FORBIDDEN'));
    expect(await run(LOG, w, w.observer.token)).toEqual(all(LOG, 'FORBIDDEN'));

    // The roll-up the observer sees is the approved one.
    const rollup = await t.ok(ALLOWED.rollup(w)[0], ALLOWED.rollup(w)[1], { token: w.observer.token });
    expect(rollup.rollup.value).toBe(42);
    const periods = await t.ok(ALLOWED.reportingPeriods(w)[0], ALLOWED.reportingPeriods(w)[1], { token: w.observer.token });
    expect(periods.reportingPeriods.nodes[0].counts).toEqual({ expected: 1, approved: 1, missing: null, draft: null, awaitingReview: null, rejected: null });
    // The backbone reads everything (the same operations are well-formed).
    expect(await run({ ...ALLOWED, ...REFUSED, ...LOG }, w, w.backbone.token)).toEqual(all({ ...ALLOWED, ...REFUSED, ...LOG }, 'OK'));
  });

  it('with guest comments the log opens to observers; member-level data stays closed', async () => {
    const w = await world();
    await t.sql(`UPDATE alliances SET guest_comments = true WHERE id = $1`, [w.allianceId]);
    expect(await run(LOG, w, w.observer.token)).toEqual(all(LOG, 'OK'));
    expect(await run(REFUSED, w, w.observer.token)).toEqual(all(REFUSED, 'FORBIDDEN'));
  });

  it('an observer funds nothing: the portfolio is empty', async () => {
    const w = await world();
    expect((await t.ok(`{ fundingPortfolio { id } }`, {}, { token: w.observer.token })).fundingPortfolio).toEqual([]);
  });
});
