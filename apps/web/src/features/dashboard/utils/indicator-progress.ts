import { targetProgress, targetStatusOf, type IndicatorDirectionName, type TargetStatusName } from '@gemeinwerk/shared';
import { lastPoints, toPoints, trimTrailingGaps, type SeriesPoint } from '@/components/charts/chart-data';

export type Direction = IndicatorDirectionName;
export type ProgressStatus = TargetStatusName;

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
  const progress = latest ? targetProgress(direction, latest.value, latest.target) : null;
  return { points, latest, progress, status: targetStatusOf(direction, progress) };
}
