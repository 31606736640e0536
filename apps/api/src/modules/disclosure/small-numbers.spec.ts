import { randomUUID } from 'node:crypto';
import { periodRange } from '@gemeinwerk/shared';
import { TestApp } from '../../test/test-app';
import { createDimension, createIndicator } from '../measurements/measurements.fixtures';

/**
 * Small-number protection through every GraphQL path funders, observers and partners read:
 * a fixture with small counts (the "divers: 7" at k = 8, a member's 6.5, a share from 4
 * people) and a walk over the WHOLE JSON of every answer: no number the viewer may not see
 * appears anywhere, while the backbone's answers contain every one of them (so the walk can fail).
 */

/** Fields that hold counts of reports, organisations or versions, not values: skipped by the walk. */
const NOT_VALUES = new Set([
  'approvedReports',
  'expectedReports',
  'memberCount',
  'version',
  'decimals',
  'reportCounts',
  'totalCount',
  'expected',
  'approved',
  'smallNumberThreshold',
  'agree',
  'abstain',
  'disagree',
  'block',
  'total',
]);

function numbersIn(x: unknown, out: number[] = [], key = ''): number[] {
  if (typeof x === 'number' && !NOT_VALUES.has(key)) out.push(Math.round(x * 1e6) / 1e6);
  else if (Array.isArray(x)) x.forEach((v) => numbersIn(v, out, key));
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) numbersIn(v, out, k);
  return out;
}

const SERIES = `query($id: ID!, $ids: [ID!]!, $by: SeriesBreakdown) {
  indicatorSeries(allianceId: $id, indicatorIds: $ids, from: "2026-Q1", to: "2026-Q2", by: $by) { indicatorId key label periods actual target suppressed approvedReports expectedReports } }`;
const ROLLUP = `query($id: ID!, $ind: ID!, $k: String!) {
  rollup(allianceId: $id, indicatorId: $ind, periodKey: $k) { value aggregation memberCount target baseline deduplicated suppressed approvedReports expectedReports } }`;
const CONTRIBUTIONS = `query($id: ID!, $ind: ID!, $k: String!) {
  contributions(allianceId: $id, indicatorId: $ind, periodKey: $k) { membershipId reported overlapDeducted net shareOfTotal suppressed } }`;
const PROGRESS = `query($id: ID!) { indicatorProgress(allianceId: $id, from: "2026-Q1", to: "2026-Q2") { id periods actual target suppressed baseline } }`;
const MEASUREMENTS = `query($id: ID!) { measurements(allianceId: $id, page: { first: 100 }) { totalCount nodes {
  id membershipId periodKey value numerator denominator suppressed parts { categoryId value suppressed } overlaps { amount } } } }`;
const PORTFOLIO = `{ fundingPortfolio { id indicators { id latestValue latestSuppressed progress provisional { value suppressed } trend { periods values suppressed } } } }`;
const PROPOSALS = `query($id: ID!) { proposals(allianceId: $id) { nodes { id indicatorSnapshot { periods values suppressed } } } }`;

