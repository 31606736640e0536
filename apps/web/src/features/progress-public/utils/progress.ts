import type { PublicProgressIndicator } from '../api/progress-api';

export interface LatestValue {
  index: number;
  period: string;
  value: number | null;
  suppressed: boolean;
  provisional: boolean;
  target: number | null;
}

/** The newest period with something to say (a value or a hidden value), or null. */
export function latestValue(indicator: PublicProgressIndicator): LatestValue | null {
  for (let i = indicator.periods.length - 1; i >= 0; i--) {
    if (indicator.actual[i] !== null || indicator.suppressed[i]) {
      return {
        index: i,
        period: indicator.periodLabels[i],
        value: indicator.actual[i],
        suppressed: indicator.suppressed[i],
        provisional: indicator.provisional[i],
        target: indicator.target[i],
      };
    }
  }
  return null;
}

/** How far the value has come toward the target, 0…1 (for INCREASE; DECREASE counts down from the baseline); null without both. */
export function targetShare(indicator: Pick<PublicProgressIndicator, 'direction' | 'baseline'>, value: number | null, target: number | null): number | null {
  if (value === null || target === null) return null;
  if (indicator.direction === 'DECREASE') {
    const start = indicator.baseline;
    if (start === null || start === target) return value <= target ? 1 : null;
    return Math.max(0, Math.min(1, (start - value) / (start - target)));
  }
  if (target === 0) return value >= 0 ? 1 : 0;
  return Math.max(0, Math.min(1, value / target));
}
