import { progressDescription, targetJudgement, targetProgress, targetStatusOf } from './targets';

type Dir = 'INCREASE' | 'DECREASE' | 'MAINTAIN';
const status = (direction: Dir, value: number | null, target: number | null, baseline?: number | null) =>
  targetStatusOf(direction, targetProgress(direction, value, target, baseline));

describe('progress toward a target', () => {
  it('compares value / target when more or steady is better', () => {
    expect(targetProgress('INCREASE', 180, 200)).toBeCloseTo(0.9);
    expect(targetProgress('MAINTAIN', 38, 40)).toBeCloseTo(0.95);
  });

  it('without a baseline, a DECREASE value at or below its target has reached it, above it target / value', () => {
    expect(targetProgress('DECREASE', 40, 32)).toBeCloseTo(0.8);
    expect(targetProgress('DECREASE', 46, 40)).toBeCloseTo(40 / 46);
    expect(targetProgress('DECREASE', 30, 40)).toBe(1);
    expect(targetProgress('DECREASE', 40, 40)).toBe(1);
    expect(targetProgress('DECREASE', 0, 32)).toBe(1);
  });

  it('with a baseline above the target, a DECREASE counts the share of the way from baseline to target', () => {
    expect(targetProgress('DECREASE', 46, 40, 100)).toBeCloseTo(0.9);
    expect(targetProgress('DECREASE', 64, 40, 100)).toBeCloseTo(0.6);
    expect(targetProgress('DECREASE', 100, 40, 100)).toBe(0);
    // Worse than the baseline is no negative progress.
    expect(targetProgress('DECREASE', 120, 40, 100)).toBe(0);
    expect(targetProgress('DECREASE', 30, 40, 100)).toBeGreaterThan(1);
    // A target of 0 is reachable by way.
    expect(targetProgress('DECREASE', 5, 0, 10)).toBeCloseTo(0.5);
    // A baseline at or below the target is unusable: the fallback applies.
    expect(targetProgress('DECREASE', 46, 40, 40)).toBeCloseTo(40 / 46);
    expect(targetProgress('DECREASE', 46, 40, 20)).toBeCloseTo(40 / 46);
    // Baselines do not change INCREASE or MAINTAIN.
    expect(targetProgress('INCREASE', 50, 100, 10)).toBeCloseTo(0.5);
  });

  it('has no progress without a value or a (non-zero) target', () => {
    expect(targetProgress('INCREASE', null, 40)).toBeNull();
    expect(targetProgress('INCREASE', 10, null)).toBeNull();
    expect(targetProgress('INCREASE', 10, 0)).toBeNull();
    expect(targetProgress('DECREASE', 10, 0)).toBeNull();
    expect(targetProgress('DECREASE', 10, 0, null)).toBeNull();
    expect(targetProgress('MAINTAIN', undefined, 10)).toBeNull();
  });

  it('is on track from 90 % of the target (or of the way), and for MAINTAIN within ±10 %', () => {
    expect(status('INCREASE', 90, 100)).toBe('ON_TRACK');
    expect(status('INCREASE', 89.9, 100)).toBe('OFF_TRACK');
    expect(status('INCREASE', 120, 100)).toBe('ON_TRACK');
    expect(status('DECREASE', 46, 40)).toBe('OFF_TRACK');
    expect(status('DECREASE', 44, 40)).toBe('ON_TRACK');
    expect(status('DECREASE', 0, 40)).toBe('ON_TRACK');
    expect(status('DECREASE', 64, 40, 100)).toBe('OFF_TRACK');
    expect(status('DECREASE', 46, 40, 100)).toBe('ON_TRACK');
    expect(status('MAINTAIN', 36, 40)).toBe('ON_TRACK');
    expect(status('MAINTAIN', 44, 40)).toBe('OFF_TRACK'); // 1.1 is just outside in floating point
    expect(status('MAINTAIN', 30, 40)).toBe('OFF_TRACK');
    expect(targetStatusOf('INCREASE', 0.89)).toBe('OFF_TRACK');
    expect(targetStatusOf('MAINTAIN', 1.15)).toBe('OFF_TRACK');
    expect(targetStatusOf('MAINTAIN', 1.05)).toBe('ON_TRACK');
    expect(targetStatusOf('DECREASE', null)).toBe('NO_DATA');
    expect(status('INCREASE', null, 100)).toBe('NO_DATA');
    expect(status('INCREASE', 10, 0)).toBe('NO_DATA');
    expect(targetJudgement('DECREASE', 46, 40, 100)).toEqual({ progress: expect.closeTo(0.9), status: 'ON_TRACK' });
  });
});

describe('words for a progress', () => {
  it('calls INCREASE a share of the target', () => {
    expect(progressDescription('INCREASE', 87, 100)).toMatchObject({ kind: 'shareOfTarget', share: 0.87, bar: 0.87, status: 'OFF_TRACK' });
    expect(progressDescription('INCREASE', 150, 100)).toMatchObject({ kind: 'shareOfTarget', share: 1.5, bar: 1 });
  });

  it('never calls a DECREASE a share of the target', () => {
    expect(progressDescription('DECREASE', 46, 40)).toMatchObject({ kind: 'overTarget', difference: 6, status: 'OFF_TRACK' });
    expect(progressDescription('DECREASE', 64, 40, 100)).toMatchObject({ kind: 'shareOfWay', share: expect.closeTo(0.6), status: 'OFF_TRACK' });
    expect(progressDescription('DECREASE', 40, 40, 100)).toMatchObject({ kind: 'reached', bar: 1, status: 'ON_TRACK' });
    expect(progressDescription('DECREASE', 12, 40)).toMatchObject({ kind: 'reached', status: 'ON_TRACK' });
  });

  it('calls MAINTAIN a deviation from the target', () => {
    expect(progressDescription('MAINTAIN', 42, 40)).toMatchObject({ kind: 'deviation', share: expect.closeTo(0.05), status: 'ON_TRACK' });
    expect(progressDescription('MAINTAIN', 30, 40)).toMatchObject({ kind: 'deviation', share: expect.closeTo(0.25), bar: 0, status: 'OFF_TRACK' });
    expect(progressDescription('MAINTAIN', 40, 40)).toMatchObject({ kind: 'deviation', share: 0, bar: 1 });
  });

  it('has nothing to say without a value or target', () => {
    expect(progressDescription('INCREASE', null, 100)).toBeNull();
    expect(progressDescription('DECREASE', 5, null, 100)).toBeNull();
  });
});
