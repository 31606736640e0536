import { targetProgress, targetStatusOf } from './targets';

const status = (direction: 'INCREASE' | 'DECREASE' | 'MAINTAIN', value: number | null, target: number | null) =>
  targetStatusOf(direction, targetProgress(direction, value, target));

describe('progress toward a target', () => {
  it('compares value / target when more or steady is better, target / value when less is better', () => {
    expect(targetProgress('INCREASE', 180, 200)).toBeCloseTo(0.9);
    expect(targetProgress('MAINTAIN', 38, 40)).toBeCloseTo(0.95);
    expect(targetProgress('DECREASE', 40, 32)).toBeCloseTo(0.8);
    // Nothing left to decrease has reached any target.
    expect(targetProgress('DECREASE', 0, 32)).toBe(1);
  });

  it('has no progress without a value or a (non-zero) target', () => {
    expect(targetProgress('INCREASE', null, 40)).toBeNull();
    expect(targetProgress('INCREASE', 10, null)).toBeNull();
    expect(targetProgress('INCREASE', 10, 0)).toBeNull();
    expect(targetProgress('DECREASE', 10, 0)).toBeNull();
  });

  it('is on track from 90 % of the target, and for MAINTAIN within ±10 %', () => {
    expect(status('INCREASE', 90, 100)).toBe('ON_TRACK');
    expect(status('INCREASE', 89.9, 100)).toBe('OFF_TRACK');
    expect(status('INCREASE', 120, 100)).toBe('ON_TRACK');
    expect(status('DECREASE', 46, 40)).toBe('OFF_TRACK');
    expect(status('DECREASE', 44, 40)).toBe('ON_TRACK');
    expect(status('DECREASE', 0, 40)).toBe('ON_TRACK');
    expect(status('MAINTAIN', 36, 40)).toBe('ON_TRACK');
    expect(status('MAINTAIN', 44, 40)).toBe('OFF_TRACK'); // 1.1 is just outside in floating point, as in the API's SQL
    expect(status('MAINTAIN', 30, 40)).toBe('OFF_TRACK');
    expect(targetStatusOf('INCREASE', 0.89)).toBe('OFF_TRACK');
    expect(targetStatusOf('MAINTAIN', 1.15)).toBe('OFF_TRACK');
    expect(targetStatusOf('MAINTAIN', 1.05)).toBe('ON_TRACK');
    expect(targetStatusOf('DECREASE', null)).toBe('NO_DATA');
    expect(status('INCREASE', null, 100)).toBe('NO_DATA');
    expect(status('INCREASE', 10, 0)).toBe('NO_DATA');
  });
});
