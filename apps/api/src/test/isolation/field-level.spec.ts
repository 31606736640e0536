import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { TestApp } from '../test-app';
import { selection } from './isolation-matrix';
import { APPROVED_VALUE, buildAlliance, Fixture, UNAPPROVED_VALUES } from './isolation.fixture';

/**
 * Isolation inside one alliance: a partner cannot touch another member's values; funders read
 * approved values only, observers no member-level numbers — through every read that carries
 * numbers, with the full selection of each result type.
 */
const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../../schema.graphql'), 'utf8'));
const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

/** The unapproved values, their parts (value − 1) and the sums a roll-up over them would show. */
const S = UNAPPROVED_VALUES.submitted;
const SECRET = [...Object.values(UNAPPROVED_VALUES), ...Object.values(UNAPPROVED_VALUES).map((v) => v - 1), APPROVED_VALUE + S, APPROVED_VALUE + S - 3];
/**
 * A secret as a number of its own: not part of a longer number, nor of a word or a UUID such as
 * `…-3457c…` (random ids would otherwise make this test fail now and then).
 */
const secretsIn = (x: unknown) => SECRET.filter((v) => new RegExp(`(^|[^\\w.-])${v}(\\.0+)?([^\\w.-]|$)`).test(JSON.stringify(x)));

