import type { TFunction } from 'i18next';
import type { ReportingIndicator } from '../api/get-indicators';

/** Tolerates binary rounding of decimal inputs (0,1 × 30 is a whole number). */
const EPSILON = 1e-9;

export type PlausibilityIndicator = Pick<ReportingIndicator, 'aggregation' | 'allowNegative' | 'integerOnly' | 'minValue' | 'maxValue' | 'allowRatioAboveOne'>;

/** A rule a value breaks, named like the API's field problems (`value`, `numerator`, `denominator`, `parts.<i>.value`). */
export interface ValueProblem {
  field: string;
  code: string;
  params?: Record<string, number>;
}

const isWhole = (v: number) => Math.abs(v - Math.round(v)) <= EPSILON * Math.max(1, Math.abs(v));

/**
 * The indicator's plausibility rules, checked before sending so the reporter learns at once.
 * Mirrors `plausibilityProblems` in the API's measurement-rules.ts, which stays the authority:
 * one problem per field, bounds on the value (for RATIO on the share, reported on the numerator),
 * parts with sign and wholeness only.
 */
export function plausibilityProblems(
  indicator: PlausibilityIndicator,
  v: { value: number | null; numerator: number | null; denominator: number | null },
  parts: { value: number }[] = [],
): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const bounds = (field: string, x: number): ValueProblem | undefined => {
    if (indicator.minValue != null && x < indicator.minValue - EPSILON) return { field, code: 'belowMin', params: { min: indicator.minValue } };
    if (indicator.maxValue != null && x > indicator.maxValue + EPSILON) return { field, code: 'aboveMax', params: { max: indicator.maxValue } };
    return undefined;
  };
  const plain = (field: string, x: number, withBounds: boolean): ValueProblem | undefined => {
    if (!indicator.allowNegative && x < 0) return { field, code: 'mustNotBeNegative' };
    if (indicator.integerOnly && !isWhole(x)) return { field, code: 'notInteger' };
    return withBounds ? bounds(field, x) : undefined;
  };
  const push = (p: ValueProblem | undefined) => {
    if (p) problems.push(p);
  };
  if (indicator.aggregation === 'RATIO') {
    const { numerator, denominator } = v;
    if (numerator !== null && numerator < 0) push({ field: 'numerator', code: 'mustNotBeNegative' });
    else if (numerator !== null && indicator.integerOnly && !isWhole(numerator)) push({ field: 'numerator', code: 'notInteger' });
    else if (numerator !== null && denominator !== null && denominator > 0) {
      if (!indicator.allowRatioAboveOne && numerator > denominator) push({ field: 'numerator', code: 'numeratorAboveDenominator', params: { denominator } });
      else push(bounds('numerator', numerator / denominator));
    }
    if (denominator !== null && indicator.integerOnly && !isWhole(denominator)) push({ field: 'denominator', code: 'notInteger' });
  } else if (v.value !== null) {
    push(plain('value', v.value, true));
  }
  parts.forEach((p, i) => push(plain(`parts.${i}.value`, p.value, false)));
  return problems;
}

/** What the backbone set beyond the defaults, in one line for the form's hint ("nur ganze Zahlen · zwischen 0 und 500"), or null. */
export function rulesHint(t: TFunction, indicator: PlausibilityIndicator, number: (n: number) => string): string | null {
  const bits: string[] = [];
  if (indicator.integerOnly) bits.push(t('reporting.rules.integer'));
  // Only what the backbone set: "not negative" is the default and needs no hint.
  const { minValue: min, maxValue: max } = indicator;
  if (min != null && max != null) bits.push(t('reporting.rules.between', { min: number(min), max: number(max) }));
  else if (min != null) bits.push(t('reporting.rules.atLeast', { min: number(min) }));
  else if (max != null) bits.push(t('reporting.rules.atMost', { max: number(max) }));
  if (indicator.aggregation === 'RATIO' && indicator.allowRatioAboveOne) bits.push(t('reporting.rules.ratioAboveOne'));
  return bits.length ? bits.join(' · ') : null;
}

/** A jump warning in words: „Der Wert weicht um 183 % vom Vorzeitraum ab (12 → 34). Bitte prüfen.“ */
export function warningText(t: TFunction, number: (n: number) => string, w: { code: string; previousValue: number; value: number; change: number }): string {
  return t(`reporting.warnings.${w.code}`, {
    percent: number(Math.round(w.change * 100)),
    previous: number(w.previousValue),
    value: number(w.value),
    defaultValue: t('reporting.warnings.generic'),
  });
}
