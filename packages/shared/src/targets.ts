import type { IndicatorDirectionName } from './domain';

/** Direction-aware progress of at least this share of the target counts as ON_TRACK (MAINTAIN: within ±(1 − share)). */
export const ON_TRACK_SHARE = 0.9;

export type TargetStatusName = 'ON_TRACK' | 'OFF_TRACK' | 'NO_DATA';

/**
 * Progress toward a target, as the API's portfolio computes it in SQL: INCREASE and MAINTAIN
 * value / target; DECREASE target / value, where a value of 0 has reached any target (1).
 * Null without a value, without a target, or with a target of 0.
 */
export function targetProgress(
  direction: IndicatorDirectionName,
  value: number | null | undefined,
  target: number | null | undefined,
  // Accepted for the callers already; helper "truth" gives it its meaning (progress from the baseline).
  _baseline?: number | null,
): number | null {
  if (value === null || value === undefined || target === null || target === undefined || target === 0) return null;
  if (direction === 'DECREASE') return value === 0 ? 1 : target / value;
  return value / target;
}

/** The judgement of a progress value: NO_DATA without one. */
export function targetStatusOf(direction: IndicatorDirectionName, progress: number | null): TargetStatusName {
  if (progress === null) return 'NO_DATA';
  if (direction === 'MAINTAIN') return Math.abs(progress - 1) <= 1 - ON_TRACK_SHARE ? 'ON_TRACK' : 'OFF_TRACK';
  return progress >= ON_TRACK_SHARE ? 'ON_TRACK' : 'OFF_TRACK';
}
