import { FREQUENCIES, frequencyOfKey, isPeriodKey, type AggregationName, type FrequencyName } from '@gemeinwerk/shared';
import type { FieldProblem } from '../../core/errors';

/** MONTHLY < QUARTERLY < YEARLY: a coarser period contains whole periods of a finer one. */
const rank = (f: FrequencyName) => FREQUENCIES.indexOf(f);

/**
 * A target may name a period of the indicator's frequency or a coarser one (a yearly target for
 * a quarterly indicator sums or averages whole quarters); a finer one could never be measured.
 */
export function targetPeriodProblem(frequency: FrequencyName, periodKey: string): FieldProblem | undefined {
  const keyFrequency = frequencyOfKey(periodKey);
  if (!keyFrequency) return { field: 'periodKey', code: 'invalid' };
  if (rank(keyFrequency) < rank(frequency)) return { field: 'periodKey', code: 'periodTooFine' };
  return undefined;
}

/** Regular expression for period keys finer than `frequency` (used in SQL), or null when none is finer. */
export function finerKeyPattern(frequency: FrequencyName): string | null {
  if (frequency === 'YEARLY') return '^[0-9]{4}-';
  if (frequency === 'QUARTERLY') return '^[0-9]{4}-[0-9]{2}$';
  return null;
}

export interface IndicatorShape {
  name: string;
  aggregation: AggregationName;
  frequency: FrequencyName;
  baselinePeriod: string | null;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  allowNegative: boolean;
  minValue: number | null;
  maxValue: number | null;
}

/** Rules that span fields, checked on the indicator as it will be after a create or update. */
export function indicatorProblems(i: IndicatorShape): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!i.name) problems.push({ field: 'name', code: 'required' });
  if (i.aggregation === 'RATIO') {
    // A ratio is only comparable across members when everyone counts the same two things.
    if (!i.numeratorLabel) problems.push({ field: 'numeratorLabel', code: 'required' });
    if (!i.denominatorLabel) problems.push({ field: 'denominatorLabel', code: 'required' });
  }
  // Bounds that no value could satisfy would block every report.
  if (i.minValue !== null && i.maxValue !== null && i.minValue > i.maxValue)
    problems.push({ field: 'maxValue', code: 'belowMin', params: { min: i.minValue } });
  if (!i.allowNegative && i.maxValue !== null && i.maxValue < 0) problems.push({ field: 'maxValue', code: 'mustNotBeNegative' });
  if (i.baselinePeriod !== null && !isPeriodKey(i.frequency, i.baselinePeriod)) problems.push({ field: 'baselinePeriod', code: 'periodKey' });
  return problems;
}

/** Empty strings in optional text fields mean "none". */
export const orNull = (s: string | null | undefined): string | null => (s === undefined || s === null || s.trim() === '' ? null : s.trim());
