import { loadConfig } from '../../config/app-config';
import { generateAlliance } from '../../test/overhead/generate-alliance';
import { webDocument, webOperationCosts } from '../../test/overhead/web-operation-costs';
import { TestApp } from '../../test/test-app';
import { OPERATION_BASE_COST } from './limits';

/**
 * A backbone's busiest realistic minute, in the web app's own operations (120 requests):
 * the dashboard opened twice (8 queries at once each), the review queue clicked through
 * 50 values (approve, the queue refetches), and a period entered in bulk (one mutation).
 * docs/security.md ("Rate limit budget") explains the numbers.
 */
const DASHBOARD = ['Me', 'MyAlliances', 'Alliance', 'DashboardIndicatorProgress', 'AllianceHealth', 'DashboardActionItems', 'DashboardGoals'];
const BUSY_MINUTE: [string, number][] = [
  ...DASHBOARD.map((op): [string, number] => [op, 2]),
  ['ReviewQueue', 51],
  ['ApproveMeasurement', 50],
  ['ReportingIndicators', 1],
  ['ReportingMeasurements', 1],
  ['SubmitMeasurements', 1],
];

/** 10 indicators × 6 partners: 60 values wait for review in the open period, 60 rows to enter. */
const ALLIANCE = { indicators: 10, months: 3, partners: 6, goals: 4, activities: 10, logEntries: 10 };

const budget = loadConfig({ NODE_ENV: 'test', SEED_DEMO: 'false' }).RATE_LIMIT_POINTS_PER_MINUTE;

describe('rate limit budget', () => {
  it('leaves a busy backbone minute three times over, and bounds the number of requests', () => {
    const costs = webOperationCosts();
    const requests = BUSY_MINUTE.reduce((n, [, times]) => n + times, 0);
    const points = BUSY_MINUTE.reduce((sum, [op, times]) => sum + costs[op] * times, 0);
    expect(requests).toBe(118); // the dashboard is 7 requests (indicators and series in one)
    expect(points * 3).toBeLessThanOrEqual(budget);
    // Every web operation fits a budget many times over; none may cost more than 2 % of it.
    expect(Math.max(...Object.values(costs))).toBeLessThanOrEqual(budget * 0.02);
    // The cheapest request still costs the base: at most budget / base requests a minute.
    expect(Math.min(...Object.values(costs))).toBeGreaterThanOrEqual(OPERATION_BASE_COST);
    expect(budget / OPERATION_BASE_COST).toBeLessThanOrEqual(3000);
  });

  describe('on the real server with the default budget', () => {
    let t: TestApp;
    beforeAll(async () => (t = await TestApp.start()));
    afterAll(() => t.close());

    it('serves a busy backbone minute, then refuses a flood', async () => {
      const g = await generateAlliance(t, ALLIANCE, 'Stoßzeit');
      const token = g.backbone.token;
      const allianceId = g.allianceId;
      const send = (op: string, variables: Record<string, unknown> = {}) => t.gql(webDocument(op), variables, { token });
      const refused: string[] = [];
      const check = (op: string, r: Awaited<ReturnType<typeof send>>) => {
        if (r.errors?.length) refused.push(`${op}: ${r.errors[0].extensions?.code} ${r.errors[0].message}`);
        return r;
      };

      const dashboard = async () => {
        const vars = { allianceId, from: g.from, to: g.to };
        const answers = await Promise.all(
          DASHBOARD.map((op) =>
            send(op, ['Me', 'MyAlliances'].includes(op) ? {} : op === 'DashboardIndicatorProgress' ? vars : { allianceId }).then((r) => check(op, r)),
          ),
        );
        expect(answers).toHaveLength(DASHBOARD.length);
      };
      await dashboard();

      // Bulk entry of a new period for every partner and indicator (one request of 120 rows).
      const [period] = await t.sql(
        `INSERT INTO reporting_periods (alliance_id, id, frequency, period_key, starts_on, ends_on, opened_by_user_id)
         VALUES ($1, gen_random_uuid(), 'MONTHLY', '2030-01', '2030-01-01', '2030-01-31', $2) RETURNING id`,
        [allianceId, g.backbone.id],
      );
      const partners = await t.sql(`SELECT id FROM memberships WHERE alliance_id = $1 AND role = 'PARTNER' AND state = 'ACTIVE'`, [allianceId]);
      check('ReportingIndicators', await send('ReportingIndicators', { allianceId }));
      check('ReportingMeasurements', await send('ReportingMeasurements', { allianceId, filter: { reportingPeriodId: period.id }, first: 100 }));
      const rows = g.indicatorIds.flatMap((indicatorId) => partners.map((p) => ({ indicatorId, membershipId: p.id, reportingPeriodId: period.id, value: 12 })));
      const bulk = check('SubmitMeasurements', await send('SubmitMeasurements', { input: { allianceId, rows } }));
      expect(bulk.data?.submitMeasurements.errors).toEqual([]);

      // The review queue, clicked through: approve the first value, the queue refetches.
      let queue = check('ReviewQueue', await send('ReviewQueue', { allianceId }));
      for (let i = 0; i < 50; i++) {
        const next = queue.data.reviewQueue.nodes[0];
        check('ApproveMeasurement', await send('ApproveMeasurement', { input: { allianceId, measurementId: next.id, version: next.version } }));
        queue = check('ReviewQueue', await send('ReviewQueue', { allianceId }));
      }
      await dashboard();
      expect(refused).toEqual([]);

      // A flood of the heaviest dashboard query, 20 at a time, is refused well within a minute.
      const cost = webOperationCosts().AllianceHealth;
      const limit = Math.ceil(budget / cost);
      let sent = 0;
      let tooMany = 0;
      while (sent < limit + 20 && !tooMany) {
        const answers = await Promise.all(Array.from({ length: 20 }, () => send('AllianceHealth', { allianceId })));
        sent += answers.length;
        tooMany = answers.filter((r) => r.errors?.[0]?.extensions?.code === 'TOO_MANY_REQUESTS').length;
      }
      expect(tooMany).toBeGreaterThan(0);
      expect(sent).toBeLessThanOrEqual(limit + 20);
    }, 240_000);
  });
});
