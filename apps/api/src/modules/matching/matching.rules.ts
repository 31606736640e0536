import type { ResourceCategoryName, ResourceDirectionName } from '@gemeinwerk/shared';

/**
 * Matching (issue 14): how well another member, or an offer of the portal, answers what a member
 * needs, and why. Pure: no database, no Nest (tested in matching.rules.small.spec.ts).
 *
 * The points, in words:
 * - each of my needs that they offer (same category): 3, plus 2 for each of district, target group
 *   and field that both name alike, minus 1 for each that both name differently; the best of their
 *   offers counts, once per need, and never below 1; expertise, languages and data must be of the
 *   field asked for when both name one;
 * - a target group my needs name that they reach with any offer (and no reason names yet): 2;
 * - each of their needs that one of my offers answers (a match is good for both): 1.
 * A candidate with no points is no suggestion.
 */
export interface Facet {
  direction: ResourceDirectionName;
  category: ResourceCategoryName;
  /** The field of expertise, the language, the kind of data …; empty when it has none. */
  field: string;
  districtId: string | null;
  targetGroup: string | null;
}

export type ReasonKind = 'OFFERS' | 'REACHES' | 'NEEDS';

export interface Reason {
  kind: ReasonKind;
  category: ResourceCategoryName | null;
  field: string;
  districtId: string | null;
  targetGroup: string | null;
}

export interface Candidate<K> {
  key: K;
  facets: Facet[];
}

export interface Match<K> {
  key: K;
  score: number;
  reasons: Reason[];
}

const norm = (s: string | null | undefined) => (s ?? '').trim().toLocaleLowerCase('de');

/** Two texts name the same thing: equal, or one contains the other ("Sprachförderung" / "Sprachförderung für Kinder"). */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = norm(a);
  const y = norm(b);
  return !!x && !!y && (x === y || x.includes(y) || y.includes(x));
}

/** +2 when both name it alike, -1 when both name it differently, 0 when one leaves it open. */
function aspect(a: string | null, b: string | null, same: (x: string, y: string) => boolean): number {
  if (!norm(a) || !norm(b)) return 0;
  return same(a!, b!) ? 2 : -1;
}

const FIELD_DEFINES = new Set<ResourceCategoryName>(['EXPERTISE', 'LANGUAGE', 'DATA']);

/** How well an offer answers a need; null when the category differs, or the field where the field is what is asked for. */
export function fit(need: Facet, offer: Facet): number | null {
  if (need.category !== offer.category) return null;
  // Expertise, a language or data in another field than asked for answers nothing (a theatre workshop is no language support).
  if (FIELD_DEFINES.has(need.category) && norm(need.field) && norm(offer.field) && !sameText(need.field, offer.field)) return null;
  const points =
    3 +
    aspect(need.districtId, offer.districtId, (x, y) => x === y) +
    aspect(need.targetGroup, offer.targetGroup, sameText) +
    aspect(need.field, offer.field, sameText);
  return Math.max(1, points);
}

const reasonOf = (kind: ReasonKind, f: Facet): Reason => ({ kind, category: f.category, field: f.field, districtId: f.districtId, targetGroup: f.targetGroup });

export function score(mine: Facet[], theirs: Facet[]): { score: number; reasons: Reason[] } {
  const myNeeds = mine.filter((f) => f.direction === 'NEED');
  const myOffers = mine.filter((f) => f.direction === 'OFFER');
  const theirOffers = theirs.filter((f) => f.direction === 'OFFER');
  const theirNeeds = theirs.filter((f) => f.direction === 'NEED');
  let total = 0;
  const reasons: Reason[] = [];
  const named = new Set<string>();
  for (const need of myNeeds) {
    let best: { points: number; offer: Facet } | null = null;
    for (const offer of theirOffers) {
      const points = fit(need, offer);
      if (points !== null && (!best || points > best.points)) best = { points, offer };
    }
    if (!best) continue;
    total += best.points;
    reasons.push(reasonOf('OFFERS', best.offer));
    if (best.offer.targetGroup) named.add(norm(best.offer.targetGroup));
  }
  for (const need of myNeeds) {
    const group = need.targetGroup;
    if (!group || named.has(norm(group))) continue;
    const reach = theirOffers.find((o) => sameText(o.targetGroup, group));
    if (!reach) continue;
    named.add(norm(group));
    total += 2;
    reasons.push({ kind: 'REACHES', category: null, field: '', districtId: reach.districtId, targetGroup: reach.targetGroup });
  }
  for (const need of theirNeeds) {
    if (!myOffers.some((o) => fit(need, o) !== null && aspect(need.districtId, o.districtId, (x, y) => x === y) >= 0)) continue;
    total += 1;
    reasons.push(reasonOf('NEEDS', need));
  }
  // The strongest reasons first: what they offer, whom they reach, what they need.
  const order: Record<ReasonKind, number> = { OFFERS: 0, REACHES: 1, NEEDS: 2 };
  reasons.sort((a, b) => order[a.kind] - order[b.kind]);
  return { score: total, reasons };
}

/** Candidates with any points, best first; ties by key so the order is stable. */
export function rank<K extends string>(mine: Facet[], candidates: Candidate<K>[], limit: number): Match<K>[] {
  return candidates
    .map((c) => ({ key: c.key, ...score(mine, c.facets) }))
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit);
}

/** What a published offer of the portal brings, in the shared vocabulary: reach, its fields, its languages. */
export function offerFacets(offer: { categories: string[]; targetGroups: string[]; districtId: string | null; languages: string[] }): Facet[] {
  const facet = (category: ResourceCategoryName, field: string, targetGroup: string | null): Facet => ({
    direction: 'OFFER',
    category,
    field,
    districtId: offer.districtId,
    targetGroup,
  });
  const groups = offer.targetGroups.length ? offer.targetGroups : [null];
  return [
    ...groups.map((g) => facet('REACH', '', g)),
    ...offer.categories.flatMap((c) => groups.map((g) => facet('EXPERTISE', c, g))),
    ...offer.languages.filter((l) => norm(l) !== 'de').map((l) => facet('LANGUAGE', l, null)),
  ];
}
