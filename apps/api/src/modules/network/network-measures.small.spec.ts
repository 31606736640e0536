import { networkMeasures, reciprocity, shortestPath } from './network-measures';
import { quarterEnd, quartersBetween } from './network.rules';

/**
 * A small network, measured by hand:
 *
 *   A — B — C — D        E (no tie)
 *
 * n = 5, m = 3: density = 3 / (5·4/2) = 0.3.
 * Betweenness (undirected, pairs of others): B lies on A–C and A–D, C on A–D and B–D: 2 each,
 * normalised by (n−1)(n−2)/2 = 6 → 1/3; A, D and E lie on no path between others → 0.
 * Closeness (Wasserman–Faust: (r/(n−1)) · (r/Σd), r = reachable others):
 *   A: r = 3, Σd = 1+2+3 = 6 → 3/4 · 3/6 = 0.375;  B: Σd = 1+1+2 = 4 → 3/4 · 3/4 = 0.5625;
 *   E: reaches nobody → 0.
 * Brokers (cut vertices): B and C. Isolates: E. Components: {A,B,C,D} and {E}.
 */
const input = {
  nodes: ['A', 'B', 'C', 'D', 'E'],
  edges: [
    { a: 'A', b: 'B' },
    { a: 'B', b: 'C' },
    { a: 'C', b: 'D' },
    { a: 'D', b: 'C' }, // the same tie from the other side counts once
    { a: 'A', b: 'A' }, // a self-tie is no tie
  ],
};

describe('network measures on a hand-computed graph', () => {
  const m = networkMeasures(input);
  const node = (id: string) => m.nodes.find((n) => n.id === id)!;

  it('counts nodes, ties, density and components', () => {
    expect(m.nodeCount).toBe(5);
    expect(m.edgeCount).toBe(3);
    expect(m.density).toBe(0.3);
    expect(m.componentCount).toBe(2);
    expect(node('A').component).toBe(0);
    expect(node('E').component).toBe(1);
  });

  it('gives degree, betweenness and closeness per organisation', () => {
    expect(['A', 'B', 'C', 'D', 'E'].map((id) => node(id).degree)).toEqual([1, 2, 2, 1, 0]);
    expect(node('B').betweenness).toBeCloseTo(1 / 3, 4);
    expect(node('C').betweenness).toBeCloseTo(1 / 3, 4);
    expect(node('A').betweenness).toBe(0);
    expect(node('A').closeness).toBeCloseTo(0.375, 4);
    expect(node('B').closeness).toBeCloseTo(0.5625, 4);
    expect(node('E').closeness).toBe(0);
  });

  it('names brokers and isolated members', () => {
    expect(m.nodes.filter((n) => n.broker).map((n) => n.id)).toEqual(['B', 'C']);
    expect(m.nodes.filter((n) => n.isolated).map((n) => n.id)).toEqual(['E']);
  });

  it('finds the path between two organisations, or none', () => {
    expect(shortestPath(input, 'A', 'D')).toEqual(['A', 'B', 'C', 'D']);
    expect(shortestPath(input, 'D', 'A')).toEqual(['D', 'C', 'B', 'A']);
    expect(shortestPath(input, 'A', 'E')).toBeNull();
    expect(shortestPath(input, 'A', 'A')).toEqual(['A']);
    expect(shortestPath(input, 'A', 'X')).toBeNull();
  });

  it('has no broker in a triangle (every tie has a way round)', () => {
    const t = networkMeasures({
      nodes: ['A', 'B', 'C'],
      edges: [
        { a: 'A', b: 'B' },
        { a: 'B', b: 'C' },
        { a: 'C', b: 'A' },
      ],
    });
    expect(t.density).toBe(1);
    expect(t.nodes.some((n) => n.broker)).toBe(false);
    expect(t.nodes.every((n) => n.betweenness === 0)).toBe(true);
  });
});

describe('reciprocity of stated relationships', () => {
  it('counts dyads and the mutual ones', () => {
    // A→B and B→A: one mutual dyad; A→C: one-sided; C→C ignored.
    const r = reciprocity([
      { from: 'A', to: 'B' },
      { from: 'B', to: 'A' },
      { from: 'A', to: 'C' },
      { from: 'A', to: 'C' },
      { from: 'C', to: 'C' },
    ]);
    expect(r).toEqual({ dyads: 2, mutual: 1, reciprocity: 0.5 });
    expect(reciprocity([])).toEqual({ dyads: 0, mutual: 0, reciprocity: 0 });
  });
});

describe('quarters of the time slider', () => {
  it('lists the quarters between two days and finds their last day', () => {
    expect(quartersBetween('2024-11-03', '2025-07-01')).toEqual(['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3']);
    expect(quartersBetween('2026-01-01', '2026-03-31')).toEqual(['2026-Q1']);
    expect(quartersBetween('1990-01-01', '2026-12-07')).toHaveLength(80);
    expect(quarterEnd('2024-Q4')).toBe('2024-12-31');
    expect(quarterEnd('2025-Q1')).toBe('2025-03-31');
    expect(quarterEnd('2024-Q1')).toBe('2024-03-31');
    expect(quarterEnd('2025-Q2')).toBe('2025-06-30');
  });
});
