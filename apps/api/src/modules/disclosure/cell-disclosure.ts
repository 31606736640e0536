import type { AggregationName } from '@gemeinwerk/shared';
import type { DisclosurePolicy } from './disclosure.policy';
import {
  isPrimarySuppressed,
  isSmallBase,
  suppressTable,
  valueKindOf,
  type AdditiveGroup,
  type DisclosureCell,
  type DisclosureTable,
} from './small-numbers.rules';

/**
 * Small-number protection of one roll-up cell (an indicator in a period) with everything that is
 * published about it: the alliance's value, each member's value (its net part and what it
 * reported), the category lines of each dimension and each member's breakdown. Pure: the facts
 * come from `DisclosureRepository.cellFacts` (or any caller that has them, e.g. an export).
 *
 * The additive groups (COUNT indicators, SUM and LATEST):
 *   total = Σ members' nets                    total = Σ category lines of a dimension (+ "none")
 *   member's reported = Σ its parts of a dimension    category line = Σ members' parts in it
 *   "none" line of a dimension = Σ nets of the members that did not break it down
 * A member's net and reported value are hidden together (one follows from the other and the
 * visible overlap deduction). SHARE indicators (RATIO): the total by Σ denominators, a member by
 * its own denominator (with a second member so the total cannot give it away); category lines
 * carry no denominators and are hidden with the total. MEAN indicators (AVERAGE) rest on no known
 * head count and are shown (see small-numbers.rules.ts).
 */
export interface CellFacts {
  aggregation: AggregationName | string;
  /** The roll-up value (null: nothing approved). */
  total: number | null;
  /** Σ denominators of the approved values (RATIO), else null. */
  totalBase: number | null;
  members: CellMemberFacts[];
  /** Per dimension of the indicator, its category lines as displayed, keyed by category id or `none:<dimensionId>`. */
  dimensions: { dimensionId: string; lines: { key: string; value: number | null }[] }[];
  /** Members' breakdowns. */
  parts: { membershipId: string; dimensionId: string; categoryId: string; value: number }[];
}

export interface CellMemberFacts {
  membershipId: string;
  /** What the member reported (RATIO: its share). */
  reported: number | null;
  /** Its part of the total (see ContributionModel.net). */
  net: number | null;
  denominator: number | null;
}

export interface CellDisclosure {
  total: boolean;
  /** Memberships whose value (net, reported, numerator, denominator, overlaps, parts) is hidden. */
  members: Set<string>;
  /** Category line keys hidden (category id or `none:<dimensionId>`). */
  lines: Set<string>;
  /** Hidden parts, as `${membershipId}:${categoryId}`. */
  parts: Set<string>;
}

export const NOTHING_HIDDEN: CellDisclosure = Object.freeze({ total: false, members: new Set<string>(), lines: new Set<string>(), parts: new Set<string>() });

export const partKey = (membershipId: string, categoryId: string) => `${membershipId}:${categoryId}`;

/** Whether an alliance total is hidden from a viewer who knows no member's value (funder, observer, public). */
export function totalHiddenFor(policy: DisclosurePolicy, aggregation: AggregationName | string, value: number | null, base: number | null): boolean {
  if (!policy.suppress) return false;
  return isPrimarySuppressed({ kind: valueKindOf(aggregation), value, base }, policy.k);
}

