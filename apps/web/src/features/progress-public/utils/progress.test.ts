import { describe, expect, it } from 'vitest';
import type { PublicProgressIndicator } from '../api/progress-api';
import { latestValue, targetShare } from './progress';

const indicator = (o: Partial<PublicProgressIndicator>): PublicProgressIndicator => ({
  id: 'i',
  code: null,
  name: 'Teilnehmende',
  unit: 'Personen',
  decimals: 0,
  direction: 'INCREASE',
  frequency: 'QUARTERLY',
  aggregation: 'SUM',
  baseline: null,
  periods: ['2026-Q1', '2026-Q2', '2026-Q3'],
  periodLabels: ['1. Quartal 2026', '2. Quartal 2026', '3. Quartal 2026'],
  actual: [40, null, null],
  target: [120, 120, 120],
  suppressed: [false, true, false],
  provisional: [false, true, false],
  ...o,
});

describe('latestValue', () => {
  it('takes the newest period with a value or a hidden value, never an empty one', () => {
    expect(latestValue(indicator({}))).toMatchObject({ index: 1, value: null, suppressed: true, provisional: true });
    expect(latestValue(indicator({ suppressed: [false, false, false] }))).toMatchObject({ index: 0, value: 40, period: '1. Quartal 2026' });
    expect(latestValue(indicator({ actual: [null, null, null], suppressed: [false, false, false] }))).toBeNull();
  });
});

describe('targetShare', () => {
  it('is value / target for INCREASE, clamped to 0…1', () => {
    expect(targetShare({ direction: 'INCREASE', baseline: null }, 60, 120)).toBe(0.5);
    expect(targetShare({ direction: 'INCREASE', baseline: null }, 200, 120)).toBe(1);
    expect(targetShare({ direction: 'INCREASE', baseline: null }, null, 120)).toBeNull();
  });
  it('counts down from the baseline for DECREASE', () => {
    expect(targetShare({ direction: 'DECREASE', baseline: 100 }, 75, 50)).toBe(0.5);
    expect(targetShare({ direction: 'DECREASE', baseline: null }, 40, 50)).toBe(1);
  });
});
