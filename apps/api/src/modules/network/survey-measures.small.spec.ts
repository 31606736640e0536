import { compareRounds, roundMeasures, type SurveyAnswerInput } from './survey-measures';

const said = (from: string, to: string, kind: string | null, trust: number | null = null, value: number | null = null): SurveyAnswerInput => ({
  from,
  to,
  kind,
  trust,
  value,
});

/**
 * Round 1, respondents A B C D (D did not answer):
 *   A→B information (trust 4, value 3), B→A information (2, 3): A–B mutual, trust 3, value 3;
 *   A→C coordination (3, 2), C→A "none": A–C one-sided, trust 3, value 2;
 *   B→C "none"; C→D referral (1, 1): C–D one-sided.
 * 3 ties of 6 possible: density 0.5. Mean trust (4+2+3+1)/4 = 2.5, value (3+3+2+1)/4 = 2.25.
 * Dyads 3, mutual 1: reciprocity 1/3. The picture B—A—C—D: A and C each lie on two of the three
 * paths between others, betweenness 2/3; both are brokers.
 */
const ROUND1 = ['A', 'B', 'C', 'D'];
const answers1 = [
  said('A', 'B', 'INFORMATION', 4, 3),
  said('B', 'A', 'INFORMATION', 2, 3),
  said('A', 'C', 'COORDINATION', 3, 2),
  said('C', 'A', null),
  said('B', 'C', null),
  said('C', 'D', 'REFERRAL', 1, 1),
];

/**
 * Round 2, respondents A B C E (D left, E joined):
 *   A→B information (4, 4), B→A joint activity (4, 4): A–B kept, trust 3 → 4, value 3 → 4;
 *   A–C both "none": lost (both still there); C–D not counted as lost (D left);
 *   B→E referral (2, 3): new.
 * 2 ties of 6: density 1/3. Mean trust (4+4+2)/3 = 3.3333, value (4+4+3)/3 = 3.6667; reciprocity 1/2.
 */
const ROUND2 = ['A', 'B', 'C', 'E'];
const answers2 = [
  said('A', 'B', 'INFORMATION', 4, 4),
  said('B', 'A', 'JOINT_ACTIVITY', 4, 4),
  said('A', 'C', null),
  said('C', 'A', null),
  said('B', 'E', 'REFERRAL', 2, 3),
];

describe('a network survey round, measured by hand', () => {
  const m = roundMeasures(ROUND1, answers1);

  it('makes a tie of every pair where one side named a relationship, mutual where both did', () => {
    expect(m.ties).toEqual([
      { a: 'A', b: 'B', kinds: ['INFORMATION'], mutual: true, trust: 3, value: 3 },
      { a: 'A', b: 'C', kinds: ['COORDINATION'], mutual: false, trust: 3, value: 2 },
      { a: 'C', b: 'D', kinds: ['REFERRAL'], mutual: false, trust: 1, value: 1 },
    ]);
  });

  it('gives density, mean trust and value, dyads and reciprocity', () => {
    expect(m.density).toBe(0.5);
    expect(m.meanTrust).toBe(2.5);
    expect(m.meanValue).toBe(2.25);
    expect(m.dyads).toBe(3);
    expect(m.mutualDyads).toBe(1);
    expect(m.reciprocity).toBeCloseTo(1 / 3, 4);
  });

  it('measures the round with the network measures (betweenness, brokers)', () => {
    const node = (id: string) => m.graph.nodes.find((n) => n.id === id)!;
    expect(node('A').betweenness).toBeCloseTo(2 / 3, 4);
    expect(node('C').betweenness).toBeCloseTo(2 / 3, 4);
    expect(node('B').betweenness).toBe(0);
    expect(m.graph.nodes.filter((n) => n.broker).map((n) => n.id)).toEqual(['A', 'C']);
  });

  it('ignores answers about someone outside the round and a round without answers', () => {
    expect(roundMeasures(['A', 'B'], [said('A', 'X', 'FUNDING', 4, 4), said('A', 'A', 'FUNDING', 4, 4)]).ties).toEqual([]);
    expect(roundMeasures(['A', 'B'], [])).toMatchObject({ density: 0, meanTrust: null, meanValue: null, dyads: 0, reciprocity: 0 });
  });
});

describe('the change between two survey rounds', () => {
  const before = { respondents: ROUND1, measures: roundMeasures(ROUND1, answers1) };
  const after = { respondents: ROUND2, measures: roundMeasures(ROUND2, answers2) };
  const c = compareRounds(before, after);

  it('names new, lost and kept ties with trust and value before and after', () => {
    expect(c.pairs).toEqual([
      { a: 'B', b: 'E', change: 'NEW', trustBefore: null, trustAfter: 2, valueBefore: null, valueAfter: 3 },
      { a: 'A', b: 'C', change: 'LOST', trustBefore: 3, trustAfter: null, valueBefore: 2, valueAfter: null },
      { a: 'A', b: 'B', change: 'KEPT', trustBefore: 3, trustAfter: 4, valueBefore: 3, valueAfter: 4 },
    ]);
    expect([c.newTies, c.lostTies, c.keptTies]).toEqual([1, 1, 1]);
  });

  it('gives the change of density, mean trust and value, and reciprocity', () => {
    expect(after.measures.density).toBeCloseTo(1 / 3, 4);
    expect(c.densityChange).toBeCloseTo(-1 / 6, 4);
    expect(c.meanTrustChange).toBeCloseTo(10 / 3 - 2.5, 3);
    expect(c.meanValueChange).toBeCloseTo(11 / 3 - 2.25, 3);
    expect(c.reciprocityChange).toBeCloseTo(0.5 - 1 / 3, 3);
  });

  it('compares a round with itself as no change', () => {
    const same = compareRounds(before, before);
    expect([same.newTies, same.lostTies, same.keptTies, same.densityChange, same.meanTrustChange]).toEqual([0, 0, 3, 0, 0]);
  });
});