describe('field-level isolation inside one alliance', () => {
  let t: TestApp;
  let a: Fixture;
  beforeAll(async () => {
    t = await TestApp.start();
    a = await buildAlliance(t, 'Feldstadt');
    // A decided proposal carries an indicator snapshot into the log: it must hold approved values only.
    const p = await t.ok(`query($a: ID!) { proposals(allianceId: $a) { nodes { id version } } }`, { a: a.allianceId }, { token: a.backbone.token });
    const { id, version } = p.proposals.nodes[0];
    await t.ok(
      `mutation($i: CloseProposalInput!) { closeProposal(input: $i) { id } }`,
      { i: { allianceId: a.allianceId, proposalId: id, version } },
      { token: a.backbone.token },
    );
  }, 60_000);
  afterAll(() => t.close());

  const read = (op: string, args: Record<string, unknown>, token: string) => {
    const field = schema.getQueryType()!.getFields()[op];
    const defs = field.args
      .filter((x) => x.name in args)
      .map((x) => `$${x.name}: ${x.type}`)
      .join(', ');
    const list = Object.keys(args)
      .map((k) => `${k}: $${k}`)
      .join(', ');
    return t.gql(`query(${defs}) { ${op}(${list}) ${selection(field.type)} }`, args, { token });
  };
  const measurementRows = () =>
    t.sql(
      `SELECT x::text FROM measurements x WHERE alliance_id = $1 UNION ALL SELECT x::text FROM measurement_parts x WHERE alliance_id = $1
      UNION ALL SELECT x::text FROM measurement_overlaps x WHERE alliance_id = $1 ORDER BY 1`,
      [a.allianceId],
    );

  it("a partner cannot save, submit, review or declare overlaps on another partner's measurement", async () => {
    const before = await measurementRows();
    const [draft] = await t.sql(`SELECT id, version FROM measurements WHERE id = $1`, [a.measurements.draft]);
    const [submitted] = await t.sql(`SELECT id, version FROM measurements WHERE id = $1`, [a.measurements.submitted]);
    const [approved] = await t.sql(`SELECT id, version FROM measurements WHERE id = $1`, [a.measurements.approved]);
    const P = { token: a.partner.token };
    const i = (x: Record<string, unknown>) => ({ i: { allianceId: a.allianceId, ...x } });
    const attempts = [
      t.gql(
        `mutation($i: SaveMeasurementInput!) { saveMeasurement(input: $i) { id } }`,
        i({ indicatorId: a.indicator2, reportingPeriodId: a.period, membershipId: a.partner2.membershipId, value: 1, version: draft.version }),
        P,
      ),
      t.gql(`mutation($i: SubmitMeasurementInput!) { submitMeasurement(input: $i) { id } }`, i({ measurementId: draft.id, version: draft.version }), P),
      t.gql(
        `mutation($i: ApproveMeasurementInput!) { approveMeasurement(input: $i) { id } }`,
        i({ measurementId: submitted.id, version: submitted.version }),
        P,
      ),
      t.gql(
        `mutation($i: RejectMeasurementInput!) { rejectMeasurement(input: $i) { id } }`,
        i({ measurementId: submitted.id, version: submitted.version, reason: 'nein' }),
        P,
      ),
      t.gql(
        `mutation($i: DeclareOverlapInput!) { declareOverlap(input: $i) { id } }`,
        i({ measurementId: submitted.id, otherMembershipId: a.partner.membershipId, amount: 1 }),
        P,
      ),
      t.gql(
        `mutation($i: SubmitMeasurementsInput!) { submitMeasurements(input: $i) { ok errors { code } } }`,
        i({
          rows: [
            { indicatorId: a.indicator2, reportingPeriodId: a.period, membershipId: a.partner2.membershipId, value: 2, version: draft.version, submit: true },
          ],
        }),
        P,
      ),
      // partner2 against partner's approved value and its overlap
      t.gql(`mutation($i: RemoveOverlapInput!) { removeOverlap(input: $i) { id } }`, i({ overlapId: a.ids.Overlap[0] }), { token: a.partner2.token }),
      t.gql(
        `mutation($i: ReopenMeasurementInput!) { reopenMeasurement(input: $i) { id } }`,
        i({ measurementId: approved.id, version: approved.version, reason: 'x' }),
        { token: a.partner2.token },
      ),
    ];
    // The bulk operation reports refusals per row (ok: false) instead of failing the request.
    const codes = (await Promise.all(attempts)).map((r) => code(r) ?? r.data?.submitMeasurements?.errors?.[0]?.code ?? JSON.stringify(r.data));
    for (const c of codes) expect(['FORBIDDEN', 'NOT_FOUND']).toContain(c);
    expect(await measurementRows()).toEqual(before);
  });

  const ALL_READS = (by: string) =>
    [
      ['measurements', { allianceId: '$', page: { first: 100 } }],
      ['rollup', { allianceId: '$', indicatorId: 'i1', periodKey: '2026-Q1' }],
      ['rollup', { allianceId: '$', indicatorId: 'i2', periodKey: '2026-Q1' }],
      ['contributions', { allianceId: '$', indicatorId: 'i1', periodKey: '2026-Q1' }],
      ['contributions', { allianceId: '$', indicatorId: 'i2', periodKey: '2026-Q1' }],
      ['indicatorSeries', { allianceId: '$', indicatorIds: ['i1', 'i2'], from: '2026-Q1', to: '2026-Q2', by }],
      ['indicatorProgress', { allianceId: '$', from: '2026-Q1', to: '2026-Q2' }],
      ['reportingPeriods', { allianceId: '$', page: { first: 10 } }],
      ['proposals', { allianceId: '$' }],
      ['logFeed', { allianceId: '$' }],
      ['indicators', { allianceId: '$', page: { first: 10 } }],
      ['activityMap', { allianceId: '$' }],
    ] as const;
  const resolve = (args: Record<string, unknown>): Record<string, unknown> =>
    JSON.parse(
      JSON.stringify(args)
        .replaceAll('"$"', JSON.stringify(a.allianceId))
        .replaceAll('"i1"', JSON.stringify(a.indicator))
        .replaceAll('"i2"', JSON.stringify(a.indicator2)),
    );

  it('a funder never sees DRAFT, SUBMITTED or REJECTED values, through any read', async () => {
    const F = a.funder.token;
    const leaks: string[] = [];
    // The scan finds the values where they may be read: the backbone sees all of them.
    const all = await read('measurements', resolve({ allianceId: '$', page: { first: 100 } }), a.backbone.token);
    expect(secretsIn(all).sort()).toEqual(expect.arrayContaining(Object.values(UNAPPROVED_VALUES)));
    for (const by of ['TOTAL', 'MEMBER', 'CATEGORY']) {
      for (const [op, args] of ALL_READS(by)) {
        const r = await read(op, resolve(args), F);
        expect(r.status).toBeLessThan(500);
        const found = secretsIn(r);
        if (found.length) leaks.push(`${op} ${by}: ${found.join(',')}`);
      }
    }
    const list = (await read('measurements', resolve({ allianceId: '$', page: { first: 100 } }), F)).data.measurements.nodes;
    expect(list.map((m: { status: string; value: number }) => [m.status, m.value])).toEqual([['APPROVED', APPROVED_VALUE]]);
    for (const e of (await read('logFeed', { allianceId: a.allianceId }, F)).data.logFeed.nodes) {
      const detail = await read('logEntry', { allianceId: a.allianceId, logEntryId: e.id }, F);
      if (secretsIn(detail).length) leaks.push(`logEntry ${e.id}: ${secretsIn(detail)}`);
    }
    const counts = (await read('reportingPeriods', resolve({ allianceId: '$', page: { first: 10 } }), F)).data.reportingPeriods.nodes[0].counts;
    expect(counts).toMatchObject({ awaitingReview: null, draft: null, rejected: null, missing: null });
    expect(code(await read('reviewQueue', resolve({ allianceId: '$', page: { first: 10 } }), F))).toBe('FORBIDDEN');
    expect(code(await read('reportingCompleteness', { allianceId: a.allianceId, reportingPeriodId: a.period }, F))).toBe('FORBIDDEN');
    expect(leaks).toEqual([]);
  });

  it('an observer gets no member-level numbers: measurements, contributions and MEMBER/CATEGORY series are refused', async () => {
    const O = a.observer.token;
    const measurements = await read('measurements', resolve({ allianceId: '$', page: { first: 100 } }), O);
    expect(code(measurements) === 'FORBIDDEN' || measurements.data?.measurements.nodes.length === 0).toBe(true);
    expect(code(await read('contributions', resolve({ allianceId: '$', indicatorId: 'i1', periodKey: '2026-Q1' }), O))).toBe('FORBIDDEN');
    for (const by of ['MEMBER', 'CATEGORY']) {
      expect(code(await read('indicatorSeries', resolve({ allianceId: '$', indicatorIds: ['i1'], from: '2026-Q1', to: '2026-Q1', by }), O))).toBe('FORBIDDEN');
    }
    const total = await read('indicatorSeries', resolve({ allianceId: '$', indicatorIds: ['i1', 'i2'], from: '2026-Q1', to: '2026-Q1', by: 'TOTAL' }), O);
    expect(total.errors).toBeUndefined();
    for (const [op, args] of ALL_READS('TOTAL')) {
      const r = await read(op, resolve(args), O);
      expect(r.status).toBeLessThan(500);
      expect([op, secretsIn(r)]).toEqual([op, []]);
      // Nothing per member: no organisation's value or measurement reaches the observer.
      expect([op, JSON.stringify(r.data ?? {}).includes(a.measurements.approved)]).toEqual([op, false]);
    }
  });
});
