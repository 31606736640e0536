import { lastPoints, toPoints, trimTrailingGaps, type SeriesPoint } from '@/components/charts/chart-data';

export type Direction = 'INCREASE' | 'DECREASE' | 'MAINTAIN';
export type ProgressStatus = 'ON_TRACK' | 'OFF_TRACK' | 'NO_DATA';

/**
 * Direction-aware progress toward a target, as the API defines it for the portfolio:
 * INCREASE and MAINTAIN value / target; DECREASE target / value (a value of 0 counts as 1).
 */
export function progressToward(value: number | null | undefined, target: number | null | undefined, direction: Direction): number | null {
  if (value === null || value === undefined || target === null || target === undefined) return null;
  if (direction === 'DECREASE') return target / (value === 0 ? 1 : value);
  if (target === 0) return null;
  return value / target;
}

/** ON_TRACK at ≥ 90 % of the target (MAINTAIN: within ±10 %), as the API's TargetStatus. */
export function progressStatus(progress: number | null, direction: Direction): ProgressStatus {
  if (progress === null) return 'NO_DATA';
  if (direction === 'MAINTAIN') return Math.abs(progress - 1) <= 0.1 ? 'ON_TRACK' : 'OFF_TRACK';
  return progress >= 0.9 ? 'ON_TRACK' : 'OFF_TRACK';
}

export interface IndicatorProgress {
  /** Up to the last `maxPoints` periods, ending with the latest approved value. */
  points: SeriesPoint[];
  latest: { period: string; value: number; target: number | null } | null;
  progress: number | null;
  status: ProgressStatus;
}

/** From a TOTAL series (parallel arrays) to what a progress row shows. */
export function indicatorProgress(
  series: { periods: readonly string[]; actual: readonly (number | null)[]; target: readonly (number | null)[] } | undefined,
  direction: Direction,
  maxPoints = 12,
): IndicatorProgress {
  if (!series) return { points: [], latest: null, progress: null, status: 'NO_DATA' };
  const all = trimTrailingGaps(toPoints(series.periods, series.actual));
  const points = lastPoints(all, maxPoints);
  const index = all.length - 1;
  const latest = index >= 0 ? { period: all[index]!.period, value: all[index]!.value!, target: series.target[index] ?? null } : null;
  const progress = latest ? progressToward(latest.value, latest.target, direction) : null;
  return { points, latest, progress, status: progressStatus(progress, direction) };
}
