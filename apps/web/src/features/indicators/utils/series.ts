import { targetProgress, targetStatusOf, type IndicatorDirectionName, type TargetStatusName } from '@gemeinwerk/shared';

/** One chart line as the API sends it (arrays over the same periods). */
export interface SeriesLike {
  indicatorId: string;
  key: string;
  label: string;
  periods: string[];
  actual: (number | null)[];
  target: (number | null)[];
}

export type TargetStatus = TargetStatusName;

/** The API's judgement (as for funders' portfolios) of a value against the target of its period. */
export function targetStatus(direction: IndicatorDirectionName, value: number | null, target: number | null): TargetStatus {
  return targetStatusOf(direction, targetProgress(direction, value, target));
}

export interface LatestValue {
  period: string;
  value: number;
  /** The target that applies to that period, if any. */
  target: number | null;
}

/** The last period with an approved value in a TOTAL series, with its applicable target. */
export function latestValue(series: SeriesLike | undefined): LatestValue | null {
  if (!series) return null;
  for (let i = series.periods.length - 1; i >= 0; i--) {
    const value = series.actual[i];
    if (value !== null && value !== undefined) return { period: series.periods[i]!, value, target: series.target[i] ?? null };
  }
  return null;
}

/** The TOTAL series of each indicator, by indicator id. */
export function totalsByIndicator(series: SeriesLike[]): Map<string, SeriesLike> {
  return new Map(series.filter((s) => s.key === 'total').map((s) => [s.indicatorId, s]));
}

export interface ChartLine {
  /** Stable key for the chart and the table column. */
  key: string;
  label: string;
  values: (number | null)[];
  variant: 'actual' | 'target';
}

export interface ChartData {
  periods: string[];
  lines: ChartLine[];
}

/**
 * Turns the API's series of one indicator into chart lines over one period axis. TOTAL gives
 * the actual line and, when any target applies, the target line; MEMBER and CATEGORY give one
 * actual line per member or category (the API sends targets only with TOTAL). Series whose
 * periods differ from the first one's are aligned by period key, so no value lands on the wrong
 * period.
 */
export function toChartData(series: SeriesLike[], labels: { actual: string; target: string }): ChartData {
  if (series.length === 0) return { periods: [], lines: [] };
  const periods = series[0]!.periods;
  const align = (s: SeriesLike, values: (number | null)[]) => {
    if (s.periods === periods || s.periods.join() === periods.join()) return values.map((v) => v ?? null);
    const at = new Map(s.periods.map((p, i) => [p, values[i] ?? null]));
    return periods.map((p) => at.get(p) ?? null);
  };
  const total = series.find((s) => s.key === 'total');
  if (total && series.length === 1) {
    const lines: ChartLine[] = [{ key: 'actual', label: labels.actual, values: align(total, total.actual), variant: 'actual' }];
    if (total.target.some((v) => v !== null && v !== undefined)) lines.push({ key: 'target', label: labels.target, values: align(total, total.target), variant: 'target' });
    return { periods, lines };
  }
  return {
    periods,
    lines: series.map((s) => ({ key: `s-${s.key}`, label: s.label, values: align(s, s.actual), variant: 'actual' as const })),
  };
}

/** Periods that hold any value, newest first: the choices for the contribution ledger. */
export function periodsWithValues(data: ChartData): string[] {
  return data.periods.filter((_, i) => data.lines.some((l) => l.variant === 'actual' && l.values[i] !== null)).reverse();
}
