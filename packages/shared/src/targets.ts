import type { IndicatorDirectionName } from './domain';

/** Direction-aware progress of at least this share of the target counts as ON_TRACK (MAINTAIN: within ±(1 − share)). */
export const ON_TRACK_SHARE = 0.9;

export type TargetStatusName = 'ON_TRACK' | 'OFF_TRACK' | 'NO_DATA';

type Num = number | null | undefined;

const has = (n: Num): n is number => n !== null && n !== undefined && Number.isFinite(n);

/** A baseline a DECREASE indicator can measure its way from: it must lie above the target. */
function usableBaseline(baseline: Num, target: number): baseline is number {
  return has(baseline) && baseline > target;
}

/**
 * Progress toward a target, the one place API and web compute it. The number is what
 * `targetStatusOf` judges; what the UI may *call* it is `progressDescription`'s business.
 *
 * - INCREASE: value / target (1 = target reached, may exceed 1).
 * - DECREASE with a baseline above the target: the share of the way from baseline to target,
 *   (baseline − value) / (baseline − target), 0 when the value has not fallen below the baseline,
 *   ≥ 1 once the value is at or below the target. Without a usable baseline: 1 when the value is
 *   at or below the target, else target / value. The latter is only a judgement input
 *   (e.g. 46 against 40 → 0.87, off track); it is NOT a "share of the target".
 * - MAINTAIN: value / target; `targetStatusOf` judges the relative deviation |progress − 1|,
 *   i.e. |value − target| / target, within ±(1 − ON_TRACK_SHARE).
 *
 * Null without a value, without a target, or with a target of 0 (no share of 0 exists; a
 * DECREASE target of 0 with a baseline is measured by its way, though).
 */
export function targetProgress(direction: IndicatorDirectionName, value: Num, target: Num, baseline?: Num): number | null {
  if (!has(value) || !has(target)) return null;
  if (direction === 'DECREASE') {
    if (usableBaseline(baseline, target)) return Math.max(0, (baseline - value) / (baseline - target));
    if (target === 0) return null;
    if (value <= target) return 1;
    return target / value;
  }
  if (target === 0) return null;
  return value / target;
}

/** The judgement of a progress value: NO_DATA without one. */
export function targetStatusOf(direction: IndicatorDirectionName, progress: number | null): TargetStatusName {
  if (progress === null) return 'NO_DATA';
  if (direction === 'MAINTAIN') return Math.abs(progress - 1) <= 1 - ON_TRACK_SHARE ? 'ON_TRACK' : 'OFF_TRACK';
  return progress >= ON_TRACK_SHARE ? 'ON_TRACK' : 'OFF_TRACK';
}

/** Progress and its judgement in one call, as the portfolio and the dashboard need both. */
export function targetJudgement(
  direction: IndicatorDirectionName,
  value: Num,
  target: Num,
  baseline?: Num,
): { progress: number | null; status: TargetStatusName } {
  const progress = targetProgress(direction, value, target, baseline);
  return { progress, status: targetStatusOf(direction, progress) };
}

/**
 * How the UI may put a progress into words, so API and web speak alike:
 * - shareOfTarget: "87 % des Zielwerts" (INCREASE; `share` = value / target)
 * - shareOfWay: "60 % des Wegs zum Zielwert" (DECREASE with a baseline, target not yet reached)
 * - overTarget: "6 über dem Zielwert" (DECREASE without a baseline, `difference` = value − target > 0)
 * - reached: "Zielwert erreicht" (DECREASE at or below its target)
 * - deviation: "5 % Abweichung vom Zielwert" (MAINTAIN; `share` = |value − target| / |target|)
 * `share` feeds a progress bar (0…1, capped), `difference` is in the indicator's unit.
 */
export type ProgressLabelKind = 'shareOfTarget' | 'shareOfWay' | 'overTarget' | 'reached' | 'deviation';

export interface ProgressDescription {
  kind: ProgressLabelKind;
  /** shareOfTarget, shareOfWay: the progress; deviation: the relative deviation; reached: 1; overTarget: the progress used for the judgement. */
  share: number;
  /** overTarget only: value − target in the indicator's unit. */
  difference: number | null;
  /** Fill of a progress bar, 0…1. */
  bar: number;
  status: TargetStatusName;
}

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));

/** The words for a value against its target (null when there is no progress to describe). */
export function progressDescription(direction: IndicatorDirectionName, value: Num, target: Num, baseline?: Num): ProgressDescription | null {
  const progress = targetProgress(direction, value, target, baseline);
  if (progress === null || !has(value) || !has(target)) return null;
  const status = targetStatusOf(direction, progress);
  if (direction === 'DECREASE') {
    if (value <= target) return { kind: 'reached', share: 1, difference: null, bar: 1, status };
    if (usableBaseline(baseline, target)) return { kind: 'shareOfWay', share: progress, difference: null, bar: clamp01(progress), status };
    return { kind: 'overTarget', share: progress, difference: value - target, bar: clamp01(progress), status };
  }
  if (direction === 'MAINTAIN') {
    const deviation = Math.abs(value - target) / Math.abs(target);
    // The bar shows closeness: full at no deviation, empty at twice the tolerated deviation.
    return { kind: 'deviation', share: deviation, difference: value - target, bar: clamp01(1 - deviation / (2 * (1 - ON_TRACK_SHARE))), status };
  }
  return { kind: 'shareOfTarget', share: progress, difference: null, bar: clamp01(progress), status };
}
