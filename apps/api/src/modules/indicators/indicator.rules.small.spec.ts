import { finerKeyPattern, indicatorProblems, orNull, targetPeriodProblem, type IndicatorShape } from './indicator.rules';

/** Pure rules of an indicator definition: no database, no app (small tests). */
const indicator = (over: Partial<IndicatorShape> = {}): IndicatorShape => ({
  name: 'Teilnehmende',
  aggregation: 'SUM',
  frequency: 'QUARTERLY',
  baselinePeriod: null,
  numeratorLabel: null,
  denominatorLabel: null,
  allowNegative: false,
  minValue: null,
  maxValue: null,
  ...over,
});

describe('targetPeriodProblem', () => {
  it('accepts the frequency of the indicator and coarser periods', () => {
    expect(targetPeriodProblem('QUARTERLY', '2026-Q2')).toBeUndefined();
    expect(targetPeriodProblem('QUARTERLY', '2026')).toBeUndefined();
    expect(targetPeriodProblem('MONTHLY', '2026-Q2')).toBeUndefined();
  });

  it('refuses a finer period (never measurable) and a key that is no period', () => {
    expect(targetPeriodProblem('YEARLY', '2026-Q2')).toEqual({ field: 'periodKey', code: 'periodTooFine' });
    expect(targetPeriodProblem('QUARTERLY', '2026-05')).toEqual({ field: 'periodKey', code: 'periodTooFine' });
    expect(targetPeriodProblem('QUARTERLY', '2026-Q5')).toEqual({ field: 'periodKey', code: 'invalid' });
    expect(targetPeriodProblem('MONTHLY', 'nächstes Jahr')).toEqual({ field: 'periodKey', code: 'invalid' });
  });
});

describe('finerKeyPattern', () => {
  it('matches exactly the keys finer than the frequency', () => {
    const yearly = new RegExp(finerKeyPattern('YEARLY')!);
    expect(['2026-Q1', '2026-03'].every((k) => yearly.test(k))).toBe(true);
    expect(yearly.test('2026')).toBe(false);
    const quarterly = new RegExp(finerKeyPattern('QUARTERLY')!);
    expect(quarterly.test('2026-03')).toBe(true);
    expect(quarterly.test('2026-Q1')).toBe(false);
    expect(finerKeyPattern('MONTHLY')).toBeNull();
  });
});

describe('indicatorProblems', () => {
  it('a plain SUM indicator with a name has none', () => {
    expect(indicatorProblems(indicator())).toEqual([]);
  });

  it('a RATIO needs both labels, so that every member counts the same two things', () => {
    expect(indicatorProblems(indicator({ aggregation: 'RATIO' }))).toEqual([
      { field: 'numeratorLabel', code: 'required' },
      { field: 'denominatorLabel', code: 'required' },
    ]);
    expect(indicatorProblems(indicator({ aggregation: 'RATIO', numeratorLabel: 'vermittelt', denominatorLabel: 'beraten' }))).toEqual([]);
  });

  it('refuses bounds that no value could satisfy', () => {
    expect(indicatorProblems(indicator({ minValue: 10, maxValue: 5 }))).toEqual([{ field: 'maxValue', code: 'belowMin', params: { min: 10 } }]);
    expect(indicatorProblems(indicator({ maxValue: -1 }))).toEqual([{ field: 'maxValue', code: 'mustNotBeNegative' }]);
    expect(indicatorProblems(indicator({ maxValue: -1, allowNegative: true }))).toEqual([]);
  });

  it("a baseline period must be a period of the indicator's frequency; a missing name is named", () => {
    expect(indicatorProblems(indicator({ baselinePeriod: '2025-Q4' }))).toEqual([]);
    expect(indicatorProblems(indicator({ name: '', baselinePeriod: '2025' }))).toEqual([
      { field: 'name', code: 'required' },
      { field: 'baselinePeriod', code: 'periodKey' },
    ]);
  });
});

describe('orNull', () => {
  it('empty and blank text mean "none"; other text is trimmed', () => {
    expect([orNull(undefined), orNull(null), orNull(''), orNull('   '), orNull(' Zählung ')]).toEqual([null, null, null, null, 'Zählung']);
  });
});
