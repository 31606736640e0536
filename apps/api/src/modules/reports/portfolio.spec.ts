import type { MembershipRoleName } from '@gemeinwerk/shared';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { TestApp } from '../../test/test-app';
import { approvedValue, createIndicator, createTarget, openPeriod, REJECT, ROLLUP, SAVE, SUBMIT } from '../measurements/measurements.fixtures';

const PORTFOLIO = `{ fundingPortfolio { id name kind lifecycle primaryColor
  indicators { id name unit decimals direction aggregation baseline latestPeriod latestValue target progress
    provisional { periodKey value approvedReports expectedReports } trend { periods values provisional } status }
  reportingCompleteness { periodKey frequency state dueOn expected approved shareComplete } } }`;

describe('fundingPortfolio (funders, across alliances)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  /** Invites an existing user's organisation in `role` and accepts with that user. */
  async function join(backboneToken: string, allianceId: string, role: MembershipRoleName, user: { organisationId: string; email: string; token: string }) {
    return t.joinOrganisation(backboneToken, allianceId, role, user);
  }

  /** An alliance with two partners and an open period; `value(partner, indicator, v, status)` leaves a value in that status. */
  async function alliance(name: string, periodKey = '2026-Q1', frequency: 'QUARTERLY' | 'MONTHLY' = 'QUARTERLY') {
    const roles = await t.allianceWithRoles(name);
    const { allianceId, backbone } = roles;
    const other = await t.addMember(backbone.token, allianceId, 'PARTNER');
    const periods: Record<string, string> = { [periodKey]: await openPeriod(t, backbone.token, allianceId, periodKey, frequency) };
    const period = async (key: string) => (periods[key] ??= await openPeriod(t, backbone.token, allianceId, key, frequency));
    const value = async (
      who: { token: string },
      indicatorId: string,
      v: number,
      status: 'APPROVED' | 'SUBMITTED' | 'REJECTED' = 'APPROVED',
      key = periodKey,
    ) => {
      const reportingPeriodId = await period(key);
      if (status === 'APPROVED')
        return approvedValue(t, { reporter: who.token, backbone: backbone.token }, { allianceId, indicatorId, reportingPeriodId, value: v });
      const saved = (await t.ok(SAVE, { i: { allianceId, indicatorId, reportingPeriodId, value: v } }, { token: who.token })).saveMeasurement;
      const sub = (await t.ok(SUBMIT, { i: { allianceId, measurementId: saved.id, version: saved.version } }, { token: who.token })).submitMeasurement;
      if (status === 'REJECTED')
        await t.ok(REJECT, { i: { allianceId, measurementId: saved.id, version: sub.version, reason: 'falsch' } }, { token: backbone.token });
      return sub;
    };
    return { ...roles, other, periods, period, value };
  }

  async function close(allianceId: string, reportingPeriodId: string, token: string) {
    const [{ version }] = await t.sql(`SELECT version FROM reporting_periods WHERE id = $1`, [reportingPeriodId]);
    await t.ok(
      `mutation($i: CloseReportingPeriodInput!) { closeReportingPeriod(input: $i) { id } }`,
      { i: { allianceId, reportingPeriodId, version } },
      { token },
    );
  }

  it('spans the two alliances a foundation funds, from approved roll-ups only, with targets, progress, trend and status', async () => {
    const foundation = await t.userWithToken({ organisationName: 'Stiftung Zukunft', organisationKind: 'FOUNDATION' });
    const x = await alliance('A Bildung');
    const y = await alliance('B Gesundheit', '2026-03', 'MONTHLY');
    const z = await alliance('C Partnerschaft');
    const w = await alliance('D Fremd');
    await join(x.backbone.token, x.allianceId, 'FUNDER', foundation);
    await join(y.backbone.token, y.allianceId, 'FUNDER', foundation);
    await join(z.backbone.token, z.allianceId, 'PARTNER', foundation);
    await t.sql(`UPDATE alliances SET primary_color = '#123456', lifecycle = 'ACTIVE' WHERE id = $1`, [x.allianceId]);

    // X: a SUM indicator (approved 40 + 60 in 2026-Q1, 50 in 2025-Q4; a submitted 1000 and a rejected 500 beside them),
    // a DECREASE indicator at twice its target, one with only a submitted value, and an archived one.
    const sum = await createIndicator(t, x.allianceId, { name: 'Erreichte Jugendliche', code: 'A1' });
    await t.sql(`UPDATE indicators SET unit = 'Personen' WHERE id = $1`, [sum]);
    await createTarget(t, x.allianceId, sum, '2026-Q1', 100);
    await createTarget(t, x.allianceId, sum, '2026', 999);
    await createTarget(t, x.allianceId, sum, '2025', 50);
    await x.value(x.partner, sum, 40);
    await x.value(x.other, sum, 60);
    await x.value(x.partner, sum, 50, 'APPROVED', '2025-Q4');
    const third = await t.addMember(x.backbone.token, x.allianceId, 'PARTNER');
    const fourth = await t.addMember(x.backbone.token, x.allianceId, 'PARTNER');
    await x.value(third, sum, 1000, 'SUBMITTED');
    await x.value(fourth, sum, 500, 'REJECTED');
    const down = await createIndicator(t, x.allianceId, { name: 'Schulabbrüche', code: 'A2' });
    await t.sql(`UPDATE indicators SET direction = 'DECREASE' WHERE id = $1`, [down]);
    await createTarget(t, x.allianceId, down, '2026', 20);
    await createTarget(t, x.allianceId, down, '2025', 20);
    await x.value(x.partner, down, 40);
    await x.value(x.partner, down, 40, 'APPROVED', '2025-Q4');
    await x.value(x.other, down, 7, 'SUBMITTED');
    const pending = await createIndicator(t, x.allianceId, { name: 'Nur eingereicht', code: 'A3' });
    await x.value(x.partner, pending, 80, 'SUBMITTED');
    await createIndicator(t, x.allianceId, { name: 'Archiviert', status: 'ARCHIVED' });

    // Y: a monthly LATEST indicator; the quarter's target (12) applies before the year's (10): 10.5 is OFF_TRACK (0.875).
    const latest = await createIndicator(t, y.allianceId, { name: 'Wartezeit', aggregation: 'LATEST', frequency: 'MONTHLY' });
    await createTarget(t, y.allianceId, latest, '2026-Q1', 12);
    await createTarget(t, y.allianceId, latest, '2026', 10);
    await y.value(y.partner, latest, 10.5);
    await y.value(y.partner, latest, 99, 'REJECTED', '2026-02');
    // Z and W have approved values too: they must not show.
    for (const other of [z, w]) await other.value(other.partner, await createIndicator(t, other.allianceId), 5);
    // X's 2025-Q4 is closed: its values are final although only one of four partners reported. 2026-Q1 is open and
    // 2 of 4 partners are approved: provisional, shown beside the latest complete value, never judged.
    await close(x.allianceId, x.periods['2025-Q4'], x.backbone.token);

    const portfolio = (await t.ok(PORTFOLIO, {}, { token: foundation.token })).fundingPortfolio;
    expect(portfolio.map((a: any) => a.id)).toEqual([x.allianceId, y.allianceId]);
    const [px, py] = portfolio;
    expect(px).toMatchObject({ name: 'A Bildung', kind: 'ALLIANCE', lifecycle: 'ACTIVE', primaryColor: '#123456' });
    expect(px.indicators).toEqual([
      {
        id: sum,
        name: 'Erreichte Jugendliche',
        unit: 'Personen',
        decimals: 0,
        direction: 'INCREASE',
        aggregation: 'SUM',
        baseline: null,
        latestPeriod: '2025-Q4',
        latestValue: 50,
        target: 50,
        progress: 1,
        status: 'ON_TRACK',
        provisional: { periodKey: '2026-Q1', value: 100, approvedReports: 2, expectedReports: 4 },
        trend: { periods: ['2025-Q4', '2026-Q1'], values: [50, 100], provisional: [false, true] },
      },
      {
        id: down,
        name: 'Schulabbrüche',
        unit: '',
        decimals: 0,
        direction: 'DECREASE',
        aggregation: 'SUM',
        baseline: null,
        latestPeriod: '2025-Q4',
        latestValue: 40,
        target: 20,
        progress: 0.5,
        status: 'OFF_TRACK',
        provisional: { periodKey: '2026-Q1', value: 40, approvedReports: 1, expectedReports: 4 },
        trend: { periods: ['2025-Q4', '2026-Q1'], values: [40, 40], provisional: [false, true] },
      },
      {
        id: pending,
        name: 'Nur eingereicht',
        unit: '',
        decimals: 0,
        direction: 'INCREASE',
        aggregation: 'SUM',
        baseline: null,
        latestPeriod: null,
        latestValue: null,
        target: null,
        progress: null,
        provisional: null,
        trend: { periods: [], values: [], provisional: [] },
        status: 'NO_DATA',
      },
    ]);
    // The open 2026-Q1 (2025-Q4 was opened later but starts earlier): 3 active quarterly indicators × 4 partners; 3 approved
    // (sum: 40 and 60, decrease: 40; the 50 belongs to 2025-Q4).
    expect(px.reportingCompleteness).toEqual({
      periodKey: '2026-Q1',
      frequency: 'QUARTERLY',
      state: 'OPEN',
      dueOn: null,
      expected: 12,
      approved: 3,
      shareComplete: 0.25,
    });
    // Y's March: one of two partners approved, nothing complete yet: no judgement, only the provisional value.
    expect(py.indicators).toEqual([
      expect.objectContaining({
        latestPeriod: null,
        latestValue: null,
        status: 'NO_DATA',
        provisional: { periodKey: '2026-03', value: 10.5, approvedReports: 1, expectedReports: 2 },
      }),
    ]);
    expect(py.indicators[0].trend).toEqual({ periods: ['2026-03'], values: [10.5], provisional: [true] });

    // The same numbers as the measurements module's own roll-up.
    const rollup = await t.ok(ROLLUP, { id: x.allianceId, ind: sum, k: '2026-Q1' }, { token: x.backbone.token });
    expect(rollup.rollup.value).toBe(100);

    // Closed periods only: the most recently closed one is reported.
    for (const [key, id] of Object.entries(y.periods)) {
      const [{ version }] = await t.sql(`SELECT version FROM reporting_periods WHERE id = $1`, [id]);
      await t.ok(
        `mutation($i: CloseReportingPeriodInput!) { closeReportingPeriod(input: $i) { id } }`,
        { i: { allianceId: y.allianceId, reportingPeriodId: id, version } },
        { token: y.backbone.token },
      );
      void key;
    }
    await t.sql(`UPDATE reporting_periods SET closed_at = now() - interval '1 day' WHERE alliance_id = $1 AND period_key = '2026-02'`, [y.allianceId]);
    const again = (await t.ok(PORTFOLIO, {}, { token: foundation.token })).fundingPortfolio;
    expect(again[1].reportingCompleteness).toMatchObject({ periodKey: '2026-03', state: 'CLOSED', expected: 2, approved: 1 });
    // Closed, March is complete: it is judged now. The quarter's target (12) applies before the year's (10): 10.5 is OFF_TRACK.
    const [closedY] = again[1].indicators;
    expect(closedY).toMatchObject({ latestPeriod: '2026-03', latestValue: 10.5, target: 12, status: 'OFF_TRACK', provisional: null });
    expect(closedY.progress).toBeCloseTo(10.5 / 12, 9);
    expect(closedY.trend).toEqual({ periods: ['2026-03'], values: [10.5], provisional: [false] });
  });

  it('a funder of X sees X only; members who fund nothing get an empty list; nothing leaks through the read list', async () => {
    const x = await alliance('Bündnis X');
    const y = await alliance('Bündnis Y');
    // The funder of X is a partner in Y: Y must not appear.
    await join(y.backbone.token, y.allianceId, 'PARTNER', x.funder);
    await y.value(x.funder, await createIndicator(t, y.allianceId), 5);
    await x.value(x.partner, await createIndicator(t, x.allianceId), 3);
    // Small-number protection (k = 5) would hide the 3 from the funder; this test is about the read list.
    await t.sql(`UPDATE alliances SET small_number_threshold = 2 WHERE id = $1`, [x.allianceId]);
    const mine = (await t.ok(PORTFOLIO, {}, { token: x.funder.token })).fundingPortfolio;
    expect(mine.map((a: any) => a.id)).toEqual([x.allianceId]);
    expect(mine[0].indicators.map((i: any) => [i.latestValue, i.provisional?.value])).toEqual([[null, 3]]);

    for (const who of [x.backbone, x.partner, x.observer, x.other]) {
      expect((await t.ok(PORTFOLIO, {}, { token: who.token })).fundingPortfolio).toEqual([]);
    }
    const nobody = await t.userWithToken();
    expect((await t.ok(PORTFOLIO, {}, { token: nobody.token })).fundingPortfolio).toEqual([]);

    // A funder whose organisation has left is no longer shown the alliance.
    await t.ok(`mutation($i: LeaveAllianceInput!) { leaveAlliance(input: $i) { id } }`, { i: { allianceId: y.allianceId } }, { token: y.funder.token });
    expect((await t.ok(PORTFOLIO, {}, { token: y.funder.token })).fundingPortfolio).toEqual([]);
    expect((await t.gql(PORTFOLIO)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('runs a fixed number of statements, whatever the number of funded alliances', async () => {
    const foundation = await t.userWithToken({ organisationName: 'Stiftung Viele' });
    const statements = async () => {
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      const list = (await t.ok(PORTFOLIO, {}, { token: foundation.token })).fundingPortfolio;
      const count = spy.mock.calls.length;
      spy.mockRestore();
      return { count, alliances: list.length };
    };
    const fund = async (name: string) => {
      const a = await alliance(name);
      await join(a.backbone.token, a.allianceId, 'FUNDER', foundation);
      await a.value(a.partner, await createIndicator(t, a.allianceId), 1);
      await a.value(a.partner, await createIndicator(t, a.allianceId), 2, 'APPROVED', '2025-Q4');
    };
    await fund('Bündnis Eins');
    const one = await statements();
    await fund('Bündnis Zwei');
    await fund('Bündnis Drei');
    const three = await statements();
    expect([one.alliances, three.alliances]).toEqual([1, 3]);
    expect(one.count).toBeGreaterThanOrEqual(4);
    expect(three.count).toBe(one.count);
  });
});
