import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { DomainError } from '../../core/errors';
import { assertEditable, assertStatus, assertVersion, checkNumbers, checkPartShapes, checkPartsAddUp } from './measurement-rules';
import { writableMeasurement } from './measurements.access';
import type { MeasurementState } from './measurements.repository';

/** Pure rules of a value: no database, no app (small tests). */
const failure = (fn: () => unknown): DomainError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
};

const state = (over: Partial<MeasurementState> = {}): MeasurementState => ({
  id: 'm1',
  indicatorId: 'i1',
  membershipId: 'own',
  status: 'DRAFT',
  version: 3,
  value: 10,
  aggregation: 'SUM',
  periodKey: '2026-Q1',
  periodState: 'OPEN',
  maxOverlap: 0,
  ...over,
});
const ctx = (role: AllianceContext['role'], membershipId = 'own') => ({ role, membershipId }) as AllianceContext;

describe('checkNumbers', () => {
  it('takes a value for SUM and computes nothing else; the note is trimmed', () => {
    expect(checkNumbers('SUM', { value: 12, note: '  gezählt am Eingang ' })).toEqual({
      value: 12,
      numerator: null,
      denominator: null,
      note: 'gezählt am Eingang',
    });
  });

  it('reports every problem at once: a missing value and a numerator that does not belong', () => {
    const e = failure(() => checkNumbers('AVERAGE', { value: null, numerator: 3 }));
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.fields).toEqual([
      { field: 'value', code: 'required' },
      { field: 'numerator', code: 'notExpected' },
    ]);
  });

  it('RATIO takes numerator ≥ 0 and denominator > 0, never a value', () => {
    expect(checkNumbers('RATIO', { numerator: 0, denominator: 4 })).toMatchObject({ value: null, numerator: 0, denominator: 4 });
    expect(failure(() => checkNumbers('RATIO', { value: 1, numerator: -1, denominator: 0 })).fields).toEqual([
      { field: 'value', code: 'notExpected' },
      { field: 'numerator', code: 'mustNotBeNegative' },
      { field: 'denominator', code: 'mustBePositive' },
    ]);
  });

  it('refuses NaN and Infinity as "not finite"', () => {
    expect(failure(() => checkNumbers('SUM', { value: Number.NaN })).fields).toEqual([{ field: 'value', code: 'notFinite' }]);
    expect(failure(() => checkNumbers('RATIO', { numerator: 1, denominator: Infinity })).fields).toEqual([{ field: 'denominator', code: 'notFinite' }]);
  });
});

describe('parts of a value', () => {
  const dims = new Map([
    ['w', { dimensionId: 'gender', dimensionName: 'Geschlecht' }],
    ['m', { dimensionId: 'gender', dimensionName: 'Geschlecht' }],
    ['u18', { dimensionId: 'age', dimensionName: 'Alter' }],
    ['o18', { dimensionId: 'age', dimensionName: 'Alter' }],
  ]);

  it('names a duplicate category and a non-finite part by their position', () => {
    expect(
      failure(() =>
        checkPartShapes([
          { categoryId: 'w', value: 1 },
          { categoryId: 'w', value: Number.NaN },
        ]),
      ).fields,
    ).toEqual([
      { field: 'parts.1.categoryId', code: 'duplicate' },
      { field: 'parts.1.value', code: 'notFinite' },
    ]);
    expect(() =>
      checkPartShapes([
        { categoryId: 'w', value: 1 },
        { categoryId: 'm', value: 2 },
      ]),
    ).not.toThrow();
  });

  it('SUM: the parts of each dimension add up to the total; the first wrong dimension by name is named', () => {
    expect(() =>
      checkPartsAddUp(
        'SUM',
        10,
        [
          { categoryId: 'w', value: 4 },
          { categoryId: 'm', value: 6 },
        ],
        dims,
      ),
    ).not.toThrow();
    const e = failure(() =>
      checkPartsAddUp(
        'SUM',
        10,
        [
          { categoryId: 'w', value: 4 },
          { categoryId: 'm', value: 5 },
          { categoryId: 'u18', value: 3 },
          { categoryId: 'o18', value: 3 },
        ],
        dims,
      ),
    );
    expect(e.code).toBe('PARTS_DO_NOT_ADD_UP');
    expect(e.params).toEqual({ dimension: 'Alter', sum: 6, total: 10 });
  });

  it('tolerates binary floating point (0.1 + 0.2 = 0.3) and leaves other aggregations alone', () => {
    expect(() =>
      checkPartsAddUp(
        'SUM',
        0.3,
        [
          { categoryId: 'w', value: 0.1 },
          { categoryId: 'm', value: 0.2 },
        ],
        dims,
      ),
    ).not.toThrow();
    expect(() => checkPartsAddUp('AVERAGE', 10, [{ categoryId: 'w', value: 1 }], dims)).not.toThrow();
    expect(() => checkPartsAddUp('SUM', null, [{ categoryId: 'w', value: 1 }], dims)).not.toThrow();
  });
});

describe('who may change a value, and when', () => {
  it('the backbone reaches every value; a partner only its own', async () => {
    await expect(writableMeasurement(ctx('BACKBONE', 'bb'), state())).resolves.toMatchObject({ id: 'm1' });
    await expect(writableMeasurement(ctx('PARTNER'), state())).resolves.toMatchObject({ id: 'm1' });
  });

  it("another member's approved value is FORBIDDEN; one the caller may not even see is NOT_FOUND", async () => {
    await expect(writableMeasurement(ctx('PARTNER', 'other'), state({ status: 'APPROVED' }))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      params: { required: 'OWN_ORGANISATION' },
    });
    await expect(writableMeasurement(ctx('PARTNER', 'other'), state({ status: 'DRAFT' }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(writableMeasurement(ctx('BACKBONE'), undefined)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(writableMeasurement(ctx('FUNDER', 'other'), state({ status: 'APPROVED' }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('a stale version is a CONFLICT; a transition from the wrong status names both', () => {
    expect(failure(() => assertVersion(state({ version: 4 }), 3)).code).toBe('CONFLICT');
    expect(() => assertVersion(state(), 3)).not.toThrow();
    const e = failure(() => assertStatus(state({ status: 'APPROVED' }), ['SUBMITTED'], 'REJECTED'));
    expect([e.code, e.params]).toEqual(['INVALID_TRANSITION', { from: 'APPROVED', to: 'REJECTED' }]);
  });

  it('only DRAFT and REJECTED values in an open period can be edited', () => {
    expect(() => assertEditable(state({ status: 'REJECTED' }))).not.toThrow();
    expect(failure(() => assertEditable(state({ status: 'SUBMITTED' }))).code).toBe('MEASUREMENT_LOCKED');
    expect(failure(() => assertEditable(state({ periodState: 'CLOSED' }))).code).toBe('REPORTING_PERIOD_CLOSED');
  });
});
