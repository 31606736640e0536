import { describe, expect, it } from 'vitest';
import { barShare, lastPoints, shortLabel, lastValue, splitProvisional, stackTotal, tableRows, toPoints, trimTrailingGaps } from './chart-data';
import { formatPeriodKey } from './period-label';

describe('chart data shaping', () => {
  it('pairs periods with values and keeps gaps as null', () => {
    expect(toPoints(['2026-01', '2026-02', '2026-03'], [1, null])).toEqual([
      { period: '2026-01', value: 1 },
      { period: '2026-02', value: null },
      { period: '2026-03', value: null },
    ]);
  });

  it('marks provisional periods where the API says so', () => {
    expect(toPoints(['a', 'b'], [1, 2], [false, true])).toEqual([
      { period: 'a', value: 1 },
      { period: 'b', value: 2, provisional: true },
    ]);
  });

  it('splits a line into solid complete segments and dashed segments touching a provisional value', () => {
    const rows = splitProvisional(toPoints(['a', 'b', 'c', 'd'], [1, 2, 3, 4], [false, false, true, false]));
    expect(rows.map((r) => r.solid)).toEqual([1, 2, null, 4]);
    expect(rows.map((r) => r.dashed)).toEqual([null, 2, 3, 4]);
    expect(rows.map((r) => r.provisional)).toEqual([false, false, true, false]);
    // A provisional period without a value draws nothing.
    expect(splitProvisional(toPoints(['a', 'b'], [1, null], [false, true])).map((r) => r.dashed)).toEqual([null, null]);
  });

  it('drops trailing gaps but keeps gaps inside the line', () => {
    const points = toPoints(['a', 'b', 'c', 'd'], [1, null, 3, null]);
    expect(trimTrailingGaps(points).map((p) => p.period)).toEqual(['a', 'b', 'c']);
    expect(trimTrailingGaps(toPoints(['a'], [null]))).toEqual([]);
  });

  it('finds the latest value, skipping gaps', () => {
    expect(lastValue(toPoints(['a', 'b', 'c'], [4, 0, null]))).toEqual({ period: 'b', value: 0 });
    expect(lastValue(toPoints(['a'], [null]))).toBeNull();
  });

  it('keeps the last points', () => {
    expect(lastPoints([1, 2, 3, 4], 2)).toEqual([3, 4]);
    expect(lastPoints([1], 6)).toEqual([1]);
  });

  it('clamps bar shares to 0…1', () => {
    expect(barShare(1.4)).toBe(1);
    expect(barShare(-0.2)).toBe(0);
    expect(barShare(0.42)).toBe(0.42);
    expect(barShare(null)).toBe(0);
    expect(barShare(Number.NaN)).toBe(0);
  });

  it('builds table rows and stack totals', () => {
    const data = [{ label: 'Nov.', values: { approved: 3, missing: null } }];
    expect(tableRows(data, ['approved', 'missing'], (v) => (v === null ? '–' : String(v)))).toEqual([{ label: 'Nov.', cells: ['3', '–'] }]);
    expect(stackTotal({ approved: 3, missing: 2, open: null }, ['approved', 'missing', 'open'])).toBe(5);
  });
});

describe('axis labels', () => {
  it('shortens long category names only', () => {
    expect(shortLabel('Jobcenter')).toBe('Jobcenter');
    expect(shortLabel('Brückenbauer – Bildungspaten e.V.', 12)).toBe('Brückenbaue…');
  });
});

describe('period labels', () => {
  it('reads period keys in German and English', () => {
    expect(formatPeriodKey('2026-11', 'de')).toBe('November 2026');
    expect(formatPeriodKey('2026-03', 'en')).toBe('March 2026');
    expect(formatPeriodKey('2026-11', 'de', { short: true })).toBe('Nov. 26');
    expect(formatPeriodKey('2026-Q3', 'de')).toBe('Q3 2026');
    expect(formatPeriodKey('2026-Q3', 'en', { short: true })).toBe('Q3 26');
    expect(formatPeriodKey('2026', 'de')).toBe('2026');
    expect(formatPeriodKey(null, 'de')).toBe('–');
  });
});
