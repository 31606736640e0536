import { describe, expect, it } from 'vitest';
import { indicatorProgress } from './indicator-progress';
import { byPeriodEnd, completenessParts, daysSince, myReportSummary } from './reporting';

// The arithmetic of progress and status is tested once, in packages/shared (targets.spec.ts).
describe('progress toward a target', () => {
  it('reads the latest approved value and its target from a series', () => {
    const result = indicatorProgress(
      { periods: ['2026-09', '2026-10', '2026-11', '2026-12'], actual: [160, null, 172, null], target: [200, 200, 210, 210] },
      'INCREASE',
      null,
      2,
    );
    expect(result.points).toEqual([
      { period: '2026-10', value: null },
      { period: '2026-11', value: 172 },
    ]);
    expect(result.latest).toEqual({ period: '2026-11', value: 172, target: 210 });
    expect(result.progress).toBeCloseTo(172 / 210);
    expect(result.status).toBe('OFF_TRACK');
  });

  it('has no data without approved values', () => {
    expect(indicatorProgress({ periods: ['2026'], actual: [null], target: [5] }, 'INCREASE')).toEqual({
      points: [],
      latest: null,
      provisional: null,
      progress: null,
      status: 'NO_DATA',
      description: null,
    });
    expect(indicatorProgress(undefined, 'INCREASE').status).toBe('NO_DATA');
  });

  it('judges the latest complete period and shows a newer provisional one beside it', () => {
    const result = indicatorProgress(
      {
        periods: ['2026-09', '2026-10', '2026-11', '2026-12'],
        actual: [100, 98, 31, null],
        target: [100, 100, 100, 100],
        provisional: [false, false, true, true],
        approvedReports: [15, 15, 1, 0],
        expectedReports: [15, 15, 15, 15],
      },
      'INCREASE',
    );
    expect(result.latest).toEqual({ period: '2026-10', value: 98, target: 100 });
    expect(result.provisional).toEqual({ period: '2026-11', value: 31, approved: 1, expected: 15 });
    expect(result.status).toBe('ON_TRACK');
    expect(result.points.map((p) => p.provisional ?? false)).toEqual([false, false, true]);
  });

  it('shows no provisional value older than the latest complete one', () => {
    const result = indicatorProgress(
      {
        periods: ['2026-10', '2026-11'],
        actual: [40, 50],
        target: [null, 60],
        provisional: [true, false],
        approvedReports: [3, 15],
        expectedReports: [15, 15],
      },
      'DECREASE',
      100,
    );
    expect(result.latest).toEqual({ period: '2026-11', value: 50, target: 60 });
    expect(result.provisional).toBeNull();
    expect(result.description).toMatchObject({ kind: 'reached' });
  });

  it('has no complete value when only a provisional one exists', () => {
    const result = indicatorProgress(
      { periods: ['2026'], actual: [7], target: [10], provisional: [true], approvedReports: [1], expectedReports: [4] },
      'INCREASE',
    );
    expect(result.latest).toBeNull();
    expect(result.provisional).toEqual({ period: '2026', value: 7, approved: 1, expected: 4 });
    expect(result.status).toBe('NO_DATA');
  });
});

describe('reporting shapes', () => {
  it('splits expected reports into parts that add up', () => {
    const parts = completenessParts({ expected: 30, submitted: 12, approved: 8, missing: 10 });
    expect(parts).toEqual({ approved: 8, awaitingReview: 4, inProgress: 8, missing: 10 });
    expect(Object.values(parts).reduce((a, b) => a + b, 0)).toBe(30);
  });

  it('summarises what an organisation still has to report', () => {
    const summary = myReportSummary(
      ['i1', 'i2', 'i3', 'i4', 'i5'],
      [
        { indicatorId: 'i1', status: 'DRAFT' },
        { indicatorId: 'i2', status: 'REJECTED' },
        { indicatorId: 'i3', status: 'APPROVED' },
        { indicatorId: 'other', status: 'SUBMITTED' },
      ],
    );
    expect(summary).toEqual({ open: 2, draft: 1, rejected: 1, submitted: 0, approved: 1, expected: 5, toDo: 4 });
  });

  it('counts whole days since a date', () => {
    const today = new Date('2026-12-06T10:00:00Z');
    expect(daysSince('2026-12-01', today)).toBe(5);
    expect(daysSince('2026-12-06T09:00:00Z', today)).toBe(0);
    expect(daysSince(null, today)).toBeNull();
  });
});

describe('period order', () => {
  it('sorts periods of mixed frequencies by the day they end, shorter first', () => {
    const keys = ['2026-11', '2026-10', '2026-Q4', '2026-Q3', '2026', 'odd'];
    expect(byPeriodEnd(keys, (k) => k)).toEqual(['2026-Q3', '2026-10', '2026-11', '2026-Q4', '2026', 'odd']);
  });
});

describe('goal counts', () => {
  it('counts goals by status and top-level goals', async () => {
    const { goalStatusCounts } = await import('./goals');
    expect(
      goalStatusCounts([
        { depth: 0, status: 'ACTIVE' },
        { depth: 1, status: 'ACHIEVED' },
        { depth: 0, status: 'PLANNED' },
        { depth: 1, status: 'ACTIVE' },
      ]),
    ).toEqual({ total: 4, topLevel: 2, byStatus: { ACTIVE: 2, PLANNED: 1, ACHIEVED: 1, DROPPED: 0 } });
  });
});
