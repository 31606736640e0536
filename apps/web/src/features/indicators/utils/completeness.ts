import type { CompletenessRow } from '../api/get-reporting-completeness';

export type CompletenessStatus = CompletenessRow['status'];

/** Still with the member: not reported, a draft, or sent back. SUBMITTED waits for the backbone. */
export const OUTSTANDING: readonly CompletenessStatus[] = ['MISSING', 'DRAFT', 'REJECTED'];

export interface MemberLine {
  membershipId: string;
  organisationName: string;
  /** Status per indicator id; absent when the member is not expected to report it. */
  cells: Record<string, CompletenessStatus>;
  outstanding: number;
  awaitingReview: number;
  approved: number;
}

export interface CompletenessMatrix {
  indicators: { id: string; name: string }[];
  members: MemberLine[];
}

/**
 * Turns the API's rows (indicator by indicator, member by member) into a member × indicator
 * matrix: indicators keep the API's order, members come most-outstanding first, then by name.
 */
export function completenessMatrix(rows: readonly CompletenessRow[], language: string): CompletenessMatrix {
  const indicators = new Map<string, string>();
  const members = new Map<string, MemberLine>();
  for (const r of rows) {
    if (!indicators.has(r.indicatorId)) indicators.set(r.indicatorId, r.indicatorName);
    let m = members.get(r.membershipId);
    if (!m)
      members.set(
        r.membershipId,
        (m = { membershipId: r.membershipId, organisationName: r.organisationName, cells: {}, outstanding: 0, awaitingReview: 0, approved: 0 }),
      );
    m.cells[r.indicatorId] = r.status;
    if (OUTSTANDING.includes(r.status)) m.outstanding += 1;
    else if (r.status === 'SUBMITTED') m.awaitingReview += 1;
    else m.approved += 1;
  }
  const collator = new Intl.Collator(language);
  return {
    indicators: [...indicators].map(([id, name]) => ({ id, name })),
    members: [...members.values()].sort(
      (a, b) => b.outstanding - a.outstanding || b.awaitingReview - a.awaitingReview || collator.compare(a.organisationName, b.organisationName),
    ),
  };
}

/** Today as a calendar date (YYYY-MM-DD) in the browser's time zone. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Whole days from `from` to `to` (calendar dates; negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((day(to) - day(from)) / 86_400_000);
}
