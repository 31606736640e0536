import { networkMeasures, reciprocity, type NetworkMeasures } from './network-measures';

/**
 * The measures of a network survey round and the change between two rounds: pure, no database
 * (survey-measures.small.spec.ts checks them against a hand-computed example).
 *
 * A round's network: an undirected tie between two respondents when at least one of them named a
 * relationship (the PARTNER tool counts a tie that one side reports); it is mutual when both did.
 * Trust and value of a tie are the mean of what the two sides said; the round's mean trust and
 * value are the means over all answers that name a relationship.
 */
export interface SurveyAnswerInput {
  from: string;
  to: string;
  /** null: "no relationship". */
  kind: string | null;
  trust: number | null;
  value: number | null;
}

export interface SurveyTie {
  a: string;
  b: string;
  kinds: string[];
  mutual: boolean;
  trust: number;
  value: number;
}

export interface SurveyRoundMeasures {
  ties: SurveyTie[];
  graph: NetworkMeasures;
  density: number;
  meanTrust: number | null;
  meanValue: number | null;
  /** Pairs with at least one named relationship, and those named by both sides. */
  dyads: number;
  mutualDyads: number;
  reciprocity: number;
}

const round = (x: number) => Math.round(x * 10000) / 10000;
const mean = (xs: number[]) => (xs.length ? round(xs.reduce((s, x) => s + x, 0) / xs.length) : null);
const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);

export function roundMeasures(respondents: string[], answers: SurveyAnswerInput[]): SurveyRoundMeasures {
  const inRound = new Set(respondents);
  const named = answers.filter((x) => x.kind !== null && x.from !== x.to && inRound.has(x.from) && inRound.has(x.to));
  const byPair = new Map<string, SurveyAnswerInput[]>();
  for (const x of named) byPair.set(pairKey(x.from, x.to), [...(byPair.get(pairKey(x.from, x.to)) ?? []), x]);
  const ties: SurveyTie[] = [...byPair.entries()]
    .map(([key, said]) => {
      const [a, b] = key.split('|');
      return {
        a,
        b,
        kinds: [...new Set(said.map((x) => x.kind!))].sort(),
        mutual: new Set(said.map((x) => x.from)).size === 2,
        trust: mean(said.map((x) => x.trust ?? 0))!,
        value: mean(said.map((x) => x.value ?? 0))!,
      };
    })
    .sort((x, y) => (x.a === y.a ? (x.b < y.b ? -1 : 1) : x.a < y.a ? -1 : 1));
  const graph = networkMeasures({ nodes: respondents, edges: ties });
  const r = reciprocity(named.map((x) => ({ from: x.from, to: x.to })));
  return {
    ties,
    graph,
    density: graph.density,
    meanTrust: mean(named.map((x) => x.trust ?? 0)),
    meanValue: mean(named.map((x) => x.value ?? 0)),
    dyads: r.dyads,
    mutualDyads: r.mutual,
    reciprocity: r.reciprocity,
  };
}

export type PairChange = 'NEW' | 'LOST' | 'KEPT';

export interface SurveyPairChange {
  a: string;
  b: string;
  change: PairChange;
  trustBefore: number | null;
  trustAfter: number | null;
  valueBefore: number | null;
  valueAfter: number | null;
}

export interface SurveyComparison {
  pairs: SurveyPairChange[];
  newTies: number;
  lostTies: number;
  keptTies: number;
  densityChange: number;
  meanTrustChange: number | null;
  meanValueChange: number | null;
  reciprocityChange: number;
}

/**
 * From one round to a later one: which ties are new, which were lost, which were kept (with
 * their trust and value before and after), and how density, mean trust and value and
 * reciprocity moved. A pair counts as lost only when both its members took part in the later
 * round: an organisation that left says nothing about its ties.
 */
export function compareRounds(
  before: { respondents: string[]; measures: SurveyRoundMeasures },
  after: { respondents: string[]; measures: SurveyRoundMeasures },
): SurveyComparison {
  const was = new Map(before.measures.ties.map((x) => [pairKey(x.a, x.b), x]));
  const now = new Map(after.measures.ties.map((x) => [pairKey(x.a, x.b), x]));
  const stillThere = new Set(after.respondents);
  const pairs: SurveyPairChange[] = [];
  for (const [key, x] of now) {
    const y = was.get(key);
    pairs.push({
      a: x.a,
      b: x.b,
      change: y ? 'KEPT' : 'NEW',
      trustBefore: y?.trust ?? null,
      trustAfter: x.trust,
      valueBefore: y?.value ?? null,
      valueAfter: x.value,
    });
  }
  for (const [key, y] of was)
    if (!now.has(key) && stillThere.has(y.a) && stillThere.has(y.b))
      pairs.push({ a: y.a, b: y.b, change: 'LOST', trustBefore: y.trust, trustAfter: null, valueBefore: y.value, valueAfter: null });
  const count = (c: PairChange) => pairs.filter((p) => p.change === c).length;
  const diff = (x: number | null, y: number | null) => (x === null || y === null ? null : round(y - x));
  const order: Record<PairChange, number> = { NEW: 0, LOST: 1, KEPT: 2 };
  pairs.sort((x, y) => order[x.change] - order[y.change] || pairKey(x.a, x.b).localeCompare(pairKey(y.a, y.b)));
  return {
    pairs,
    newTies: count('NEW'),
    lostTies: count('LOST'),
    keptTies: count('KEPT'),
    densityChange: round(after.measures.density - before.measures.density),
    meanTrustChange: diff(before.measures.meanTrust, after.measures.meanTrust),
    meanValueChange: diff(before.measures.meanValue, after.measures.meanValue),
    reciprocityChange: round(after.measures.reciprocity - before.measures.reciprocity),
  };
}
