import type { AggregationName } from '@gemeinwerk/shared';

/**
 * Small-number protection (statistical disclosure control): the ONE rule that decides which
 * numbers a funder, an observer or the public may not see. Pure: no Nest, no database.
 *
 * Primary suppression — a cell is hidden when it could identify people:
 *  - COUNT (aggregation SUM or LATEST: people reached, places, participations): a value with
 *    0 < |value| < k. A true zero is SHOWN, as statistical offices do: "nobody" identifies nobody,
 *    and hiding zeros would hide that an offer reached no one.
 *  - SHARE (RATIO): a share whose base (Σ denominators, the people it is computed from) is
 *    0 < base < k. The value itself may be large (3 of 4 = 75 %), the base is what identifies.
 *  - MEAN (AVERAGE): a mean is hidden when the number of people it rests on is known and below k.
 *    Roll-ups average the members' own values (organisations' figures, e.g. a satisfaction score)
 *    and the data holds no head count behind them, so callers pass `base: null` and such means are
 *    shown; a caller that knows the head count passes it.
 *
 * Complementary suppression — a hidden cell must not be computable from what stays visible. An
 * additive group is a total and its parts (Σ parts = total): the categories of one dimension and
 * the indicator's total, the members' contributions and the alliance's roll-up. While a group's
 * total is visible and it has hidden parts, the hidden parts must be at least two AND together
 * reach k (so "total − visible parts" only gives a sum of width ≥ k, never one cell or a tight
 * bound on two small ones). Otherwise the smallest visible sibling (non-zero first) is hidden
 * too; when no sibling is left, the total is hidden. A hidden total whose parts are all visible
 * would be their sum, so one part (the smallest) is hidden then. A newly hidden cell may break another group
 * it belongs to, so this repeats until nothing changes.
 *
 * Cells the viewer already knows (`known`, e.g. a partner's own organisation's values) are never
 * hidden from that viewer and count as visible when protecting the others.
 */

export const DEFAULT_SMALL_NUMBER_THRESHOLD = 5;
export const MIN_SMALL_NUMBER_THRESHOLD = 2;
export const MAX_SMALL_NUMBER_THRESHOLD = 20;

export type ValueKind = 'COUNT' | 'SHARE' | 'MEAN';

/** What kind of number an indicator's values are, from its aggregation. */
export function valueKindOf(aggregation: AggregationName | string): ValueKind {
  switch (aggregation) {
    case 'RATIO':
      return 'SHARE';
    case 'AVERAGE':
      return 'MEAN';
    default:
      return 'COUNT';
  }
}

export function isValidThreshold(k: unknown): k is number {
  return typeof k === 'number' && Number.isInteger(k) && k >= MIN_SMALL_NUMBER_THRESHOLD && k <= MAX_SMALL_NUMBER_THRESHOLD;
}

/** A count that identifies: 1 … k−1 (in magnitude). Zero and null are not small. */
export function isSmallCount(value: number | null | undefined, k: number): boolean {
  if (value === null || value === undefined || !Number.isFinite(value)) return false;
  const v = Math.abs(value);
  return v > 0 && v < k;
}

/** A value computed from 1 … k−1 people. An unknown base (null) is not small. */
export function isSmallBase(base: number | null | undefined, k: number): boolean {
  return isSmallCount(base, k);
}

export interface PrimaryInput {
  kind: ValueKind;
  value: number | null;
  /** SHARE: Σ denominators; MEAN: head count if known; COUNT: ignored (the value is the count). */
  base?: number | null;
}

/** Primary suppression of one cell (see the file comment). */
export function isPrimarySuppressed(cell: PrimaryInput, k: number): boolean {
  if (cell.value === null) return false;
  if (cell.kind === 'COUNT') return isSmallCount(cell.value, k);
  return isSmallBase(cell.base, k);
}

export interface DisclosureCell {
  id: string;
  /** The true value; null = nothing to show (never hidden, adds nothing). */
  value: number | null;
  /** Hidden on its own (primary suppression), decided by the caller with `isPrimarySuppressed`. */
  primary: boolean;
  /** The viewer knows this value anyway (own organisation): never hidden, counts as visible. */
  known?: boolean;
}

/** Σ parts = total. A cell may belong to several groups (as a part, as a total, or both). */
export interface AdditiveGroup {
  total: string;
  parts: string[];
  /**
   * The parts are counts (default): the hidden ones must together reach k. Shares (a RATIO's
   * member contributions) only need a second hidden part, their sizes say nothing about people.
   */
  counts?: boolean;
}