describe('small-number protection: no path reveals a suppressed value', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  async function fixture() {
    const roles = await t.allianceWithRoles('Kleine Zahlen');
    const { allianceId, backbone, partner } = roles;
    const p2 = await t.addMember(backbone.token, allianceId, 'PARTNER');
    const p3 = await t.addMember(backbone.token, allianceId, 'PARTNER');
    const [{ version }] = await t.sql(`SELECT version FROM alliances WHERE id = $1`, [allianceId]);
    await t.ok(
      `mutation($i: UpdateSmallNumberThresholdInput!) { updateSmallNumberThreshold(input: $i) { smallNumberThreshold } }`,
      { i: { allianceId, version, smallNumberThreshold: 8 } },
      { token: backbone.token },
    );
    const sum = await createIndicator(t, allianceId, { name: 'Teilnehmende', aggregation: 'SUM' });
    const ratio = await createIndicator(t, allianceId, { name: 'Anteil mit Abschluss', aggregation: 'RATIO' });
    const g = await createDimension(t, allianceId, 'Geschlecht', ['weiblich', 'männlich', 'divers'], [sum]);
    const [{ id: userId }] = await t.sql(`SELECT id FROM users WHERE email = $1`, [backbone.email]);
    const periods: Record<string, string> = {};
    for (const key of ['2026-Q1', '2026-Q2']) {
      periods[key] = randomUUID();
      const r = periodRange(key);
      await t.sql(
        `INSERT INTO reporting_periods (alliance_id, id, frequency, period_key, starts_on, ends_on, opened_by_user_id) VALUES ($1, $2, 'QUARTERLY', $3, $4, $5, $6)`,
        [allianceId, periods[key], key, r.startsOn, r.endsOn, userId],
      );
    }
    let minute = 0;
    const approved = async (
      indicatorId: string,
      membershipId: string,
      periodKey: string,
      v: { value: number; numerator?: number; denominator?: number },
      parts: Record<string, number> = {},
    ) => {
      const id = randomUUID();
      await t.sql(
        `INSERT INTO measurements (alliance_id, id, indicator_id, membership_id, reporting_period_id, period_key, value, numerator, denominator, status, reviewed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'APPROVED', now() - make_interval(mins => $10))`,
        [allianceId, id, indicatorId, membershipId, periods[periodKey], periodKey, v.value, v.numerator ?? null, v.denominator ?? null, 100 - minute++],
      );
      for (const [name, value] of Object.entries(parts)) {
        await t.sql(`INSERT INTO measurement_parts (alliance_id, measurement_id, category_id, value) VALUES ($1, $2, $3, $4)`, [
          allianceId,
          id,
          g.categories[name],
          value,
        ]);
      }
    };
    const p1 = (await t.sql(`SELECT id FROM memberships WHERE alliance_id = $1 AND organisation_id = $2`, [allianceId, partner.organisationId]))[0]
      .id as string;
    // Q1: divers 2.25 + 4.75 = 7 (< k = 8); a member without breakdown reports 6.5 (< 8).
    await approved(sum, p1, '2026-Q1', { value: 39 }, { weiblich: 20.5, männlich: 16.25, divers: 2.25 });
    await approved(sum, p2.membershipId, '2026-Q1', { value: 32 }, { weiblich: 15.5, männlich: 11.75, divers: 4.75 });
    await approved(sum, p3.membershipId, '2026-Q1', { value: 6.5 });
    // Q2: one member alone, a small total.
    await approved(sum, p3.membershipId, '2026-Q2', { value: 3.5 });
    // A share of 1 of 4 people (base < 8) beside 27 of 40.
    await approved(ratio, p1, '2026-Q1', { value: 0.675, numerator: 27, denominator: 40 });
    await approved(ratio, p2.membershipId, '2026-Q1', { value: 0.25, numerator: 1, denominator: 4 });
    // A decided proposal pins the SUM indicator: its snapshot holds Q2's 3.5.
    const proposal = (
      await t.ok(
        `mutation($i: CreateProposalInput!) { createProposal(input: $i) { id version } }`,
        { i: { allianceId, title: 'Mehr Angebote', closesAt: new Date(Date.now() + 3600_000).toISOString(), indicatorId: sum } },
        { token: backbone.token },
      )
    ).createProposal;
    await t.ok(
      `mutation($i: CloseProposalInput!) { closeProposal(input: $i) { id } }`,
      { i: { allianceId, proposalId: proposal.id, version: proposal.version } },
      { token: backbone.token },
    );
    return { ...roles, p1, p2, p3, sum, ratio, categories: g.categories };
  }

  /** Every read path a role may use, as one list of answers (refused ones are left out: observers read no member-level data). */
  async function everything(f: Awaited<ReturnType<typeof fixture>>, token: string) {
    const id = f.allianceId;
    const answers: unknown[] = [];
    const read = async (query: string, vars: Record<string, unknown>) => {
      const r = await t.gql(query, vars, { token });
      if (r.errors?.some((e) => e.extensions?.code !== 'FORBIDDEN')) throw new Error(JSON.stringify(r.errors));
      if (r.data) answers.push(r.data);
    };
    for (const ind of [f.sum, f.ratio]) {
      for (const k of ['2026-Q1', '2026-Q2']) {
        await read(ROLLUP, { id, ind, k });
        await read(CONTRIBUTIONS, { id, ind, k });
      }
    }
    for (const by of ['TOTAL', 'MEMBER', 'CATEGORY']) await read(SERIES, { id, ids: [f.sum, f.ratio], by });
    await read(PROGRESS, { id });
    await read(MEASUREMENTS, { id });
    await read(PROPOSALS, { id });
    await read(PORTFOLIO, {});
    return answers;
  }

  it('funders, observers and partners never see a hidden number; the backbone sees every one', async () => {
    const f = await fixture();
    // What a viewer who knows no member must not see (primary and complementary cells).
    const forFunder = [7, 6.5, 2.25, 4.75, 3.5, 32, 15.5, 11.75, 0.25, 0.675, 27, 40];
    // The partner (p1) knows its own 39 = 20.5 + 16.25 + 2.25 and 27 / 40; the category lines would give p2's parts away.
    const forPartner = [7, 6.5, 4.75, 3.5, 32, 15.5, 11.75, 36, 28, 0.25];

    const backbone = numbersIn(await everything(f, f.backbone.token));
    for (const n of [...forFunder, ...forPartner]) expect({ n, seen: backbone.includes(n) }).toEqual({ n, seen: true });

    const funder = numbersIn(await everything(f, f.funder.token));
    const observer = numbersIn(await everything(f, f.observer.token));
    const partner = numbersIn(await everything(f, f.partner.token));
    for (const n of forFunder) {
      expect({ n, funder: funder.includes(n) }).toEqual({ n, funder: false });
      expect({ n, observer: observer.includes(n) }).toEqual({ n, observer: false });
    }
    for (const n of forPartner) expect({ n, partner: partner.includes(n) }).toEqual({ n, partner: false });
    // What stays: the true totals (not recomputed), the partner's own values, big cells.
    expect(funder).toEqual(expect.arrayContaining([77.5, 39, 36, 28]));
    expect(observer).toEqual(expect.arrayContaining([77.5]));
    expect(partner).toEqual(expect.arrayContaining([39, 20.5, 16.25, 2.25, 27, 40, 0.675]));
  });

  it('a hidden value is null with a flag, never a zero or a recomputed total', async () => {
    const f = await fixture();
    const vars = { id: f.allianceId, ind: f.sum, k: '2026-Q2' };
    expect((await t.ok(ROLLUP, vars, { token: f.funder.token })).rollup).toMatchObject({ value: null, deduplicated: null, suppressed: true, memberCount: 1 });
    expect((await t.ok(ROLLUP, vars, { token: f.backbone.token })).rollup).toMatchObject({ value: 3.5, suppressed: false });
    const q1 = (await t.ok(ROLLUP, { ...vars, k: '2026-Q1' }, { token: f.funder.token })).rollup;
    expect(q1).toMatchObject({ value: 77.5, suppressed: false });
    const lines = (await t.ok(SERIES, { id: f.allianceId, ids: [f.sum], by: 'CATEGORY' }, { token: f.funder.token })).indicatorSeries;
    const divers = lines.find((l: { key: string }) => l.key === f.categories['divers']);
    expect(divers).toMatchObject({ actual: [null, null], suppressed: [true, false] });
    const contributions = (await t.ok(CONTRIBUTIONS, { ...vars, k: '2026-Q1' }, { token: f.funder.token })).contributions;
    expect(contributions.find((c: { membershipId: string }) => c.membershipId === f.p3.membershipId)).toMatchObject({
      reported: null,
      net: null,
      shareOfTotal: null,
      suppressed: true,
    });
  });
});
