import { targetProgress, targetStatusOf, type IndicatorDirectionName, type TargetStatusName } from '@gemeinwerk/shared';

/** One chart line as the API sends it (arrays over the same periods). */
export interface SeriesLike {
  indicatorId: string;
  key: string;
  label: string;
  periods: string[];
  actual: (number | null)[];
  target: (number | null)[];
  /** Completeness per period (parallel to `periods`); absent from older answers, then every value counts as complete. */
  provisional?: boolean[];
  approvedReports?: number[];
  expectedReports?: number[];
}

/** CATEGORY lines keyed `none:<dimensionId>` carry the members who did not break their value down. */
export const NO_BREAKDOWN_PREFIX = 'none:';

export type TargetStatus = TargetStatusName;

/** The API's judgement (as for funders' portfolios) of a value against the target of its period. */
export function targetStatus(direction: IndicatorDirectionName, value: number | null, target: number | null, baseline?: number | null): TargetStatus {
  return targetStatusOf(direction, targetProgress(direction, value, target, baseline));
}

export interface LatestValue {
  period: string;
  value: number;
  /** The target that applies to that period, if any. */
  target: number | null;
}

/**
 * The last COMPLETE period with an approved value in a TOTAL series, with its applicable target.
 * Provisional periods are skipped: a half-reported total would read as a collapse.
 */
export function latestValue(series: SeriesLike | undefined): LatestValue | null {
  if (!series) return null;
  for (let i = series.periods.length - 1; i >= 0; i--) {
    const value = series.actual[i];
    if (series.provisional?.[i]) continue;
    if (value !== null && value !== undefined) return { period: series.periods[i]!, value, target: series.target[i] ?? null };
  }
  return null;
}

/** The newest provisional value of a TOTAL series when it is newer than the latest complete one. */
export function provisionalValue(series: SeriesLike | undefined): { period: string; value: number; approved: number; expected: number } | null {
  if (!series?.provisional) return null;
  for (let i = series.periods.length - 1; i >= 0; i--) {
    const value = series.actual[i];
    if (value === null || value === undefined) continue;
    if (!series.provisional[i]) return null;
    return { period: series.periods[i]!, value, approved: series.approvedReports?.[i] ?? 0, expected: series.expectedReports?.[i] ?? 0 };
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
  /** Parallel to `values`; only on actual lines whose series reported completeness. */
  provisional?: boolean[];
}

/** A period's completeness: provisional until all expected values are approved or the period is closed. */
export interface PeriodCompleteness {
  provisional: boolean;
  approved: number;
  expected: number;
}

export interface ChartData {
  periods: string[];
  lines: ChartLine[];
  /** Parallel to `periods`, when the API sent it (every line of a cell shares its completeness). */
  completeness?: PeriodCompleteness[];
}

/**
 * Turns the API's series of one indicator into chart lines over one period axis. TOTAL gives
 * the actual line and, when any target applies, the target line; MEMBER and CATEGORY give one
 * actual line per member or category (the API sends targets only with TOTAL). Series whose
 * periods differ from the first one's are aligned by period key, so no value lands on the wrong
 * period.
 */
export function toChartData(series: SeriesLike[], labels: { actual: string; target: string; noBreakdown?: string }): ChartData {
  if (series.length === 0) return { periods: [], lines: [] };
  const periods = series[0]!.periods;
  const align = <T>(s: SeriesLike, values: T[], missing: T): T[] => {
    if (s.periods === periods || s.periods.join() === periods.join()) return values.map((v) => v ?? missing);
    const at = new Map(s.periods.map((p, i) => [p, values[i] ?? missing]));
    return periods.map((p) => at.get(p) ?? missing);
  };
  const withProvisional = (line: ChartLine, s: SeriesLike): ChartLine => (s.provisional ? { ...line, provisional: align(s, s.provisional, false) } : line);
  const first = series[0]!;
  const completeness = first.provisional
    ? periods.map((_, i) => ({
        provisional: first.provisional![i] ?? false,
        approved: first.approvedReports?.[i] ?? 0,
        expected: first.expectedReports?.[i] ?? 0,
      }))
    : undefined;
  const result = (lines: ChartLine[]): ChartData => (completeness ? { periods, lines, completeness } : { periods, lines });
  const total = series.find((s) => s.key === 'total');
  if (total && series.length === 1) {
    const lines: ChartLine[] = [withProvisional({ key: 'actual', label: labels.actual, values: align(total, total.actual, null), variant: 'actual' }, total)];
    if (total.target.some((v) => v !== null && v !== undefined))
      lines.push({ key: 'target', label: labels.target, values: align(total, total.target, null), variant: 'target' });
    return result(lines);
  }
  // "ohne Aufschlüsselung (Geschlecht)": the members of a dimension who gave no breakdown.
  const label = (s: SeriesLike) => (s.key.startsWith(NO_BREAKDOWN_PREFIX) && labels.noBreakdown ? `${labels.noBreakdown} (${s.label})` : s.label);
  return result(series.map((s) => withProvisional({ key: `s-${s.key}`, label: label(s), values: align(s, s.actual, null), variant: 'actual' as const }, s)));
}

/** Periods that hold any value, newest first: the choices for the contribution ledger. */
export function periodsWithValues(data: ChartData): string[] {
  return data.periods.filter((_, i) => data.lines.some((l) => l.variant === 'actual' && l.values[i] !== null)).reverse();
}
