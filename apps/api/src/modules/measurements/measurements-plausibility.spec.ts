import { TestApp } from '../../test/test-app';
import { CREATE, UPDATE } from '../indicators/indicators.test-helpers';
import { createDimension, createIndicator, openPeriod, SAVE, SUBMIT } from './measurements.fixtures';

const WARNINGS = `warnings { code message field previousPeriodKey previousValue value change }`;
const SAVE_W = `mutation($i: SaveMeasurementInput!) { saveMeasurement(input: $i) { id status value version ${WARNINGS} } }`;
const SUBMIT_W = `mutation($i: SubmitMeasurementInput!) { submitMeasurement(input: $i) { id status version ${WARNINGS} } }`;
const BULK_W = `mutation($i: SubmitMeasurementsInput!) { submitMeasurements(input: $i) {
  ok saved { id status value ${WARNINGS} } errors { row code message field fieldCode params } warnings { row code field previousValue value change message } } }`;
const RULES = 'allowNegative integerOnly minValue maxValue allowRatioAboveOne jumpWarningShare version';

describe('measurements: plausibility per indicator', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  /** Sets plausibility columns as the backbone would (the indicator API is tested below). */
  const setRules = (allianceId: string, id: string, r: Record<string, unknown>) =>
    t.sql(
      `UPDATE indicators SET allow_negative = coalesce($3, allow_negative), integer_only = coalesce($4, integer_only), min_value = $5, max_value = $6,
              allow_ratio_above_one = coalesce($7, allow_ratio_above_one), jump_warning_share = $8 WHERE alliance_id = $1 AND id = $2`,
      [
        allianceId,
        id,
        r.allowNegative ?? null,
        r.integerOnly ?? null,
        r.minValue ?? null,
        r.maxValue ?? null,
        r.allowRatioAboveOne ?? null,
        r.jumpWarningShare ?? null,
      ],
    );
  const snapshot = (allianceId: string) =>
    t.sql(
      `SELECT (SELECT json_agg(json_build_object('id', id, 'value', value::float8, 'status', status, 'version', version) ORDER BY id)
                 FROM measurements WHERE alliance_id = $1) AS measurements,
              (SELECT count(*)::int FROM measurement_parts WHERE alliance_id = $1) AS parts,
              (SELECT count(*)::int FROM audit_events WHERE alliance_id = $1) AS audit`,
      [allianceId],
    );

  it('refuses each implausible value with a stable code and its bound, and changes nothing', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const count = await createIndicator(t, allianceId);
    const score = await createIndicator(t, allianceId, { aggregation: 'AVERAGE' });
    const share = await createIndicator(t, allianceId, { aggregation: 'RATIO' });
    const gender = await createDimension(t, allianceId, 'Geschlecht', ['weiblich', 'männlich'], [count]);
    await setRules(allianceId, count, { integerOnly: true });
    await setRules(allianceId, score, { minValue: 1, maxValue: 5 });
    const reportingPeriodId = await openPeriod(t, backbone.token, allianceId, '2026-Q1');
    const P = { token: partner.token };
    const before = await snapshot(allianceId);
    const refused = async (input: Record<string, unknown>, lang = 'de') => {
      const r = await t.gql(SAVE, { i: { allianceId, reportingPeriodId, ...input } }, { ...P, lang });
      expect(r.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
      return { fields: r.errors![0].extensions!.fields, message: r.errors![0].message };
    };

    expect(await refused({ indicatorId: count, value: -3 })).toEqual({
      fields: [{ field: 'value', code: 'mustNotBeNegative' }],
      message: 'Bitte prüfen Sie Ihre Eingaben: value (darf nicht negativ sein).',
    });
    expect((await refused({ indicatorId: count, value: 12.5 }, 'en')).message).toBe('Please check your input: value (whole numbers only).');
    expect(
      (
        await refused({
          indicatorId: count,
          value: 3,
          parts: [
            { categoryId: gender.categories.weiblich, value: 3.5 },
            { categoryId: gender.categories['männlich'], value: -0.5 },
          ],
        })
      ).fields,
    ).toEqual([
      { field: 'parts.0.value', code: 'notInteger' },
      { field: 'parts.1.value', code: 'mustNotBeNegative' },
    ]);
    expect(await refused({ indicatorId: score, value: 0.5 })).toEqual({
      fields: [{ field: 'value', code: 'belowMin', params: { min: 1 } }],
      message: 'Bitte prüfen Sie Ihre Eingaben: value (kleiner als der Mindestwert 1).',
    });
    expect(await refused({ indicatorId: score, value: 5.5 }, 'en')).toEqual({
      fields: [{ field: 'value', code: 'aboveMax', params: { max: 5 } }],
      message: 'Please check your input: value (greater than the maximum 5).',
    });
    expect(await refused({ indicatorId: share, numerator: 21, denominator: 20 })).toEqual({
      fields: [{ field: 'numerator', code: 'numeratorAboveDenominator', params: { denominator: 20 } }],
      message: 'Bitte prüfen Sie Ihre Eingaben: numerator (der Zähler darf nicht größer sein als der Nenner (20)).',
    });
    expect(await snapshot(allianceId)).toEqual(before);

    // The same values pass once the indicator allows them.
    await setRules(allianceId, score, { allowNegative: true });
    await setRules(allianceId, share, { allowRatioAboveOne: true });
    expect((await t.ok(SAVE, { i: { allianceId, reportingPeriodId, indicatorId: score, value: -0.5 } }, P)).saveMeasurement.value).toBe(-0.5);
    expect((await t.ok(SAVE, { i: { allianceId, reportingPeriodId, indicatorId: share, numerator: 21, denominator: 20 } }, P)).saveMeasurement.value).toBe(
      1.05,
    );
  });

  it('checks the stored value again on submit, against the rules as they are now', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const count = await createIndicator(t, allianceId);
    const reportingPeriodId = await openPeriod(t, backbone.token, allianceId, '2026-Q1');
    const draft = (await t.ok(SAVE, { i: { allianceId, reportingPeriodId, indicatorId: count, value: 7.5 } }, { token: partner.token })).saveMeasurement;
    await setRules(allianceId, count, { integerOnly: true });
    const before = await snapshot(allianceId);
    const r = await t.gql(SUBMIT, { i: { allianceId, measurementId: draft.id, version: draft.version } }, { token: partner.token });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'value', code: 'notInteger' }] });
    expect(await snapshot(allianceId)).toEqual(before);
  });

  it('warns about a jump from the previous period, and saves the value all the same', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const count = await createIndicator(t, allianceId);
    const share = await createIndicator(t, allianceId, { aggregation: 'RATIO' });
    await setRules(allianceId, count, { jumpWarningShare: 0.5 });
    await setRules(allianceId, share, { jumpWarningShare: 0.25 });
    const q1 = await openPeriod(t, backbone.token, allianceId, '2026-Q1');
    const q2 = await openPeriod(t, backbone.token, allianceId, '2026-Q2');
    const P = { token: partner.token };
    const first = (await t.ok(SAVE_W, { i: { allianceId, reportingPeriodId: q1, indicatorId: count, value: 12 } }, P)).saveMeasurement;
    expect(first.warnings).toEqual([]); // nothing to compare with

    const jumped = (await t.ok(SAVE_W, { i: { allianceId, reportingPeriodId: q2, indicatorId: count, value: 34 } }, P)).saveMeasurement;
    expect(jumped).toMatchObject({ status: 'DRAFT', value: 34 });
    expect(jumped.warnings).toEqual([
      {
        code: 'valueJump',
        field: 'value',
        previousPeriodKey: '2026-Q1',
        previousValue: 12,
        value: 34,
        change: expect.closeTo(1.8333, 3),
        message: 'Der Wert weicht um 183 % vom Vorzeitraum ab (12 → 34). Bitte prüfen.',
      },
    ]);
    expect(await t.sql(`SELECT value::float8 AS value FROM measurements WHERE id = $1`, [jumped.id])).toEqual([{ value: 34 }]);
    const submitted = (await t.gql(SUBMIT_W, { i: { allianceId, measurementId: jumped.id, version: jumped.version } }, { ...P, lang: 'en' })).data!
      .submitMeasurement;
    expect(submitted.status).toBe('SUBMITTED');
    expect(submitted.warnings.map((w: any) => w.message)).toEqual(['The value differs by 183 % from the previous period (12 → 34). Please check.']);

    // Within the share: no warning. A ratio compares its share.
    await t.ok(SAVE_W, { i: { allianceId, reportingPeriodId: q1, indicatorId: share, numerator: 5, denominator: 10 } }, P);
    const ratio = (await t.ok(SAVE_W, { i: { allianceId, reportingPeriodId: q2, indicatorId: share, numerator: 9, denominator: 10 } }, P)).saveMeasurement;
    expect(ratio.warnings).toMatchObject([{ field: 'numerator', previousValue: 0.5, value: 0.9 }]);
    const calm = (
      await t.ok(SAVE_W, { i: { allianceId, reportingPeriodId: q2, indicatorId: share, numerator: 6, denominator: 10, version: ratio.version } }, P)
    ).saveMeasurement;
    expect(calm.warnings).toEqual([]);
  });

  it('shows the reviewer the same jump warning and the previous value in the review queue', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const count = await createIndicator(t, allianceId);
    const calmRule = await createIndicator(t, allianceId);
    await setRules(allianceId, count, { jumpWarningShare: 0.5 });
    const [q1, q2, q4] = [
      await openPeriod(t, backbone.token, allianceId, '2026-Q1'),
      await openPeriod(t, backbone.token, allianceId, '2026-Q2'),
      await openPeriod(t, backbone.token, allianceId, '2026-Q4'),
    ];
    const P = { token: partner.token };
    const submit = async (reportingPeriodId: string, indicatorId: string, value: number) => {
      const saved = (await t.ok(SAVE_W, { i: { allianceId, reportingPeriodId, indicatorId, value } }, P)).saveMeasurement;
      await t.ok(SUBMIT_W, { i: { allianceId, measurementId: saved.id, version: saved.version } }, P);
      return saved.id as string;
    };
    const q1Count = await submit(q1, count, 12);
    const jumped = await submit(q2, count, 34);
    const gap = await submit(q4, count, 100); // Q3 is missing: the previous value is shown, but no jump is judged across the gap
    await submit(q1, calmRule, 1);
    const noRule = await submit(q2, calmRule, 50);

    const QUEUE = `query($a: ID!) { reviewQueue(allianceId: $a, page: { first: 50 }) { nodes { id periodKey previous { periodKey value status } ${WARNINGS} } } }`;
    const queue = async (lang: string) =>
      new Map<string, any>((await t.ok(QUEUE, { a: allianceId }, { token: backbone.token, lang })).reviewQueue.nodes.map((n: any) => [n.id, n]));
    const de = await queue('de');
    expect(de.get(jumped)).toMatchObject({
      previous: { periodKey: '2026-Q1', value: 12, status: 'SUBMITTED' },
      warnings: [
        {
          code: 'valueJump',
          previousPeriodKey: '2026-Q1',
          previousValue: 12,
          value: 34,
          message: 'Der Wert weicht um 183 % vom Vorzeitraum ab (12 → 34). Bitte prüfen.',
        },
      ],
    });
    expect(de.get(gap)).toMatchObject({ previous: { periodKey: '2026-Q2', value: 34 }, warnings: [] });
    expect(de.get(noRule)).toMatchObject({ previous: { periodKey: '2026-Q1', value: 1 }, warnings: [] });
    expect(de.get(q1Count)).toMatchObject({ previous: null, warnings: [] });
    expect((await queue('en')).get(jumped).warnings[0].message).toBe('The value differs by 183 % from the previous period (12 → 34). Please check.');

    // A rejected earlier value is not what the new one follows.
    const REJECT = `mutation($i: RejectMeasurementInput!) { rejectMeasurement(input: $i) { id status } }`;
    const [{ version }] = await t.sql(`SELECT version FROM measurements WHERE id = $1`, [q1Count]);
    await t.ok(REJECT, { i: { allianceId, measurementId: q1Count, version, reason: 'Bitte prüfen.' } }, { token: backbone.token });
    expect((await queue('de')).get(jumped)).toMatchObject({ previous: null, warnings: [] });
  });

  it('bulk entry reports each rule per row, and warnings per row without failing it', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const count = await createIndicator(t, allianceId);
    const other = await createIndicator(t, allianceId);
    const share = await createIndicator(t, allianceId, { aggregation: 'RATIO' });
    await setRules(allianceId, count, { integerOnly: true, maxValue: 100, jumpWarningShare: 0.5 });
    const q1 = await openPeriod(t, backbone.token, allianceId, '2026-Q1');
    const q2 = await openPeriod(t, backbone.token, allianceId, '2026-Q2');
    const P = { token: partner.token, lang: 'en' };
    await t.ok(SAVE, { i: { allianceId, reportingPeriodId: q1, indicatorId: count, value: 10 } }, P);
    const before = await snapshot(allianceId);

    const bad = (
      await t.gql(
        BULK_W,
        {
          i: {
            allianceId,
            rows: [
              { indicatorId: count, reportingPeriodId: q2, value: 40, submit: true }, // good, but a jump
              { indicatorId: other, reportingPeriodId: q2, value: -1 },
              { indicatorId: share, reportingPeriodId: q2, numerator: 5, denominator: 4 },
            ],
          },
        },
        P,
      )
    ).data!.submitMeasurements;
    expect(bad.ok).toBe(false);
    expect(bad.errors).toEqual([
      {
        row: 1,
        code: 'VALIDATION_FAILED',
        field: 'value',
        fieldCode: 'mustNotBeNegative',
        params: null,
        message: 'Please check your input: value (must not be negative).',
      },
      {
        row: 2,
        code: 'VALIDATION_FAILED',
        field: 'numerator',
        fieldCode: 'numeratorAboveDenominator',
        params: { denominator: 4 },
        message: 'Please check your input: numerator (the numerator must not exceed the denominator (4)).',
      },
    ]);
    expect(bad.warnings).toMatchObject([{ row: 0, code: 'valueJump', field: 'value', previousValue: 10, value: 40, change: 3 }]);
    expect(await snapshot(allianceId)).toEqual(before);

    const tooBig = (await t.ok(BULK_W, { i: { allianceId, rows: [{ indicatorId: count, reportingPeriodId: q2, value: 100.5 }] } }, P)).submitMeasurements;
    expect(tooBig.errors.map((e: any) => [e.fieldCode, e.params])).toEqual([['notInteger', null]]);
    const tooMany = (await t.ok(BULK_W, { i: { allianceId, rows: [{ indicatorId: count, reportingPeriodId: q2, value: 101 }] } }, P)).submitMeasurements;
    expect(tooMany.errors.map((e: any) => [e.fieldCode, e.params])).toEqual([['aboveMax', { max: 100 }]]);

    const good = (
      await t.ok(
        BULK_W,
        {
          i: {
            allianceId,
            rows: [
              { indicatorId: count, reportingPeriodId: q2, value: 40, submit: true },
              { indicatorId: other, reportingPeriodId: q2, value: 0 },
            ],
          },
        },
        P,
      )
    ).submitMeasurements;
    expect(good.ok).toBe(true);
    expect(good.saved.map((m: any) => [m.status, m.value, m.warnings.length])).toEqual([
      ['SUBMITTED', 40, 1],
      ['DRAFT', 0, 0],
    ]);
    expect(good.warnings.map((w: any) => [w.row, w.message])).toEqual([[0, 'The value differs by 300 % from the previous period (10 → 40). Please check.']]);
  });

  it('lets the backbone set the rules on the indicator, audited like its other fields', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const B = { token: backbone.token };
    const base = { allianceId, name: 'Kinder in Leseförderung', direction: 'INCREASE', aggregation: 'SUM', frequency: 'MONTHLY', rbaKind: 'HOW_MUCH' };
    const plain = (await t.ok(`mutation($i: CreateIndicatorInput!) { createIndicator(input: $i) { id ${RULES} } }`, { i: base }, B)).createIndicator;
    expect(plain).toMatchObject({
      allowNegative: false,
      integerOnly: false,
      minValue: null,
      maxValue: null,
      allowRatioAboveOne: false,
      jumpWarningShare: null,
    });

    const created = (
      await t.ok(CREATE.replace('version', `version ${RULES}`), { i: { ...base, name: 'Zählung', integerOnly: true, maxValue: 500, jumpWarningShare: 0.5 } }, B)
    ).createIndicator;
    expect(created).toMatchObject({ integerOnly: true, maxValue: 500, jumpWarningShare: 0.5, allowNegative: false });
    const updated = (
      await t.ok(
        UPDATE.replace('version', `version ${RULES}`),
        { i: { allianceId, indicatorId: created.id, version: created.version, maxValue: null, minValue: 1, allowNegative: true } },
        B,
      )
    ).updateIndicator;
    expect(updated).toMatchObject({ integerOnly: true, minValue: 1, maxValue: null, allowNegative: true, jumpWarningShare: 0.5 });
    const audit = await t.sql(`SELECT before, after FROM audit_events WHERE alliance_id = $1 AND entity_id = $2 AND action = 'indicator.updated'`, [
      allianceId,
      created.id,
    ]);
    expect(audit[0].before).toMatchObject({ maxValue: 500, minValue: null, allowNegative: false });
    expect(audit[0].after).toMatchObject({ maxValue: null, minValue: 1, allowNegative: true });

    const contradictory = await t.gql(UPDATE, { i: { allianceId, indicatorId: created.id, version: updated.version, minValue: 10, maxValue: 5 } }, B);
    expect(contradictory.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'maxValue', code: 'belowMin', params: { min: 10 } }],
    });
    const zeroShare = await t.gql(UPDATE, { i: { allianceId, indicatorId: created.id, version: updated.version, jumpWarningShare: 0 } }, B);
    expect(zeroShare.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    const byPartner = await t.gql(
      UPDATE,
      { i: { allianceId, indicatorId: created.id, version: updated.version, allowNegative: false } },
      { token: partner.token },
    );
    expect(byPartner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
