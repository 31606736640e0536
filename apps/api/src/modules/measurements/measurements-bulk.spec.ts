import { randomUUID } from 'node:crypto';
import { TestApp } from '../../test/test-app';
import { BULK, createDimension, createIndicator, openPeriod, SAVE } from './measurements.fixtures';

describe('bulk submission: all or nothing, with every bad row named', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  const snapshot = async (allianceId: string) =>
    t.sql(
      `SELECT (SELECT json_agg(json_build_object('id', id, 'value', value::float8, 'status', status, 'version', version) ORDER BY id)
                 FROM measurements WHERE alliance_id = $1) AS measurements,
              (SELECT count(*)::int FROM measurement_parts WHERE alliance_id = $1) AS parts,
              (SELECT count(*)::int FROM audit_events WHERE alliance_id = $1) AS audit`,
      [allianceId],
    );

  it('writes every row (and submits where asked) when all rows are good', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const i1 = await createIndicator(t, allianceId);
    const i2 = await createIndicator(t, allianceId, { aggregation: 'RATIO' });
    const reportingPeriodId = await openPeriod(t, backbone.token, allianceId, '2026-Q1');
    const existing = (await t.ok(SAVE, { i: { allianceId, indicatorId: i1, reportingPeriodId, value: 1 } }, { token: partner.token })).saveMeasurement;

    const res = (
      await t.ok(
        BULK,
        {
          i: {
            allianceId,
            rows: [
              { indicatorId: i1, reportingPeriodId, value: 12, version: existing.version, submit: true },
              { indicatorId: i2, reportingPeriodId, numerator: 3, denominator: 4 },
            ],
          },
        },
        { token: partner.token },
      )
    ).submitMeasurements;
    expect(res).toEqual({
      ok: true,
      errors: [],
      saved: [
        { id: existing.id, status: 'SUBMITTED', value: 12 },
        { id: expect.any(String), status: 'DRAFT', value: 0.75 },
      ],
    });
  });

  it('one bad row anywhere: nothing is written, and the client gets each bad row with a translated message', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const sum = await createIndicator(t, allianceId);
    const other = await createIndicator(t, allianceId);
    const monthly = await createIndicator(t, allianceId, { frequency: 'MONTHLY' });
    const [third, fourth] = [await createIndicator(t, allianceId), await createIndicator(t, allianceId)];
    const gender = await createDimension(t, allianceId, 'Geschlecht', ['weiblich', 'männlich'], [third]);
    const reportingPeriodId = await openPeriod(t, backbone.token, allianceId, '2026-Q1');
    const existing = (await t.ok(SAVE, { i: { allianceId, indicatorId: other, reportingPeriodId, value: 1 } }, { token: partner.token })).saveMeasurement;
    const before = await snapshot(allianceId);

    const rows = [
      { indicatorId: sum, reportingPeriodId, value: 10, submit: true }, // good
      { indicatorId: other, reportingPeriodId, value: 2, version: existing.version + 5 }, // stale
      { indicatorId: sum, reportingPeriodId, value: 10 }, // the same report as row 0
      { indicatorId: monthly, reportingPeriodId, value: 1 }, // wrong frequency
      { indicatorId: randomUUID(), reportingPeriodId, value: 1 }, // unknown indicator
      { indicatorId: third, reportingPeriodId, value: 5, parts: [{ categoryId: gender.categories.weiblich, value: 4 }] }, // parts off
      { indicatorId: fourth, reportingPeriodId, numerator: 1 }, // no value, a numerator
    ];
    const bad = await t.gql(BULK, { i: { allianceId, rows } }, { token: partner.token, lang: 'en' });
    expect(bad.errors).toBeUndefined();
    const payload = bad.data.submitMeasurements;
    expect(payload.ok).toBe(false);
    expect(payload.saved).toEqual([]);
    expect(payload.errors.map((e: any) => [e.row, e.code, e.field])).toEqual([
      [1, 'CONFLICT', null],
      [2, 'VALIDATION_FAILED', 'indicatorId'],
      [3, 'FREQUENCY_MISMATCH', 'reportingPeriodId'],
      [4, 'NOT_FOUND', null],
      [5, 'PARTS_DO_NOT_ADD_UP', 'parts'],
      [6, 'VALIDATION_FAILED', 'value'],
      [6, 'VALIDATION_FAILED', 'numerator'],
    ]);
    expect(payload.errors[0].message).toBe('The measurement was changed by someone else in the meantime. Please reload and try again.');
    expect(payload.errors[4].message).toBe('The breakdown by “Geschlecht” adds up to 4, but the total is 5.');
    expect(payload.errors[5].message).toBe('Please check your input: value (required).');
    expect(await snapshot(allianceId)).toEqual(before);
  });

  it('refuses more than 500 rows and roles that do not report, changing nothing', async () => {
    const { allianceId, backbone, partner, funder, observer } = await t.allianceWithRoles();
    const indicatorId = await createIndicator(t, allianceId);
    const reportingPeriodId = await openPeriod(t, backbone.token, allianceId, '2026-Q1');
    const row = { indicatorId, reportingPeriodId, value: 1 };
    const tooMany = await t.gql(BULK, { i: { allianceId, rows: Array.from({ length: 501 }, () => row) } }, { token: partner.token });
    expect(tooMany.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    for (const who of [funder, observer]) {
      expect((await t.gql(BULK, { i: { allianceId, rows: [row] } }, { token: who.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    // A partner's row for another member is that row's FORBIDDEN, not the whole request's.
    const forOther = (await t.ok(BULK, { i: { allianceId, rows: [row, { ...row, membershipId: funder.membershipId }] } }, { token: partner.token }))
      .submitMeasurements;
    expect(forOther.errors.map((e: any) => [e.row, e.code])).toEqual([[1, 'FORBIDDEN']]);
    expect(await t.sql(`SELECT count(*)::int AS n FROM measurements WHERE alliance_id = $1`, [allianceId])).toEqual([{ n: 0 }]);
  });
});
