import { TestApp } from '../../test/test-app';
import { backboneMembership, indicator, measurement } from './communication.fixtures';
import { DECLARE, ROLLUP } from '../measurements/measurements.fixtures';
import { CLOSE, CREATE_PROPOSAL, ENTRY, inDays, PROPOSAL } from './communication.test-queries';

// Jest applies testTimeout only as a global option, not per project: these suites make many requests on a busy machine.
jest.setTimeout(60_000);

describe('communication: the indicator snapshot of a decided proposal', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  async function setUp() {
    const roles = await t.allianceWithRoles();
    // The snapshot's arithmetic, not small-number protection (small-numbers.spec.ts), is tested here.
    await t.sql(`UPDATE alliances SET small_number_threshold = 2 WHERE id = $1`, [roles.allianceId]);
    const p2 = await t.addMember(roles.backbone.token, roles.allianceId, 'PARTNER');
    const bb = await backboneMembership(t, roles.allianceId);
    const report = (indicatorId: string, membershipId: string, periodKey: string, value: number, extra: Record<string, unknown> = {}) =>
      measurement(t, { allianceId: roles.allianceId, indicatorId, membershipId, userId: roles.backbone.id, periodKey, value, ...extra });
    /** Pins the indicator to a proposal, closes it and returns the stored snapshot. */
    const decide = async (indicatorId: string) => {
      const p = (
        await t.ok(
          CREATE_PROPOSAL,
          { i: { allianceId: roles.allianceId, title: 'Ziel anheben', closesAt: inDays(5), indicatorId } },
          { token: roles.partner.token },
        )
      ).createProposal;
      expect(p.indicator.id).toBe(indicatorId);
      expect(p.indicatorSnapshot).toBeNull();
      return (await t.ok(CLOSE, { i: { allianceId: roles.allianceId, proposalId: p.id, version: 1 } }, { token: roles.backbone.token })).closeProposal;
    };
    return { ...roles, p2, bb, report, decide };
  }

  it('SUM: approved values summed per period, the last four periods, oldest first; taken once, at decision time', async () => {
    const { allianceId, partner, p2, bb, report, decide, funder } = await setUp();
    const ind = await indicator(t, allianceId, { name: 'Vermittelte Jugendliche', unit: 'Personen', aggregation: 'SUM' });
    const noise = await indicator(t, allianceId, { aggregation: 'SUM' });
    await report(ind, partner.membershipId, '2025-Q1', 5);
    await report(ind, partner.membershipId, '2025-Q2', 10);
    await report(ind, p2.membershipId, '2025-Q2', 20);
    await report(ind, partner.membershipId, '2025-Q3', 7);
    await report(ind, p2.membershipId, '2025-Q3', 100, { status: 'SUBMITTED' });
    await report(ind, partner.membershipId, '2025-Q4', 1);
    await report(ind, p2.membershipId, '2025-Q4', 2);
    await report(ind, bb, '2025-Q4', 3);
    await report(ind, partner.membershipId, '2026-Q1', 4);
    await report(ind, p2.membershipId, '2026-Q1', 50, { status: 'REJECTED' });
    await report(noise, partner.membershipId, '2026-Q1', 999);

    const decided = await decide(ind);
    expect(decided.indicatorSnapshot).toMatchObject({
      indicatorId: ind,
      name: 'Vermittelte Jugendliche',
      unit: 'Personen',
      aggregation: 'SUM',
      periods: ['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1'],
      values: [30, 7, 6, 4],
      reportCounts: [2, 1, 3, 1],
    });
    expect(new Date(decided.indicatorSnapshot.takenAt).getTime()).toBe(new Date(decided.decidedAt).getTime());

    // Later reports do not rewrite history: the snapshot is stored with the decision.
    await report(ind, p2.membershipId, '2026-Q2', 40);
    const later = (await t.ok(PROPOSAL, { a: allianceId, id: decided.id }, { token: funder.token })).proposal;
    expect(later.indicatorSnapshot.values).toEqual([30, 7, 6, 4]);
    const [{ indicator_snapshot: stored }] = await t.sql(`SELECT indicator_snapshot FROM proposals WHERE id = $1`, [decided.id]);
    expect(stored).toMatchObject({ periods: ['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1'], values: [30, 7, 6, 4] });
    const entry = (await t.ok(ENTRY, { a: allianceId, id: decided.decisionLogEntryId }, { token: funder.token })).logEntry;
    expect(entry.indicators).toEqual([{ id: ind, name: 'Vermittelte Jugendliche', unit: 'Personen' }]);
  });

  it('deducts declared overlaps like the roll-up does: the snapshot shows the number the indicator page showed', async () => {
    const { allianceId, partner, p2, backbone, report, decide } = await setUp();
    const ind = await indicator(t, allianceId, { name: 'Beratene Familien', unit: 'Familien', aggregation: 'SUM' });
    const mine = await report(ind, partner.membershipId, '2026-Q1', 40);
    await report(ind, p2.membershipId, '2026-Q1', 25);
    await t.ok(DECLARE, { i: { allianceId, measurementId: mine, otherMembershipId: p2.membershipId, amount: 10 } }, { token: backbone.token });
    const rollup = (await t.ok(ROLLUP, { id: allianceId, ind, k: '2026-Q1' }, { token: backbone.token })).rollup;
    expect(rollup.value).toBe(55);
    expect((await decide(ind)).indicatorSnapshot).toMatchObject({ periods: ['2026-Q1'], values: [55], reportCounts: [2] });
  });

  it('AVERAGE averages, RATIO divides summed numerators by summed denominators, LATEST takes the last approved', async () => {
    const { allianceId, partner, p2, report, decide } = await setUp();
    const avg = await indicator(t, allianceId, { name: 'Zufriedenheit', unit: 'Punkte', aggregation: 'AVERAGE', frequency: 'MONTHLY' });
    await report(avg, partner.membershipId, '2026-01', 10);
    await report(avg, p2.membershipId, '2026-01', 20);
    await report(avg, partner.membershipId, '2026-02', 3);
    expect((await decide(avg)).indicatorSnapshot).toMatchObject({
      aggregation: 'AVERAGE',
      periods: ['2026-01', '2026-02'],
      values: [15, 3],
      reportCounts: [2, 1],
    });

    const ratio = await indicator(t, allianceId, { name: 'Übergangsquote', unit: '%', aggregation: 'RATIO', frequency: 'YEARLY' });
    await report(ratio, partner.membershipId, '2024', 0.5, { numerator: 30, denominator: 60 });
    await report(ratio, p2.membershipId, '2024', 0.25, { numerator: 10, denominator: 40 });
    await report(ratio, partner.membershipId, '2025', 0, { numerator: 0, denominator: 0 });
    // Not the mean of the quotients (0.375) but Σ numerator / Σ denominator; no denominator → null.
    expect((await decide(ratio)).indicatorSnapshot).toMatchObject({ aggregation: 'RATIO', periods: ['2024', '2025'], values: [0.4, null] });

    const latest = await indicator(t, allianceId, { name: 'Aktive Lotsen', unit: 'Personen', aggregation: 'LATEST' });
    await report(latest, partner.membershipId, '2025-Q4', 70);
    await report(latest, partner.membershipId, '2026-Q1', 100, { reviewedAt: '2026-04-02T10:00:00Z' });
    await report(latest, p2.membershipId, '2026-Q1', 80, { reviewedAt: '2026-04-05T10:00:00Z' });
    expect((await decide(latest)).indicatorSnapshot).toMatchObject({
      aggregation: 'LATEST',
      periods: ['2025-Q4', '2026-Q1'],
      values: [70, 80],
      reportCounts: [1, 2],
    });

    const empty = await indicator(t, allianceId, { name: 'Noch nichts', aggregation: 'SUM' });
    await report(empty, partner.membershipId, '2026-Q1', 5, { status: 'SUBMITTED' });
    expect((await decide(empty)).indicatorSnapshot).toMatchObject({ name: 'Noch nichts', periods: [], values: [], reportCounts: [] });
  });
});
