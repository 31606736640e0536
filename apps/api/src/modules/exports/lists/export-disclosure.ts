import { discloseCell, totalHiddenFor, type CellFacts } from '../../disclosure/cell-disclosure';
import type { DisclosurePolicy } from '../../disclosure/disclosure.policy';
import { valueKindOf } from '../../disclosure/small-numbers.rules';

/**
 * Small-number protection in exports: the disclosure module's one rule, applied to the rows a
 * list holds, for every caller it applies to (funders, observers, read-only tokens; partners for
 * other members' values). A hidden number is written as "< k", never as its value.
 */

export const hiddenText = (policy: DisclosurePolicy) => `< ${policy.k}`;

interface MemberValue {
  id: string;
  indicatorId: string;
  periodKey: string;
  membershipId: string;
  status: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/**
 * The ids of member values to hide: per indicator and period, the approved values form one cell
 * (total = Σ members) and `discloseCell` decides, primary and complementary suppression together.
 */
export function hiddenMemberValues(
  rows: readonly MemberValue[],
  aggregationOf: (indicatorId: string) => string | undefined,
  policy: DisclosurePolicy,
): Set<string> {
  const hidden = new Set<string>();
  if (!policy.suppress) return hidden;
  const cells = new Map<string, MemberValue[]>();
  for (const r of rows) {
    if (r.status !== 'APPROVED') continue;
    const key = `${r.indicatorId}|${r.periodKey}`;
    cells.set(key, [...(cells.get(key) ?? []), r]);
  }
  for (const members of cells.values()) {
    const aggregation = aggregationOf(members[0].indicatorId) ?? 'SUM';
    const share = valueKindOf(aggregation) === 'SHARE';
    const numerators = members.reduce((s, m) => s + (m.numerator ?? 0), 0);
    const denominators = members.reduce((s, m) => s + (m.denominator ?? 0), 0);
    const facts: CellFacts = {
      aggregation,
      total: share ? (denominators ? numerators / denominators : null) : members.reduce((s, m) => s + (m.value ?? 0), 0),
      totalBase: share ? denominators : null,
      members: members.map((m) => ({ membershipId: m.membershipId, reported: m.value, net: m.value, denominator: m.denominator })),
      dimensions: [],
      parts: [],
    };
    const disclosure = discloseCell(facts, policy);
    for (const m of members) if (disclosure.members.has(m.membershipId)) hidden.add(m.id);
  }
  return hidden;
}

/** An alliance total (a chart point) hidden from this viewer. */
export const totalHidden = (policy: DisclosurePolicy, aggregation: string, value: number | null) => totalHiddenFor(policy, aggregation, value, null);
