import { describe, expect, it } from 'vitest';
import { latestValue, periodsWithValues, provisionalValue, targetStatus, toChartData, totalsByIndicator, type SeriesLike } from './series';

const labels = { actual: 'Ist-Wert', target: 'Zielwert' };

const total = (over: Partial<SeriesLike> = {}): SeriesLike => ({
  indicatorId: 'i-1',
  key: 'total',
  label: 'Kinder in Leseförderung',
  periods: ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'],
  actual: [100, null, 150, null],
  target: [160, 160, 160, 160],
  ...over,
});

describe('targetStatus', () => {
  it('judges INCREASE by value / target with 90 % as the line', () => {
    expect(targetStatus('INCREASE', 90, 100)).toBe('ON_TRACK');
    expect(targetStatus('INCREASE', 89.9, 100)).toBe('OFF_TRACK');
    expect(targetStatus('INCREASE', 120, 100)).toBe('ON_TRACK');
  });

  it('judges DECREASE by target / value, a value of 0 reaching the target', () => {
    expect(targetStatus('DECREASE', 46, 40)).toBe('OFF_TRACK'); // 40 / 46 = 0.87
    expect(targetStatus('DECREASE', 44, 40)).toBe('ON_TRACK'); // 0.909
    expect(targetStatus('DECREASE', 0, 40)).toBe('ON_TRACK');
  });

  it('judges MAINTAIN by staying within ±10 %', () => {
    expect(targetStatus('MAINTAIN', 36, 40)).toBe('ON_TRACK');
    expect(targetStatus('MAINTAIN', 44, 40)).toBe('OFF_TRACK'); // 1.1 is just outside, as in the API's arithmetic
    expect(targetStatus('MAINTAIN', 30, 40)).toBe('OFF_TRACK');
    expect(targetStatus('MAINTAIN', 50, 40)).toBe('OFF_TRACK');
  });

  it('has no data without a value, without a target or with a zero target', () => {
    expect(targetStatus('INCREASE', null, 100)).toBe('NO_DATA');
    expect(targetStatus('INCREASE', 10, null)).toBe('NO_DATA');
    expect(targetStatus('INCREASE', 10, 0)).toBe('NO_DATA');
  });
});

describe('latestValue', () => {
  it('takes the last period with an approved value and the target that applies to it', () => {
    expect(latestValue(total({ target: [160, 170, 180, 190] }))).toEqual({ period: '2026-Q3', value: 150, target: 180 });
  });

  it('is null without values or without a series', () => {
    expect(latestValue(total({ actual: [null, null, null, null] }))).toBeNull();
    expect(latestValue(undefined)).toBeNull();
  });

  it('skips provisional periods, which are shown beside it', () => {
    const series = total({
      actual: [100, null, 150, 12],
      provisional: [false, false, false, true],
      approvedReports: [4, 4, 4, 1],
      expectedReports: [4, 4, 4, 4],
    });
    expect(latestValue(series)).toEqual({ period: '2026-Q3', value: 150, target: 160 });
    expect(provisionalValue(series)).toEqual({ period: '2026-Q4', value: 12, approved: 1, expected: 4 });
    expect(provisionalValue(total())).toBeNull();
    // A provisional period older than the latest complete one is not "newer".
    expect(provisionalValue(total({ actual: [100, 90, 150, null], provisional: [false, true, false, false] }))).toBeNull();
  });

  it('keeps a value of 0', () => {
    expect(latestValue(total({ actual: [5, 0, null, null] }))?.value).toBe(0);
  });
});

describe('totalsByIndicator', () => {
  it('indexes TOTAL series by indicator and ignores member lines', () => {
    const map = totalsByIndicator([total(), total({ indicatorId: 'i-2' }), total({ key: 'm-1', indicatorId: 'i-3' })]);
    expect([...map.keys()]).toEqual(['i-1', 'i-2']);
  });
});

describe('toChartData', () => {
  it('gives the TOTAL actual line and the target line', () => {
    const data = toChartData([total()], labels);
    expect(data.periods).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(data.lines).toEqual([
      { key: 'actual', label: 'Ist-Wert', values: [100, null, 150, null], variant: 'actual' },
      { key: 'target', label: 'Zielwert', values: [160, 160, 160, 160], variant: 'target' },
    ]);
  });

  it('leaves the target line out when no target applies anywhere', () => {
    const data = toChartData([total({ target: [null, null, null, null] })], labels);
    expect(data.lines.map((l) => l.key)).toEqual(['actual']);
  });

  it('gives one line per member, aligned to the first series by period', () => {
    const a = total({ key: 'm-1', label: 'Lesestart e.V.', target: [null, null, null, null] });
    const b = total({ key: 'm-2', label: 'Jugendtreff Oststadt e.V.', periods: ['2026-Q3', '2026-Q4'], actual: [40, 45], target: [null, null] });
    const data = toChartData([a, b], labels);
    expect(data.lines).toEqual([
      { key: 's-m-1', label: 'Lesestart e.V.', values: [100, null, 150, null], variant: 'actual' },
      { key: 's-m-2', label: 'Jugendtreff Oststadt e.V.', values: [null, null, 40, 45], variant: 'actual' },
    ]);
  });

  it('carries provisional flags and completeness, and names the lines without breakdown', () => {
    const completeness = { provisional: [false, false, false, true], approvedReports: [4, 4, 4, 1], expectedReports: [4, 4, 4, 4] };
    const totalData = toChartData([total({ ...completeness })], labels);
    expect(totalData.lines[0]!.provisional).toEqual([false, false, false, true]);
    expect(totalData.lines[1]!.provisional).toBeUndefined();
    expect(totalData.completeness![3]).toEqual({ provisional: true, approved: 1, expected: 4 });
    const byCategory = toChartData(
      [total({ key: 'c-1', label: 'weiblich', ...completeness }), total({ key: 'none:d-1', label: 'Geschlecht', ...completeness })],
      { ...labels, noBreakdown: 'ohne Aufschlüsselung' },
    );
    expect(byCategory.lines.map((l) => l.label)).toEqual(['weiblich', 'ohne Aufschlüsselung (Geschlecht)']);
  });

  it('is empty without series', () => {
    expect(toChartData([], labels)).toEqual({ periods: [], lines: [] });
  });
});

describe('periodsWithValues', () => {
  it('lists periods with an actual value, newest first, ignoring targets', () => {
    expect(periodsWithValues(toChartData([total()], labels))).toEqual(['2026-Q3', '2026-Q1']);
  });
});
