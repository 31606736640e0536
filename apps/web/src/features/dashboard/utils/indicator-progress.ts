import {
  progressDescription,
  targetProgress,
  targetStatusOf,
  type IndicatorDirectionName,
  type ProgressDescription,
  type TargetStatusName,
} from '@gemeinwerk/shared';
import { lastPoints, toPoints, trimTrailingGaps, type SeriesPoint } from '@/components/charts/chart-data';

export type Direction = IndicatorDirectionName;
export type ProgressStatus = TargetStatusName;

/** The newest value while it is still provisional, shown beside the latest complete one. */
export interface ProvisionalLatest {
  period: string;
  value: number;
  approved: number;
  expected: number;
}

export interface IndicatorProgress {
  /** Up to the last `maxPoints` periods, ending with the newest value (complete or provisional). */
  points: SeriesPoint[];
  /** The latest COMPLETE period with a value: what "Letzter Wert" and the status speak of. */
  latest: { period: string; value: number; target: number | null } | null;
  /** A newer period that has a value but is still provisional, if any. */
  provisional: ProvisionalLatest | null;
  progress: number | null;
  status: ProgressStatus;
  /** What the progress may be called (shared package); null without a value or target. */
  description: ProgressDescription | null;
}

/** A TOTAL line as the API sends it (parallel arrays); completeness arrays may be absent (then every value counts as complete). */
export interface ProgressSource {
  periods: readonly string[];
  actual: readonly (number | null)[];
  target: readonly (number | null)[];
  provisional?: readonly boolean[];
  approvedReports?: readonly number[];
  expectedReports?: readonly number[];
}

/**
 * From a TOTAL series to what a progress row shows. The status and the "latest value" use the
 * latest complete period; a newer provisional value (1 of 15 reports approved, say) would
 * otherwise read as a collapse and judge the indicator off track.
 */
export function indicatorProgress(series: ProgressSource | undefined, direction: Direction, baseline?: number | null, maxPoints = 12): IndicatorProgress {
  const none: IndicatorProgress = { points: [], latest: null, provisional: null, progress: null, status: 'NO_DATA', description: null };
  if (!series) return none;
  const all = trimTrailingGaps(toPoints(series.periods, series.actual, series.provisional));
  const points = lastPoints(all, maxPoints);
  let latest: IndicatorProgress['latest'] = null;
  let provisional: ProvisionalLatest | null = null;
  for (let i = all.length - 1; i >= 0; i -= 1) {
    const point = all[i]!;
    if (point.value === null) continue;
    if (point.provisional) {
      // Only the newest provisional value is shown beside the latest complete one.
      if (!provisional && !latest) {
        const at = series.periods.indexOf(point.period);
        provisional = { period: point.period, value: point.value, approved: series.approvedReports?.[at] ?? 0, expected: series.expectedReports?.[at] ?? 0 };
      }
      continue;
    }
    latest = { period: point.period, value: point.value, target: series.target[series.periods.indexOf(point.period)] ?? null };
    break;
  }
  const progress = latest ? targetProgress(direction, latest.value, latest.target, baseline) : null;
  const description = latest ? progressDescription(direction, latest.value, latest.target, baseline) : null;
  return { points, latest, provisional, progress, status: targetStatusOf(direction, progress), description };
}