/** The cell's numbers as a disclosure table: ids `T`, `m:<membership>` (net), `r:<membership>` (reported), `c:<line key>`, `p:<membership>:<category>`. */
export function buildCellTable(facts: CellFacts, policy: DisclosurePolicy): DisclosureTable {
  const kind = valueKindOf(facts.aggregation);
  const k = policy.k;
  const own = (membershipId: string) => membershipId === policy.ownMembershipId;
  const small = (v: number | null) => isPrimarySuppressed({ kind: 'COUNT', value: v }, k);

  const cells: DisclosureCell[] = [];
  const groups: AdditiveGroup[] = [];
  const totalPrimary = isPrimarySuppressed({ kind, value: facts.total, base: facts.totalBase }, k);
  cells.push({ id: 'T', value: facts.total, primary: totalPrimary });

  const memberPrimary = new Map<string, boolean>();
  for (const m of facts.members) {
    const primary = kind === 'SHARE' ? isSmallBase(m.denominator, k) : small(m.reported) || small(m.net);
    memberPrimary.set(m.membershipId, primary);
    cells.push({ id: `m:${m.membershipId}`, value: m.net, primary, known: own(m.membershipId) });
    cells.push({ id: `r:${m.membershipId}`, value: m.reported, primary, known: own(m.membershipId) });
  }
  groups.push({ total: 'T', parts: facts.members.map((m) => `m:${m.membershipId}`), counts: kind === 'COUNT' });

  for (const p of facts.parts) {
    const primary = kind === 'SHARE' ? !!memberPrimary.get(p.membershipId) : small(p.value);
    cells.push({ id: `p:${partKey(p.membershipId, p.categoryId)}`, value: p.value, primary, known: own(p.membershipId) });
  }
  for (const d of facts.dimensions) {
    for (const l of d.lines) cells.push({ id: `c:${l.key}`, value: l.value, primary: kind === 'SHARE' ? totalPrimary : small(l.value) });
  }

  if (kind === 'COUNT') {
    for (const d of facts.dimensions) {
      groups.push({ total: 'T', parts: d.lines.map((l) => `c:${l.key}`) });
      const inDimension = facts.parts.filter((p) => p.dimensionId === d.dimensionId);
      const breaking = new Set(inDimension.map((p) => p.membershipId));
      for (const membershipId of breaking) {
        groups.push({
          total: `r:${membershipId}`,
          parts: inDimension.filter((p) => p.membershipId === membershipId).map((p) => `p:${partKey(p.membershipId, p.categoryId)}`),
        });
      }
      for (const l of d.lines) {
        if (l.key.startsWith('none:')) {
          groups.push({ total: `c:${l.key}`, parts: facts.members.filter((m) => !breaking.has(m.membershipId)).map((m) => `m:${m.membershipId}`) });
        } else {
          groups.push({
            total: `c:${l.key}`,
            parts: inDimension.filter((p) => p.categoryId === l.key).map((p) => `p:${partKey(p.membershipId, p.categoryId)}`),
          });
        }
      }
    }
  }

  return { cells, groups };
}

export function discloseCell(facts: CellFacts, policy: DisclosurePolicy): CellDisclosure {
  if (!policy.suppress || facts.total === null || valueKindOf(facts.aggregation) === 'MEAN') return NOTHING_HIDDEN;
  const k = policy.k;
  const { cells, groups } = buildCellTable(facts, policy);
  // A member's net and reported value go together, and its breakdown with them: whatever of a
  // member is hidden makes the rest primary, then the table is suppressed again until stable.
  let hidden = suppressTable({ cells, groups }, k);
  for (;;) {
    const hiddenMembers = new Set(
      facts.members.filter((m) => hidden.has(`m:${m.membershipId}`) || hidden.has(`r:${m.membershipId}`)).map((m) => m.membershipId),
    );
    let linked = false;
    for (const c of cells) {
      const member = c.id.startsWith('p:') ? c.id.slice(2).split(':')[0] : c.id.startsWith('m:') || c.id.startsWith('r:') ? c.id.slice(2) : null;
      if (member && hiddenMembers.has(member) && !c.known && c.value !== null && !hidden.has(c.id)) {
        c.primary = true;
        linked = true;
      }
    }
    if (!linked) break;
    hidden = suppressTable({ cells, groups }, k);
  }

  const out: CellDisclosure = { total: hidden.has('T'), members: new Set(), lines: new Set(), parts: new Set() };
  for (const id of hidden) {
    if (id.startsWith('m:') || id.startsWith('r:')) out.members.add(id.slice(2));
    else if (id.startsWith('c:')) out.lines.add(id.slice(2));
    else if (id.startsWith('p:')) out.parts.add(id.slice(2));
  }
  return out;
}
