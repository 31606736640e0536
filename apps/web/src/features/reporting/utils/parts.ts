import type { ReportingIndicator } from '../api/get-indicators';

export type PartValues = Record<string, number | null>;

export interface PartsProblem {
  dimensionName: string;
  sum: number;
  total: number;
}

/** Tolerates binary rounding of decimal inputs (0,1 + 0,2). */
const EPSILON = 1e-9;

/**
 * For SUM indicators the parts of a dimension must add up to the total; a dimension left empty
 * is fine (the API accepts that too). Other aggregations have no such rule: parts of an average
 * are averages themselves.
 */
export function partsProblems(indicator: Pick<ReportingIndicator, 'aggregation' | 'dimensions'>, total: number | null, parts: PartValues): PartsProblem[] {
  if (indicator.aggregation !== 'SUM' || total === null) return [];
  const problems: PartsProblem[] = [];
  for (const dimension of indicator.dimensions) {
    const given = dimension.categories.map((c) => parts[c.id]).filter((v): v is number => v !== null && v !== undefined);
    if (given.length === 0) continue;
    const sum = given.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - total) > EPSILON) problems.push({ dimensionName: dimension.name, sum, total });
  }
  return problems;
}

/** The parts the user filled in, as the API expects them. */
export function partsInput(parts: PartValues): { categoryId: string; value: number }[] {
  return Object.entries(parts)
    .filter((entry): entry is [string, number] => entry[1] !== null && entry[1] !== undefined)
    .map(([categoryId, value]) => ({ categoryId, value }));
}
