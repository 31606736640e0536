import type { CellFacts } from './cell-disclosure';

/** One approved value of a cell as the roll-up CTEs compute it (`members`), newest approval first. */
export interface CellMemberRow {
  indicatorId: string;
  periodKey: string;
  membershipId: string;
  value: number | null;
  /** SUM: value − half of each deduplicated overlap; else the value. */
  net: number | null;
  deducted: number | null;
  numerator: number | null;
  denominator: number | null;
  isLatest: boolean;
}

export interface CellPartRow {
  indicatorId: string;
  periodKey: string;
  membershipId: string;
  dimensionId: string;
  categoryId: string;
  value: number;
}

export interface CellTotalRow {
  indicatorId: string;
  periodKey: string;
  aggregation: string;
  total: number | null;
  base: number | null;
}

export const cellKey = (indicatorId: string, periodKey: string) => `${indicatorId}|${periodKey}`;

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const avg = (xs: number[]) => (xs.length ? sum(xs) / xs.length : null);

/**
 * The facts of one cell, computed the way the roll-up shows them (rollups.repository.ts):
 * contributions' nets (ContributionModel) and the CATEGORY lines of every dimension (SUM spreads
 * a member's deduction over its parts in proportion; the `none:<dimension>` line holds the members
 * that did not break it down; LATEST takes the part approved last; AVERAGE and RATIO average).
 * `members` must be ordered newest approval first.
 */
export function buildCellFacts(
  total: CellTotalRow,
  members: CellMemberRow[],
  parts: CellPartRow[],
  dimensions: { dimensionId: string; categoryIds: string[] }[],
): CellFacts {
  const agg = total.aggregation;
  const denominators = sum(members.map((m) => m.denominator ?? 0));
  const netOf = (m: CellMemberRow): number | null => {
    if (m.value === null) return null;
    switch (agg) {
      case 'SUM':
        return m.net;
      case 'AVERAGE':
        return m.value / members.length;
      case 'LATEST':
        return m.isLatest ? m.value : 0;
      default:
        return denominators ? (m.numerator ?? 0) / denominators : null;
    }
  };
  const factsMembers = members.map((m) => ({ membershipId: m.membershipId, reported: m.value, net: netOf(m), denominator: m.denominator }));

  const lines: CellFacts['dimensions'] = dimensions.map((d) => {
    const inDim = parts.filter((p) => p.dimensionId === d.dimensionId);
    const breaking = new Set(inDim.map((p) => p.membershipId));
    const line = (key: string, value: number | null) => ({ key, value });
    const out = d.categoryIds.map((categoryId) => {
      const these = inDim.filter((p) => p.categoryId === categoryId);
      if (!these.length) return line(categoryId, null);
      if (agg === 'SUM') {
        return line(
          categoryId,
          sum(
            these.map((p) => {
              const m = members.find((x) => x.membershipId === p.membershipId);
              const ofMember = sum(inDim.filter((q) => q.membershipId === p.membershipId).map((q) => q.value));
              return p.value - (ofMember ? ((m?.deducted ?? 0) * p.value) / ofMember : 0);
            }),
          ),
        );
      }
      if (agg === 'LATEST') {
        const newest = members.find((m) => these.some((p) => p.membershipId === m.membershipId));
        return line(categoryId, these.find((p) => p.membershipId === newest?.membershipId)?.value ?? null);
      }
      return line(categoryId, avg(these.map((p) => p.value)));
    });
    const rest = members.filter((m) => !breaking.has(m.membershipId) && m.value !== null);
    if (rest.length) {
      const value = agg === 'SUM' ? sum(rest.map((m) => m.net ?? 0)) : agg === 'LATEST' ? rest[0].value : avg(rest.map((m) => m.value!));
      out.push(line(`none:${d.dimensionId}`, value));
    }
    return { dimensionId: d.dimensionId, lines: out };
  });

  return {
    aggregation: agg,
    total: total.total,
    totalBase: total.base,
    members: factsMembers,
    dimensions: lines,
    parts: parts.map((p) => ({ membershipId: p.membershipId, dimensionId: p.dimensionId, categoryId: p.categoryId, value: p.value })),
  };
}