export interface DisclosureTable {
  cells: DisclosureCell[];
  groups: AdditiveGroup[];
}

const magnitude = (c: DisclosureCell | undefined) => Math.abs(c?.value ?? 0);

/**
 * The ids of the cells to hide from a viewer with threshold k: primary suppression, then
 * complementary suppression over the additive groups until stable.
 */
export function suppressTable(table: DisclosureTable, k: number): Set<string> {
  const cells = new Map(table.cells.map((c) => [c.id, c]));
  const hidden = new Set<string>();
  for (const c of table.cells) if (c.primary && !c.known && c.value !== null) hidden.add(c.id);
  if (!hidden.size) return hidden;

  const hide = (id: string): boolean => {
    const c = cells.get(id);
    if (!c || c.known || hidden.has(id)) return false;
    hidden.add(id);
    return true;
  };

  let changed = true;
  // Each pass hides at least one more cell or stops, so it ends within |cells| passes.
  while (changed) {
    changed = false;
    for (const g of table.groups) {
      if (!cells.has(g.total)) continue;
      const parts = g.parts.filter((id) => cells.has(id));
      if (hidden.has(g.total)) {
        // A hidden total whose parts all stay visible is their sum: hide one of them.
        if (parts.length && !parts.some((id) => hidden.has(id))) {
          const part = smallestVisibleSibling(parts, cells, hidden);
          if (part && hide(part)) changed = true;
        }
        continue;
      }
      let hiddenParts = parts.filter((id) => hidden.has(id));
      if (!hiddenParts.length) continue;
      const need = g.counts === false ? 0 : k;
      let sum = hiddenParts.reduce((s, id) => s + magnitude(cells.get(id)), 0);
      while (hiddenParts.length < 2 || sum < need) {
        const sibling = smallestVisibleSibling(parts, cells, hidden);
        if (sibling) {
          hide(sibling);
          hiddenParts = [...hiddenParts, sibling];
          sum += magnitude(cells.get(sibling));
          changed = true;
          continue;
        }
        // Nothing left to hide beside it: the total would give the hidden parts away.
        if (hide(g.total)) changed = true;
        break;
      }
    }
  }
  return hidden;
}

/** The visible, unknown sibling with the smallest non-zero magnitude; a zero only when nothing else is left. */
function smallestVisibleSibling(parts: string[], cells: Map<string, DisclosureCell>, hidden: Set<string>): string | undefined {
  let best: DisclosureCell | undefined;
  let zero: DisclosureCell | undefined;
  for (const id of parts) {
    const c = cells.get(id)!;
    if (hidden.has(id) || c.known || c.value === null) continue;
    if (magnitude(c) === 0) zero ??= c;
    else if (!best || magnitude(c) < magnitude(best) || (magnitude(c) === magnitude(best) && c.id < best.id)) best = c;
  }
  return (best ?? zero)?.id;
}

/**
 * Checks a suppressed table the way an attacker would: for every group with a visible total, the
 * hidden parts' sum is `total − visible parts`; a hidden total with only visible parts is their sum. Returns the ids of hidden cells whose exact value
 * (or a bound tighter than k) follows from that; empty when the table is safe. Used by tests and
 * available to exports as a last assertion.
 */
export function recoverableCells(table: DisclosureTable, hidden: Set<string>, k: number): string[] {
  const cells = new Map(table.cells.map((c) => [c.id, c]));
  const out = new Set<string>();
  for (const g of table.groups) {
    if (!cells.has(g.total)) continue;
    const parts = g.parts.filter((id) => cells.has(id));
    const hiddenParts = parts.filter((id) => hidden.has(id));
    if (hidden.has(g.total)) {
      // Only a leak when a visible part says something the viewer did not know (not its own, not zero).
      const telling = parts.some((id) => !cells.get(id)!.known && (cells.get(id)!.value ?? 0) !== 0);
      if (telling && !hiddenParts.length) out.add(g.total);
      continue;
    }
    if (!hiddenParts.length) continue;
    const total = cells.get(g.total)!.value ?? 0;
    const visible = parts.filter((id) => !hidden.has(id)).reduce((s, id) => s + (cells.get(id)!.value ?? 0), 0);
    const residual = Math.abs(total - visible);
    if (hiddenParts.length === 1 || (g.counts !== false && residual < k)) hiddenParts.forEach((id) => out.add(id));
  }
  return [...out];
}
