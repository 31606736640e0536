import { TestApp } from '../../test/test-app';
import {
  APPROVE,
  approvedValue,
  BULK,
  CLOSE,
  CONTRIBUTIONS,
  createIndicator,
  DECLARE,
  LIST,
  OPEN,
  openPeriod,
  REJECT,
  REMOVE_OVERLAP,
  REOPEN,
  ROLLUP,
  SAVE,
  SERIES,
  SUBMIT,
} from './measurements.fixtures';

const QUEUE = `query($id: ID!, $p: PageInput) { reviewQueue(allianceId: $id, page: $p) { totalCount pageInfo { hasNextPage endCursor } nodes { id value } } }`;

describe('measurements: who may read and change what', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());
  const code = (r: any) => r.errors?.[0]?.extensions?.code;

  /** Partner and a second partner each with a draft, a submitted and an approved value. */
  async function reported() {
    const roles = await t.allianceWithRoles();
    const { allianceId, backbone, partner } = roles;
    const other = await t.addMember(backbone.token, allianceId, 'PARTNER');
    const [i1, i2, i3] = [await createIndicator(t, allianceId), await createIndicator(t, allianceId), await createIndicator(t, allianceId)];
    const reportingPeriodId = await openPeriod(t, backbone.token, allianceId, '2026-Q1');
    const values: Record<string, Record<string, string>> = {};
    for (const [who, base] of [
      [partner, 10],
      [other, 20],
    ] as const) {
      const draft = (await t.ok(SAVE, { i: { allianceId, indicatorId: i1, reportingPeriodId, value: base + 1 } }, { token: who.token })).saveMeasurement;
      const submitted = (await t.ok(SAVE, { i: { allianceId, indicatorId: i2, reportingPeriodId, value: base + 2 } }, { token: who.token })).saveMeasurement;
      await t.ok(SUBMIT, { i: { allianceId, measurementId: submitted.id, version: 1 } }, { token: who.token });
      const approved = await approvedValue(
        t,
        { reporter: who.token, backbone: backbone.token },
        { allianceId, indicatorId: i3, reportingPeriodId, value: base + 3 },
      );
      values[who.membershipId] = { draft: draft.id, submitted: submitted.id, approved: approved.id };
    }
    return { ...roles, other, i1, i2, i3, reportingPeriodId, values };
  }

  it('reading: backbone all; partner own in every status and others approved; funder approved only; observer no member-level numbers', async () => {
    const { allianceId, backbone, partner, other, funder, observer, i3 } = await reported();
    const list = async (token: string, f: Record<string, unknown> = {}) =>
      (await t.ok(LIST, { id: allianceId, f }, { token })).measurements.nodes.map((n: any) => n.value).sort((x: number, y: number) => x - y);
    expect(await list(backbone.token)).toEqual([11, 12, 13, 21, 22, 23]);
    expect(await list(partner.token)).toEqual([11, 12, 13, 23]);
    expect(await list(other.token)).toEqual([13, 21, 22, 23]);
    expect(await list(funder.token)).toEqual([13, 23]);
    expect(await list(funder.token, { status: 'SUBMITTED' })).toEqual([]);
    expect(await list(partner.token, { membershipId: other.membershipId })).toEqual([23]);
    expect(code(await t.gql(LIST, { id: allianceId }, { token: observer.token }))).toBe('FORBIDDEN');
    const en = await t.gql(LIST, { id: allianceId }, { token: observer.token, lang: 'en' });
    expect(en.errors?.[0].message).toBe("You lack the permission for this: insight into single members' values (not for observers).");

    // Pagination: newest period first, stable across pages.
    const page1 = (await t.ok(LIST, { id: allianceId, p: { first: 4 } }, { token: backbone.token })).measurements;
    const page2 = (await t.ok(LIST, { id: allianceId, p: { first: 4, after: page1.pageInfo.endCursor } }, { token: backbone.token })).measurements;
    expect([page1.totalCount, page1.nodes.length, page1.pageInfo.hasNextPage, page2.nodes.length, page2.pageInfo.hasNextPage]).toEqual([6, 4, true, 2, false]);
    expect(new Set([...page1.nodes, ...page2.nodes].map((n: any) => n.id)).size).toBe(6);

    // Roll-ups are for everyone; contributions and member/category series not for observers.
    expect((await t.ok(ROLLUP, { id: allianceId, ind: i3, k: '2026-Q1' }, { token: observer.token })).rollup.value).toBe(36);
    expect(code(await t.gql(CONTRIBUTIONS, { id: allianceId, ind: i3, k: '2026-Q1' }, { token: observer.token }))).toBe('FORBIDDEN');
    const funderLedger = (await t.ok(CONTRIBUTIONS, { id: allianceId, ind: i3, k: '2026-Q1' }, { token: funder.token })).contributions;
    expect(funderLedger.map((c: any) => c.reported).sort()).toEqual([13, 23]);
    const totalOnly = await t.ok(SERIES, { id: allianceId, ids: [i3], from: '2026-Q1', to: '2026-Q1' }, { token: observer.token });
    expect(totalOnly.indicatorSeries[0].actual).toEqual([36]);

    // The review queue is the backbone's, oldest submission first.
    const queue = (await t.ok(QUEUE, { id: allianceId }, { token: backbone.token })).reviewQueue;
    expect(queue.nodes.map((n: any) => n.value)).toEqual([12, 22]);
    const q2 = (await t.ok(QUEUE, { id: allianceId, p: { first: 1 } }, { token: backbone.token })).reviewQueue;
    expect((await t.ok(QUEUE, { id: allianceId, p: { first: 1, after: q2.pageInfo.endCursor } }, { token: backbone.token })).reviewQueue.nodes[0].value).toBe(
      22,
    );
    for (const who of [partner, funder, observer]) expect(code(await t.gql(QUEUE, { id: allianceId }, { token: who.token }))).toBe('FORBIDDEN');
  });

  it("changing: a partner touches only its own organisation's values; funders and observers change nothing; the backbone reports for members", async () => {
    const { allianceId, backbone, partner, other, funder, observer, i1, reportingPeriodId, values } = await reported();
    const theirs = values[other.membershipId];
    const P = { token: partner.token };
    const saveFor = await t.gql(SAVE, { i: { allianceId, indicatorId: i1, reportingPeriodId, membershipId: other.membershipId, value: 1, version: 1 } }, P);
    expect(code(saveFor)).toBe('FORBIDDEN');
    expect(saveFor.errors?.[0].message).toBe('Dafür fehlt Ihnen die Berechtigung: Zugriff nur auf die Werte der eigenen Organisation.');
    expect(code(await t.gql(SUBMIT, { i: { allianceId, measurementId: theirs.draft, version: 1 } }, P))).toBe('NOT_FOUND'); // cannot even see it
    expect(code(await t.gql(DECLARE, { i: { allianceId, measurementId: theirs.approved, otherMembershipId: partner.membershipId, amount: 1 } }, P))).toBe(
      'FORBIDDEN',
    );
    expect(code(await t.gql(APPROVE, { i: { allianceId, measurementId: theirs.submitted, version: 2 } }, P))).toBe('FORBIDDEN');
    expect(code(await t.gql(REJECT, { i: { allianceId, measurementId: theirs.submitted, version: 2, reason: 'x' } }, P))).toBe('FORBIDDEN');
    expect(code(await t.gql(APPROVE, { i: { allianceId, measurementId: values[partner.membershipId].submitted, version: 2 } }, P))).toBe('FORBIDDEN');
    for (const who of [funder, observer]) {
      const r = await t.gql(SAVE, { i: { allianceId, indicatorId: i1, reportingPeriodId, value: 1 } }, { token: who.token });
      expect(code(r)).toBe('FORBIDDEN');
      expect(code(await t.gql(SUBMIT, { i: { allianceId, measurementId: theirs.draft, version: 1 } }, { token: who.token }))).toBe('FORBIDDEN');
    }
    expect(await t.sql(`SELECT value::float8 AS v, status FROM measurements WHERE id = ANY($1) ORDER BY value`, [[theirs.draft, theirs.submitted]])).toEqual([
      { v: 21, status: 'DRAFT' },
      { v: 22, status: 'SUBMITTED' },
    ]);

    // The backbone may report for a partner — but not for a funder, which does not report.
    const forPartner = (
      await t.ok(
        SAVE,
        { i: { allianceId, indicatorId: i1, reportingPeriodId, membershipId: other.membershipId, value: 25, version: 1 } },
        {
          token: backbone.token,
        },
      )
    ).saveMeasurement;
    expect(forPartner).toMatchObject({ id: theirs.draft, value: 25, version: 2 });
    const forFunder = await t.gql(
      SAVE,
      { i: { allianceId, indicatorId: i1, reportingPeriodId, membershipId: funder.membershipId, value: 1 } },
      { token: backbone.token },
    );
    expect(forFunder.errors?.[0].extensions?.fields).toEqual([{ field: 'membershipId', code: 'notReporter' }]);
  });

  it('ids of another alliance behave like unknown ids and change nothing there', async () => {
    const a = await reported();
    const b = await t.allianceWithRoles('Anderes Bündnis');
    const bPeriod = await openPeriod(t, b.backbone.token, b.allianceId, '2026-Q1');
    const theirs = a.values[a.partner.membershipId];
    const overlap = (
      await t.ok(
        DECLARE,
        { i: { allianceId: a.allianceId, measurementId: theirs.approved, otherMembershipId: a.other.membershipId, amount: 1 } },
        {
          token: a.backbone.token,
        },
      )
    ).declareOverlap.overlaps[0];
    const before = await t.sql(
      `SELECT (SELECT json_agg(m ORDER BY id) FROM (SELECT id, status, value, version FROM measurements WHERE alliance_id = $1) m) AS m,
              (SELECT json_agg(p) FROM (SELECT id, state, version FROM reporting_periods WHERE alliance_id = $1) p) AS p,
              (SELECT count(*)::int FROM measurement_overlaps WHERE alliance_id = $1) AS o`,
      [a.allianceId],
    );
    const mine = { allianceId: b.allianceId };
    const B = { token: b.backbone.token };
    const attempts: [string, Record<string, unknown>][] = [
      [SAVE, { ...mine, indicatorId: a.i1, reportingPeriodId: bPeriod, value: 1 }],
      [SAVE, { ...mine, indicatorId: await createIndicator(t, b.allianceId), reportingPeriodId: a.reportingPeriodId, value: 1 }],
      [SUBMIT, { ...mine, measurementId: theirs.draft, version: 1 }],
      [APPROVE, { ...mine, measurementId: theirs.submitted, version: 2 }],
      [REJECT, { ...mine, measurementId: theirs.submitted, version: 2, reason: 'x' }],
      [REOPEN, { ...mine, measurementId: theirs.approved, version: 3, reason: 'x' }],
      [DECLARE, { ...mine, measurementId: theirs.approved, otherMembershipId: a.other.membershipId, amount: 1 }],
      [REMOVE_OVERLAP, { ...mine, overlapId: overlap.id }],
      [CLOSE, { ...mine, reportingPeriodId: a.reportingPeriodId, version: 1 }],
    ];
    for (const [mutation, i] of attempts) expect([mutation.slice(0, 40), code(await t.gql(mutation, { i }, B))]).toEqual([mutation.slice(0, 40), 'NOT_FOUND']);
    const bulk = (await t.ok(BULK, { i: { ...mine, rows: [{ indicatorId: a.i1, reportingPeriodId: bPeriod, value: 1 }] } }, B)).submitMeasurements;
    expect(bulk.errors.map((e: any) => e.code)).toEqual(['NOT_FOUND']);
    expect(code(await t.gql(ROLLUP, { id: b.allianceId, ind: a.i3, k: '2026-Q1' }, B))).toBe('NOT_FOUND');
    expect(code(await t.gql(SERIES, { id: b.allianceId, ids: [a.i3], from: '2026-Q1', to: '2026-Q1' }, B))).toBe('NOT_FOUND');
    expect(code(await t.gql(OPEN, { i: { allianceId: a.allianceId, frequency: 'YEARLY', periodKey: '2026' } }, B))).toBe('NOT_FOUND');
    expect((await t.ok(LIST, { id: b.allianceId, f: { indicatorId: a.i3 } }, B)).measurements.totalCount).toBe(0);

    const after = await t.sql(
      `SELECT (SELECT json_agg(m ORDER BY id) FROM (SELECT id, status, value, version FROM measurements WHERE alliance_id = $1) m) AS m,
              (SELECT json_agg(p) FROM (SELECT id, state, version FROM reporting_periods WHERE alliance_id = $1) p) AS p,
              (SELECT count(*)::int FROM measurement_overlaps WHERE alliance_id = $1) AS o`,
      [a.allianceId],
    );
    expect(after).toEqual(before);
  });
});
