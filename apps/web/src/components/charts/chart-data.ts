/** Pure shaping of chart data; the chart components only draw what these return. */

export interface SeriesPoint {
  period: string;
  value: number | null;
  /** The period is not closed and not all expected values are approved yet: the value may still change. */
  provisional?: boolean;
}

/**
 * Pairs period keys with their values (the API sends them as parallel arrays), and, where the
 * API says so, marks provisional periods.
 */
export function toPoints(
  periods: readonly string[],
  values: readonly (number | null | undefined)[],
  provisional?: readonly (boolean | null | undefined)[] | null,
): SeriesPoint[] {
  return periods.map((period, index) =>
    provisional?.[index] ? { period, value: values[index] ?? null, provisional: true } : { period, value: values[index] ?? null },
  );
}

/** A value's completeness as the API reports it per period. */
export interface Completeness {
  approved: number;
  expected: number;
}

/** A chart row that draws provisional points apart: `solid` between complete points, `dashed` on each segment touching a provisional one. */
export interface ProvisionalRow {
  period: string;
  solid: number | null;
  dashed: number | null;
  provisional: boolean;
}

/**
 * Splits one line into a solid line through complete values and a dashed one for every
 * segment that leads to or from a provisional value, so a chart can draw the provisional
 * point hollow and its segment dashed. A complete point joins the dashed line only where a
 * neighbour is provisional.
 */
export function splitProvisional(points: readonly SeriesPoint[]): ProvisionalRow[] {
  return points.map((point, i) => {
    const provisional = point.provisional === true && point.value !== null;
    const neighbourProvisional = [points[i - 1], points[i + 1]].some((p) => p?.provisional === true && p.value !== null);
    return {
      period: point.period,
      solid: provisional ? null : point.value,
      dashed: point.value !== null && (provisional || neighbourProvisional) ? point.value : null,
      provisional,
    };
  });
}

/** Drops the periods after the last value (future periods nobody could report yet). */
export function trimTrailingGaps(points: readonly SeriesPoint[]): SeriesPoint[] {
  let end = points.length;
  while (end > 0 && points[end - 1]!.value === null) end -= 1;
  return points.slice(0, end);
}

/** The latest point that has a value, or null. */
export function lastValue(points: readonly SeriesPoint[]): { period: string; value: number } | null {
  for (let i = points.length - 1; i >= 0; i -= 1) {
    const point = points[i]!;
    if (point.value !== null) return { period: point.period, value: point.value };
  }
  return null;
}

/** Keeps the last `count` points. */
export function lastPoints<T>(points: readonly T[], count: number): T[] {
  return points.slice(Math.max(0, points.length - count));
}

/** A share for drawing a bar: 0…1, null and NaN as 0. */
export function barShare(share: number | null | undefined): number {
  if (share === null || share === undefined || !Number.isFinite(share)) return 0;
  return Math.min(1, Math.max(0, share));
}

/** Rows for a chart's data table: one row per category, values formatted by the caller. */
export function tableRows<K extends string>(
  data: readonly { label: string; values: Partial<Record<K, number | null>> }[],
  keys: readonly K[],
  format: (value: number | null) => string,
): { label: string; cells: string[] }[] {
  return data.map((row) => ({ label: row.label, cells: keys.map((key) => format(row.values[key] ?? null)) }));
}

/** The stacked series' total of a category (for the axis domain and the text). */
export function stackTotal<K extends string>(values: Partial<Record<K, number | null>>, keys: readonly K[]): number {
  return keys.reduce((sum, key) => sum + (values[key] ?? 0), 0);
}

/** Shortens a category label for an axis (the data table keeps the full text). */
export function shortLabel(label: string, max = 22): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}
