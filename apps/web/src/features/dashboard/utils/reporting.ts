import { periodRange } from '@gemeinwerk/shared';

/** Completeness counts of one period, as allianceHealth sends them. */
export interface CompletenessCounts {
  expected: number;
  /** SUBMITTED or APPROVED. */
  submitted: number;
  approved: number;
  /** Not reported at all. */
  missing: number;
}

export type CompletenessPart = 'approved' | 'awaitingReview' | 'inProgress' | 'missing';
export const COMPLETENESS_PARTS: readonly CompletenessPart[] = ['approved', 'awaitingReview', 'inProgress', 'missing'];

/**
 * Splits the expected reports of a period into parts that add up to `expected`: approved,
 * handed in and waiting for review, begun but not handed in (draft or rejected), missing.
 */
export function completenessParts(counts: CompletenessCounts): Record<CompletenessPart, number> {
  const approved = Math.max(0, counts.approved);
  const awaitingReview = Math.max(0, counts.submitted - counts.approved);
  const missing = Math.max(0, counts.missing);
  const inProgress = Math.max(0, counts.expected - counts.submitted - counts.missing);
  return { approved, awaitingReview, inProgress, missing };
}

export type MyReportState = 'open' | 'draft' | 'rejected' | 'submitted' | 'approved';

/**
 * What one organisation still has to do in a period: expected indicators without a value are
 * open; drafts and rejected values need another step; submitted and approved ones are done.
 */
export function myReportSummary(
  indicatorIds: readonly string[],
  measurements: readonly { indicatorId: string; status: string }[],
): Record<MyReportState, number> & { expected: number; toDo: number } {
  const byIndicator = new Map(measurements.map((m) => [m.indicatorId, m.status]));
  const counts: Record<MyReportState, number> = { open: 0, draft: 0, rejected: 0, submitted: 0, approved: 0 };
  for (const id of indicatorIds) {
    const status = byIndicator.get(id);
    if (status === 'DRAFT') counts.draft += 1;
    else if (status === 'REJECTED') counts.rejected += 1;
    else if (status === 'SUBMITTED') counts.submitted += 1;
    else if (status === 'APPROVED') counts.approved += 1;
    else counts.open += 1;
  }
  return { ...counts, expected: indicatorIds.length, toDo: counts.open + counts.draft + counts.rejected };
}

/** Whole days from `from` (ISO date or timestamp) to `today`, never negative. */
export function daysSince(from: string | null | undefined, today = new Date()): number | null {
  if (!from) return null;
  const start = new Date(from.length === 10 ? `${from}T00:00:00Z` : from);
  if (Number.isNaN(start.getTime())) return null;
  return Math.max(0, Math.floor((today.getTime() - start.getTime()) / 86_400_000));
}

/**
 * Periods in reading order for a chart: by the day they end, and of two ending together (Q4 and
 * the year) the shorter first. Unknown keys keep their place at the end.
 */
export function byPeriodEnd<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const range = (item: T) => {
    try {
      return periodRange(keyOf(item));
    } catch {
      return { startsOn: '9999', endsOn: '9999' };
    }
  };
  return [...items].sort((a, b) => {
    const ra = range(a);
    const rb = range(b);
    return ra.endsOn.localeCompare(rb.endsOn) || rb.startsOn.localeCompare(ra.startsOn);
  });
}
