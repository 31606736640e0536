import { describe, expect, it } from 'vitest';
import { defaultReportRange, reportRangeProblems } from './report-range';

describe('funder report range', () => {
  it('defaults to January up to the current month', () => {
    expect(defaultReportRange(new Date(2026, 10, 15))).toEqual({ from: '2026-01', to: '2026-11' });
  });

  it('wants two months, the second not before the first', () => {
    expect(reportRangeProblems('2026-01', '2026-12')).toEqual({});
    expect(reportRangeProblems('2026-13', '2026-12')).toEqual({ from: 'month' });
    expect(reportRangeProblems('2026-06', '2026-01')).toEqual({ to: 'beforeStart' });
    expect(reportRangeProblems('', 'x')).toEqual({ from: 'month', to: 'month' });
  });
});
