import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { plausibilityProblems, rulesHint, warningText } from './plausibility';

const rules = { aggregation: 'SUM' as const, allowNegative: false, integerOnly: false, minValue: null, maxValue: null, allowRatioAboveOne: false };
const sum = (value: number) => ({ value, numerator: null, denominator: null });

describe('plausibilityProblems (mirrors the API)', () => {
  it('refuses negatives by default, decimals when integer-only, and values outside the bounds', () => {
    expect(plausibilityProblems(rules, sum(-1))).toEqual([{ field: 'value', code: 'mustNotBeNegative' }]);
    expect(plausibilityProblems({ ...rules, allowNegative: true }, sum(-1))).toEqual([]);
    expect(plausibilityProblems({ ...rules, integerOnly: true }, sum(12.5))).toEqual([{ field: 'value', code: 'notInteger' }]);
    expect(plausibilityProblems({ ...rules, minValue: 1, maxValue: 5 }, sum(0.5))).toEqual([{ field: 'value', code: 'belowMin', params: { min: 1 } }]);
    expect(plausibilityProblems({ ...rules, minValue: 1, maxValue: 5 }, sum(6))).toEqual([{ field: 'value', code: 'aboveMax', params: { max: 5 } }]);
    expect(plausibilityProblems({ ...rules, integerOnly: true }, sum(3), [{ value: 1.5 }])).toEqual([{ field: 'parts.0.value', code: 'notInteger' }]);
  });

  it('refuses a numerator above the denominator unless allowed', () => {
    const ratio = { ...rules, aggregation: 'RATIO' as const };
    expect(plausibilityProblems(ratio, { value: null, numerator: 21, denominator: 20 })).toEqual([
      { field: 'numerator', code: 'numeratorAboveDenominator', params: { denominator: 20 } },
    ]);
    expect(plausibilityProblems({ ...ratio, allowRatioAboveOne: true }, { value: null, numerator: 21, denominator: 20 })).toEqual([]);
  });
});

describe('texts', () => {
  const t = i18n.getFixedT('de');
  const number = (n: number) => new Intl.NumberFormat('de-DE').format(n);

  it('says the jump warning with the numbers', () => {
    expect(warningText(t, number, { code: 'valueJump', previousValue: 12, value: 34, change: 1.8333 })).toBe(
      'Der Wert weicht um 183 % vom Vorzeitraum ab (12 → 34). Bitte prüfen.',
    );
    expect(warningText(i18n.getFixedT('en'), number, { code: 'valueJump', previousValue: 12, value: 34, change: 1.8 })).toBe(
      'The value differs by 180 % from the previous period (12 → 34). Please check.',
    );
  });

  it('hints only at what the backbone set', () => {
    expect(rulesHint(t, rules, number)).toBeNull();
    expect(rulesHint(t, { ...rules, integerOnly: true, minValue: 1, maxValue: 5 }, number)).toBe('nur ganze Zahlen · zwischen 1 und 5');
  });
});
