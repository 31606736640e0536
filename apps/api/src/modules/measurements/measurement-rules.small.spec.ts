import { DEFAULT_PLAUSIBILITY, describeWarning, jumpWarning, plausibilityProblems, type PlausibilityRules } from './measurement-rules';

/** Pure rules: no database, no app. */
const rules = (over: Partial<PlausibilityRules> = {}): PlausibilityRules => ({ aggregation: 'SUM', ...DEFAULT_PLAUSIBILITY, ...over });
const sum = (value: number) => ({ value, numerator: null, denominator: null });
const ratio = (numerator: number, denominator: number) => ({ value: null, numerator, denominator });

describe('plausibilityProblems', () => {
  it('refuses negative values by default and allows them when the indicator does', () => {
    expect(plausibilityProblems(rules(), sum(-1))).toEqual([{ field: 'value', code: 'mustNotBeNegative' }]);
    expect(plausibilityProblems(rules(), sum(0))).toEqual([]);
    expect(plausibilityProblems(rules({ aggregation: 'AVERAGE', allowNegative: true }), sum(-2.5))).toEqual([]);
  });

  it('refuses decimals for integer-only indicators (never rounds) and checks parts the same way', () => {
    expect(plausibilityProblems(rules({ integerOnly: true }), sum(12.5))).toEqual([{ field: 'value', code: 'notInteger' }]);
    expect(plausibilityProblems(rules({ integerOnly: true }), sum(12))).toEqual([]);
    // Binary floating point: 0.1 + 0.2 is not exactly 0.3, but 3 * 0.1 * 10 is a whole number for the check.
    expect(plausibilityProblems(rules({ integerOnly: true }), sum(0.1 * 30))).toEqual([]);
    expect(plausibilityProblems(rules({ integerOnly: true }), sum(10), [{ value: 4 }, { value: 5.5 }, { value: -1 }])).toEqual([
      { field: 'parts.1.value', code: 'notInteger' },
      { field: 'parts.2.value', code: 'mustNotBeNegative' },
    ]);
    expect(plausibilityProblems(rules(), sum(12.5))).toEqual([]);
  });

  it('refuses values outside min/max and names the bound', () => {
    const r = rules({ minValue: 1, maxValue: 5 });
    expect(plausibilityProblems(r, sum(0.5))).toEqual([{ field: 'value', code: 'belowMin', params: { min: 1 } }]);
    expect(plausibilityProblems(r, sum(5.01))).toEqual([{ field: 'value', code: 'aboveMax', params: { max: 5 } }]);
    expect(plausibilityProblems(r, sum(1))).toEqual([]);
    expect(plausibilityProblems(r, sum(5))).toEqual([]);
    // Parts are smaller than the total: no bounds for them.
    expect(plausibilityProblems(r, sum(3), [{ value: 0.5 }])).toEqual([]);
    // The sign rule comes first: one problem per field.
    expect(plausibilityProblems(r, sum(-1))).toEqual([{ field: 'value', code: 'mustNotBeNegative' }]);
  });

  it('refuses a ratio numerator above its denominator unless the indicator allows it; bounds apply to the share', () => {
    const r = rules({ aggregation: 'RATIO' });
    expect(plausibilityProblems(r, ratio(21, 20))).toEqual([{ field: 'numerator', code: 'numeratorAboveDenominator', params: { denominator: 20 } }]);
    expect(plausibilityProblems(r, ratio(20, 20))).toEqual([]);
    expect(plausibilityProblems(rules({ aggregation: 'RATIO', allowRatioAboveOne: true }), ratio(30, 20))).toEqual([]);
    expect(plausibilityProblems(rules({ aggregation: 'RATIO', minValue: 0.2 }), ratio(1, 10))).toEqual([
      { field: 'numerator', code: 'belowMin', params: { min: 0.2 } },
    ]);
    expect(plausibilityProblems(rules({ aggregation: 'RATIO', integerOnly: true }), ratio(1.5, 2.5))).toEqual([
      { field: 'numerator', code: 'notInteger' },
      { field: 'denominator', code: 'notInteger' },
    ]);
  });

  it('lets every value of the demo pass under the default rules', () => {
    // The demo's values: SUM counts (max(0, …), rounded), RATIO numerator ≤ denominator, averages with decimals.
    for (const v of [0, 31, 229, 4.1, 77.3]) expect(plausibilityProblems(rules({ aggregation: 'AVERAGE' }), sum(v))).toEqual([]);
    expect(plausibilityProblems(rules({ aggregation: 'RATIO' }), ratio(42, 60))).toEqual([]);
  });
});

describe('jumpWarning', () => {
  const prev = (value: number | null) => ({ periodKey: '2026-09', value });

  it('warns when the value differs from the previous period by more than the share', () => {
    expect(jumpWarning(rules({ jumpWarningShare: 0.5 }), prev(12), 34)).toEqual({
      code: 'valueJump',
      field: 'value',
      previousPeriodKey: '2026-09',
      previousValue: 12,
      value: 34,
      change: 1.83333333333,
    });
    expect(jumpWarning(rules({ jumpWarningShare: 0.5 }), prev(12), 5)?.change).toBeCloseTo(0.5833, 3);
  });

  it('stays quiet within the share, without a setting, without a previous value, and after a 0', () => {
    expect(jumpWarning(rules({ jumpWarningShare: 0.5 }), prev(12), 18)).toBeNull();
    expect(jumpWarning(rules(), prev(12), 34)).toBeNull();
    expect(jumpWarning(rules({ jumpWarningShare: 0.5 }), undefined, 34)).toBeNull();
    expect(jumpWarning(rules({ jumpWarningShare: 0.5 }), prev(null), 34)).toBeNull();
    expect(jumpWarning(rules({ jumpWarningShare: 0.5 }), prev(0), 34)).toBeNull();
  });

  it('speaks about the numerator for ratios', () => {
    expect(jumpWarning(rules({ aggregation: 'RATIO', jumpWarningShare: 0.2 }), prev(0.5), 0.9)?.field).toBe('numerator');
  });

  it('says it in German and English with the numbers of the locale', () => {
    const w = jumpWarning(rules({ jumpWarningShare: 0.5 }), prev(12), 34)!;
    expect(describeWarning('de', w).message).toBe('Der Wert weicht um 183 % vom Vorzeitraum ab (12 → 34). Bitte prüfen.');
    expect(describeWarning('en', w).message).toBe('The value differs by 183 % from the previous period (12 → 34). Please check.');
    const d = jumpWarning(rules({ jumpWarningShare: 0.5 }), prev(2.5), 10.25)!;
    expect(describeWarning('de', d).message).toContain('(2,5 → 10,25)');
  });
});
