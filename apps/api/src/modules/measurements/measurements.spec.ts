import { TestApp } from '../../test/test-app';
import { APPROVE, CLOSE, createDimension, createIndicator, OPEN, openPeriod, REJECT, REOPEN, SAVE, SUBMIT } from './measurements.fixtures';

describe('measurements: the reporting workflow and its value rules', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
  const fields = (r: any) => r.errors?.[0]?.extensions?.fields?.map((f: any) => `${f.field}:${f.code}`);

  it('draft → submitted → rejected with reason → fixed → resubmitted → approved → locked → reopened', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const indicatorId = await createIndicator(t, allianceId, { name: 'Vermittelte Ausbildungsplätze' });
    const reportingPeriodId = await openPeriod(t, backbone.token, allianceId, '2026-Q1');
    const P = { token: partner.token };
    const B = { token: backbone.token };

    const draft = (await t.ok(SAVE, { i: { allianceId, indicatorId, reportingPeriodId, value: 12, note: 'erste Zählung' } }, P)).saveMeasurement;
    expect(draft).toMatchObject({ status: 'DRAFT', value: 12, note: 'erste Zählung', version: 1, membershipId: partner.membershipId, periodKey: '2026-Q1' });
    const again = await t.gql(SAVE, { i: { allianceId, indicatorId, reportingPeriodId, value: 13 } }, P);
    expect(code(again)).toBe('CONFLICT'); // exists already: the version is required

    const submitted = (await t.ok(SUBMIT, { i: { allianceId, measurementId: draft.id, version: 1 } }, P)).submitMeasurement;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', version: 2 });
    expect(submitted.submittedByName).toBeTruthy();
    expect(code(await t.gql(SAVE, { i: { allianceId, indicatorId, reportingPeriodId, value: 14, version: 2 } }, P))).toBe('MEASUREMENT_LOCKED');

    const noReason = await t.gql(REJECT, { i: { allianceId, measurementId: draft.id, version: 2, reason: '   ' } }, B);
    expect(code(noReason)).toBe('VALIDATION_FAILED');
    const rejected = (await t.ok(REJECT, { i: { allianceId, measurementId: draft.id, version: 2, reason: 'Bitte nur Plätze ab 1. Januar zählen.' } }, B))
      .rejectMeasurement;
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: 'Bitte nur Plätze ab 1. Januar zählen.', version: 3 });
    expect(code(await t.gql(APPROVE, { i: { allianceId, measurementId: draft.id, version: 3 } }, B))).toBe('INVALID_TRANSITION');

    const fixed = (await t.ok(SAVE, { i: { allianceId, indicatorId, reportingPeriodId, value: 10, version: 3 } }, P)).saveMeasurement;
    expect(fixed).toMatchObject({ status: 'DRAFT', value: 10, version: 4, note: '' });
    const resubmitted = (await t.ok(SUBMIT, { i: { allianceId, measurementId: draft.id, version: 4 } }, P)).submitMeasurement;
    expect(resubmitted).toMatchObject({ status: 'SUBMITTED', rejectionReason: null });
    const approved = (await t.ok(APPROVE, { i: { allianceId, measurementId: draft.id, version: 5 } }, B)).approveMeasurement;
    expect(approved).toMatchObject({ status: 'APPROVED', value: 10, version: 6 });
    expect(approved.reviewedByName).toBeTruthy();

    // Approved values are locked, for the partner and the backbone alike, until the backbone reopens them.
    expect(code(await t.gql(SAVE, { i: { allianceId, indicatorId, reportingPeriodId, value: 11, version: 6 } }, P))).toBe('MEASUREMENT_LOCKED');
    expect(code(await t.gql(SAVE, { i: { allianceId, indicatorId, reportingPeriodId, membershipId: partner.membershipId, value: 11, version: 6 } }, B))).toBe(
      'MEASUREMENT_LOCKED',
    );
    expect(code(await t.gql(SUBMIT, { i: { allianceId, measurementId: draft.id, version: 6 } }, P))).toBe('INVALID_TRANSITION');
    expect(code(await t.gql(REOPEN, { i: { allianceId, measurementId: draft.id, version: 6, reason: 'x' } }, P))).toBe('FORBIDDEN');
    const reopened = (await t.ok(REOPEN, { i: { allianceId, measurementId: draft.id, version: 6, reason: 'Doppelzählung mit Q4 prüfen' } }, B))
      .reopenMeasurement;
    expect(reopened).toMatchObject({ status: 'DRAFT', rejectionReason: 'Doppelzählung mit Q4 prüfen', version: 7 });
    expect((await t.ok(SAVE, { i: { allianceId, indicatorId, reportingPeriodId, value: 9, version: 7 } }, P)).saveMeasurement).toMatchObject({ value: 9 });

    const audit = await t.sql(`SELECT action, after FROM audit_events WHERE alliance_id = $1 AND entity_type = 'Measurement' ORDER BY occurred_at, id`, [
      allianceId,
    ]);
    expect(audit.map((a) => a.action)).toEqual([
      'measurement.created',
      'measurement.submitted',
      'measurement.rejected',
      'measurement.saved',
      'measurement.submitted',
      'measurement.approved',
      'measurement.reopened',
      'measurement.saved',
    ]);
    expect(audit[6].after).toMatchObject({ status: 'DRAFT', reason: 'Doppelzählung mit Q4 prüfen' });
  });

  it('a closed period refuses saves, submissions and reopening; reviews of submitted values go on; reopening the period lets reporting resume', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const indicatorId = await createIndicator(t, allianceId);
    const other = await createIndicator(t, allianceId);
    const opened = (await t.ok(OPEN, { i: { allianceId, frequency: 'QUARTERLY', periodKey: '2026-Q2' } }, { token: backbone.token })).openReportingPeriod;
    const reportingPeriodId = opened.id;
    const m = (await t.ok(SAVE, { i: { allianceId, indicatorId, reportingPeriodId, value: 5 } }, { token: partner.token })).saveMeasurement;
    const draftOther = (await t.ok(SAVE, { i: { allianceId, indicatorId: other, reportingPeriodId, value: 1 } }, { token: partner.token })).saveMeasurement;
    await t.ok(SUBMIT, { i: { allianceId, measurementId: m.id, version: 1 } }, { token: partner.token });
    const closed = (await t.ok(CLOSE, { i: { allianceId, reportingPeriodId, version: opened.version } }, { token: backbone.token })).closeReportingPeriod;
    expect(closed).toMatchObject({ state: 'CLOSED', version: 2 });

    const late = await t.gql(SAVE, { i: { allianceId, indicatorId: other, reportingPeriodId, value: 2, version: 1 } }, { token: partner.token, lang: 'en' });
    expect(code(late)).toBe('REPORTING_PERIOD_CLOSED');
    expect(late.errors?.[0].message).toBe('The reporting period 2026-Q2 is closed: values in it can no longer be saved, submitted or returned.');
    expect(code(await t.gql(SUBMIT, { i: { allianceId, measurementId: draftOther.id, version: 1 } }, { token: partner.token }))).toBe(
      'REPORTING_PERIOD_CLOSED',
    );
    const approved = (await t.ok(APPROVE, { i: { allianceId, measurementId: m.id, version: 2 } }, { token: backbone.token })).approveMeasurement;
    expect(approved.status).toBe('APPROVED');
    expect(code(await t.gql(REOPEN, { i: { allianceId, measurementId: m.id, version: 3, reason: 'x' } }, { token: backbone.token }))).toBe(
      'REPORTING_PERIOD_CLOSED',
    );
    expect(await t.sql(`SELECT value::float8 AS v, status FROM measurements WHERE id = $1`, [draftOther.id])).toEqual([{ v: 1, status: 'DRAFT' }]);

    const reopened = (await t.ok(OPEN, { i: { allianceId, frequency: 'QUARTERLY', periodKey: '2026-Q2' } }, { token: backbone.token })).openReportingPeriod;
    expect(reopened).toMatchObject({ id: reportingPeriodId, state: 'OPEN', version: 3 });
    expect(
      (await t.ok(SAVE, { i: { allianceId, indicatorId: other, reportingPeriodId, value: 2, version: 1 } }, { token: partner.token })).saveMeasurement.value,
    ).toBe(2);
  });

  it("refuses a period of another frequency than the indicator's", async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const monthly = await createIndicator(t, allianceId, { name: 'Beratungen pro Monat', frequency: 'MONTHLY' });
    const quarter = await openPeriod(t, backbone.token, allianceId, '2026-Q1');
    const r = await t.gql(SAVE, { i: { allianceId, indicatorId: monthly, reportingPeriodId: quarter, value: 3 } }, { token: partner.token });
    expect(code(r)).toBe('FREQUENCY_MISMATCH');
    expect(r.errors?.[0].message).toBe('Der Berichtszeitraum 2026-Q1 passt nicht zum Erhebungsrhythmus des Indikators „Beratungen pro Monat“.');
    const month = await openPeriod(t, backbone.token, allianceId, '2026-01', 'MONTHLY');
    expect(
      (await t.ok(SAVE, { i: { allianceId, indicatorId: monthly, reportingPeriodId: month, value: 3 } }, { token: partner.token })).saveMeasurement.periodKey,
    ).toBe('2026-01');
    const archived = await createIndicator(t, allianceId, { status: 'ARCHIVED' });
    expect(fields(await t.gql(SAVE, { i: { allianceId, indicatorId: archived, reportingPeriodId: quarter, value: 3 } }, { token: partner.token }))).toEqual([
      'indicatorId:archived',
    ]);
  });

  it('takes only numbers where numbers are meant; RATIO values are numerator / denominator', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const sum = await createIndicator(t, allianceId);
    const ratio = await createIndicator(t, allianceId, { aggregation: 'RATIO', name: 'Übergangsquote' });
    const reportingPeriodId = await openPeriod(t, backbone.token, allianceId, '2026-Q1');
    const P = { token: partner.token };
    const base = { allianceId, reportingPeriodId };

    expect(code(await t.gql(SAVE, { i: { ...base, indicatorId: sum, value: 'zwölf' } }, P))).toBe('VALIDATION_FAILED');
    expect(code(await t.gql(SAVE, { i: { ...base, indicatorId: sum, value: '12' } }, P))).toBe('VALIDATION_FAILED');
    // JSON has no NaN: a client's NaN arrives as null, i.e. as a missing value.
    expect(fields(await t.gql(SAVE, { i: { ...base, indicatorId: sum, value: NaN } }, P))).toEqual(['value:required']);
    expect(fields(await t.gql(SAVE, { i: { ...base, indicatorId: sum, value: 3, numerator: 1 } }, P))).toEqual(['numerator:notExpected']);
    expect(fields(await t.gql(SAVE, { i: { ...base, indicatorId: ratio, numerator: 3, denominator: -4 } }, P))).toEqual(['denominator:mustBePositive']);
    expect(fields(await t.gql(SAVE, { i: { ...base, indicatorId: ratio, numerator: 3, denominator: 0 } }, P))).toEqual(['denominator:mustBePositive']);
    expect(fields(await t.gql(SAVE, { i: { ...base, indicatorId: ratio, value: 0.5, numerator: -1 } }, P))).toEqual([
      'value:notExpected',
      'numerator:mustNotBeNegative',
      'denominator:required',
    ]);
    const en = await t.gql(SAVE, { i: { ...base, indicatorId: ratio, numerator: 3 } }, { ...P, lang: 'en' });
    expect(en.errors?.[0].message).toBe('Please check your input: denominator (required).');
    expect(await t.sql(`SELECT count(*)::int AS n FROM measurements WHERE alliance_id = $1`, [allianceId])).toEqual([{ n: 0 }]);

    const saved = (await t.ok(SAVE, { i: { ...base, indicatorId: ratio, numerator: 1, denominator: 3 } }, P)).saveMeasurement;
    expect(saved).toMatchObject({ numerator: 1, denominator: 3 });
    expect(saved.value).toBeCloseTo(1 / 3, 12);
  });

  it('parts: categories of the indicator only; for SUM each dimension adds up to the total; a dimension may be left out', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const sum = await createIndicator(t, allianceId, { name: 'Teilnehmende' });
    const avg = await createIndicator(t, allianceId, { aggregation: 'AVERAGE', name: 'Zufriedenheit' });
    const gender = await createDimension(t, allianceId, 'Geschlecht', ['weiblich', 'männlich', 'divers'], [sum, avg]);
    const age = await createDimension(t, allianceId, 'Alter', ['unter 18', '18 bis 24'], [sum]);
    const district = await createDimension(t, allianceId, 'Stadtteil', ['Nord', 'Süd']);
    const reportingPeriodId = await openPeriod(t, backbone.token, allianceId, '2026-Q1');
    const P = { token: partner.token };
    const g = gender.categories;
    const base = { allianceId, reportingPeriodId, indicatorId: sum };

    const off = await t.gql(
      SAVE,
      {
        i: {
          ...base,
          value: 10,
          parts: [
            { categoryId: g.weiblich, value: 5 },
            { categoryId: g['männlich'], value: 4 },
          ],
        },
      },
      P,
    );
    expect(code(off)).toBe('PARTS_DO_NOT_ADD_UP');
    expect(off.errors?.[0].extensions?.params).toEqual({ dimension: 'Geschlecht', sum: 9, total: 10 });
    expect(off.errors?.[0].message).toBe('Die Aufschlüsselung nach „Geschlecht“ ergibt 9, der Gesamtwert ist aber 10.');
    const foreignCategory = await t.gql(SAVE, { i: { ...base, value: 10, parts: [{ categoryId: district.categories.Nord, value: 10 }] } }, P);
    expect(fields(foreignCategory)).toEqual(['parts.0.categoryId:unknownCategory']);
    const twice = await t.gql(
      SAVE,
      {
        i: {
          ...base,
          value: 10,
          parts: [
            { categoryId: g.divers, value: 5 },
            { categoryId: g.divers, value: 5 },
          ],
        },
      },
      P,
    );
    expect(fields(twice)).toEqual(['parts.1.categoryId:duplicate']);
    expect(await t.sql(`SELECT count(*)::int AS n FROM measurements WHERE alliance_id = $1`, [allianceId])).toEqual([{ n: 0 }]);

    // Gender given in full, age left out; decimals add up within a small epsilon (0.1 + 0.2 ≠ 0.3 in binary).
    const saved = (
      await t.ok(
        SAVE,
        {
          i: {
            ...base,
            value: 0.3,
            parts: [
              { categoryId: g.weiblich, value: 0.1 },
              { categoryId: g['männlich'], value: 0.2 },
            ],
          },
        },
        P,
      )
    ).saveMeasurement;
    expect(saved.parts.map((p: any) => [p.dimensionName, p.categoryName, p.value])).toEqual([
      ['Geschlecht', 'weiblich', 0.1],
      ['Geschlecht', 'männlich', 0.2],
    ]);
    const both = (
      await t.ok(
        SAVE,
        {
          i: {
            ...base,
            value: 7,
            version: saved.version,
            parts: [
              { categoryId: g.weiblich, value: 3 },
              { categoryId: g.divers, value: 4 },
              { categoryId: age.categories['unter 18'], value: 2 },
              { categoryId: age.categories['18 bis 24'], value: 5 },
            ],
          },
        },
        P,
      )
    ).saveMeasurement;
    expect(both.parts).toHaveLength(4);
    const ageOff = await t.gql(
      SAVE,
      {
        i: {
          ...base,
          value: 7,
          version: both.version,
          parts: [
            { categoryId: g.weiblich, value: 7 },
            { categoryId: age.categories['unter 18'], value: 6 },
          ],
        },
      },
      P,
    );
    expect(ageOff.errors?.[0].extensions?.params).toMatchObject({ dimension: 'Alter', sum: 6, total: 7 });
    expect(await t.sql(`SELECT count(*)::int AS n FROM measurement_parts WHERE measurement_id = $1`, [both.id])).toEqual([{ n: 4 }]);

    // Averages are not sums: their parts need not add up.
    const mean = (
      await t.ok(
        SAVE,
        {
          i: {
            ...base,
            indicatorId: avg,
            value: 4.2,
            parts: [
              { categoryId: g.weiblich, value: 4.5 },
              { categoryId: g.divers, value: 3.9 },
            ],
          },
        },
        P,
      )
    ).saveMeasurement;
    expect(mean.parts).toHaveLength(2);
  });

  it('a stale version is refused with CONFLICT and changes nothing', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const indicatorId = await createIndicator(t, allianceId);
    const opened = (await t.ok(OPEN, { i: { allianceId, frequency: 'QUARTERLY', periodKey: '2026-Q3' } }, { token: backbone.token })).openReportingPeriod;
    const m = (await t.ok(SAVE, { i: { allianceId, indicatorId, reportingPeriodId: opened.id, value: 5 } }, { token: partner.token })).saveMeasurement;
    await t.ok(SAVE, { i: { allianceId, indicatorId, reportingPeriodId: opened.id, value: 6, version: 1 } }, { token: partner.token });
    const stale = await t.gql(SAVE, { i: { allianceId, indicatorId, reportingPeriodId: opened.id, value: 7, version: 1 } }, { token: partner.token });
    expect(code(stale)).toBe('CONFLICT');
    expect(code(await t.gql(SUBMIT, { i: { allianceId, measurementId: m.id, version: 1 } }, { token: partner.token }))).toBe('CONFLICT');
    expect(code(await t.gql(CLOSE, { i: { allianceId, reportingPeriodId: opened.id, version: 99 } }, { token: backbone.token }))).toBe('CONFLICT');
    expect(await t.sql(`SELECT value::float8 AS v, status, version FROM measurements WHERE id = $1`, [m.id])).toEqual([{ v: 6, status: 'DRAFT', version: 2 }]);
    expect(await t.sql(`SELECT state, version FROM reporting_periods WHERE id = $1`, [opened.id])).toEqual([{ state: 'OPEN', version: 1 }]);
  });

  it('approves several submitted values at once, all or nothing', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const [i1, i2, i3] = [await createIndicator(t, allianceId), await createIndicator(t, allianceId), await createIndicator(t, allianceId)];
    const reportingPeriodId = await openPeriod(t, backbone.token, allianceId, '2026-Q1');
    const P = { token: partner.token };
    const submitted = async (indicatorId: string, value: number) => {
      const saved = (await t.ok(SAVE, { i: { allianceId, indicatorId, reportingPeriodId, value } }, P)).saveMeasurement;
      return (await t.ok(SUBMIT, { i: { allianceId, measurementId: saved.id, version: saved.version } }, P)).submitMeasurement;
    };
    const [a, b, c] = [await submitted(i1, 1), await submitted(i2, 2), await submitted(i3, 3)];
    const BULK_APPROVE = `mutation($i: ApproveMeasurementsInput!) { approveMeasurements(input: $i) { id status version } }`;
    const state = () => t.sql(`SELECT id, status, version FROM measurements WHERE alliance_id = $1 ORDER BY id`, [allianceId]);
    const audits = async () =>
      (await t.sql(`SELECT count(*)::int AS n FROM audit_events WHERE alliance_id = $1 AND action = 'measurement.approved'`, [allianceId]))[0].n;
    const before = await state();

    // One stale version stops the batch: nothing is approved.
    const stale = await t.gql(
      BULK_APPROVE,
      {
        i: {
          allianceId,
          items: [
            { measurementId: a.id, version: a.version },
            { measurementId: b.id, version: b.version - 1 },
          ],
        },
      },
      { token: backbone.token },
    );
    expect(code(stale)).toBe('CONFLICT');
    expect(await state()).toEqual(before);
    expect(await audits()).toBe(0);
    // The same value twice, an empty list, and a partner: refused, nothing changed.
    const twice = await t.gql(
      BULK_APPROVE,
      {
        i: {
          allianceId,
          items: [
            { measurementId: a.id, version: a.version },
            { measurementId: a.id, version: a.version },
          ],
        },
      },
      { token: backbone.token, lang: 'en' },
    );
    expect(code(twice)).toBe('VALIDATION_FAILED');
    expect(twice.errors?.[0].extensions?.fields).toEqual([{ field: 'items', code: 'duplicate' }]);
    expect(code(await t.gql(BULK_APPROVE, { i: { allianceId, items: [] } }, { token: backbone.token }))).toBe('VALIDATION_FAILED');
    expect(code(await t.gql(BULK_APPROVE, { i: { allianceId, items: [{ measurementId: a.id, version: a.version }] } }, P))).toBe('FORBIDDEN');
    expect(await state()).toEqual(before);

    const done = (
      await t.ok(BULK_APPROVE, { i: { allianceId, items: [a, b].map((m) => ({ measurementId: m.id, version: m.version })) } }, { token: backbone.token })
    ).approveMeasurements;
    expect(done).toEqual([
      { id: a.id, status: 'APPROVED', version: a.version + 1 },
      { id: b.id, status: 'APPROVED', version: b.version + 1 },
    ]);
    expect(await audits()).toBe(2);
    expect((await t.sql(`SELECT status FROM measurements WHERE id = $1`, [c.id]))[0].status).toBe('SUBMITTED');
  });
});
