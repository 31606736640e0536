import Graph from 'graphology';
import { connectedComponents } from 'graphology-components';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import { bidirectional } from 'graphology-shortest-path/unweighted';

/**
 * The measures of an alliance's network, computed with graphology on the undirected graph of
 * organisations (an edge: any recorded tie between two of them, whatever its source). Pure: no
 * database, no Nest; `network-measures.small.spec.ts` checks it against a hand-computed graph.
 *
 * - degree: how many other organisations one is tied to;
 * - betweenness (normalised to 0..1): the share of shortest paths between two others that run
 *   through it — a coordinator's "who connects people who would otherwise not meet";
 * - closeness (Wasserman–Faust, so that it is defined in a graph of several components): how
 *   near, in steps, it is to everyone it can reach at all;
 * - brokers: organisations whose absence would split their part of the network (cut vertices);
 * - isolates: organisations without any tie.
 */
export interface NetworkMeasureInput {
  nodes: string[];
  /** Undirected ties; duplicates and self-ties are ignored. */
  edges: Array<{ a: string; b: string }>;
}

export interface NodeMeasures {
  id: string;
  degree: number;
  betweenness: number;
  closeness: number;
  component: number;
  broker: boolean;
  isolated: boolean;
}

export interface NetworkMeasures {
  nodes: NodeMeasures[];
  nodeCount: number;
  edgeCount: number;
  /** Ties present ÷ ties possible (0..1). */
  density: number;
  componentCount: number;
}

export function buildGraph(input: NetworkMeasureInput): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const id of input.nodes) graph.mergeNode(id);
  for (const { a, b } of input.edges) {
    if (a === b || !graph.hasNode(a) || !graph.hasNode(b)) continue;
    graph.mergeEdge(a, b);
  }
  return graph;
}

/** Cut vertices: removing one raises the number of components (brute force, fine up to thousands of nodes). */
function cutVertices(graph: Graph, candidates: string[]): Set<string> {
  const base = connectedComponents(graph).length;
  const cuts = new Set<string>();
  for (const node of candidates) {
    const copy = graph.copy();
    copy.dropNode(node);
    if (connectedComponents(copy).length > base) cuts.add(node);
  }
  return cuts;
}

export function networkMeasures(input: NetworkMeasureInput): NetworkMeasures {
  const graph = buildGraph(input);
  const n = graph.order;
  const betweenness = n > 2 ? betweennessCentrality(graph, { normalized: true, getEdgeWeight: null }) : {};
  const closeness = n > 1 ? closenessCentrality(graph, { wassermanFaust: true }) : {};
  const components = connectedComponents(graph);
  const componentOf = new Map<string, number>();
  // Largest part first, so that component 0 is "the network" and the others are its islands.
  components.sort((x, y) => y.length - x.length || (x[0] < y[0] ? -1 : 1)).forEach((members, i) => members.forEach((m) => componentOf.set(m, i)));
  // Only a node on some shortest path between two others can split the graph.
  const brokers = cutVertices(
    graph,
    graph.nodes().filter((id) => (betweenness[id] ?? 0) > 0),
  );
  const nodes = graph.nodes().map((id) => ({
    id,
    degree: graph.degree(id),
    betweenness: round(betweenness[id] ?? 0),
    closeness: round(closeness[id] ?? 0),
    component: componentOf.get(id) ?? 0,
    broker: brokers.has(id),
    isolated: graph.degree(id) === 0,
  }));
  return {
    nodes,
    nodeCount: n,
    edgeCount: graph.size,
    density: n > 1 ? round((2 * graph.size) / (n * (n - 1))) : 0,
    componentCount: components.length,
  };
}

/** The shortest path between two organisations (their ids in order), or null when none leads there. */
export function shortestPath(input: NetworkMeasureInput, from: string, to: string): string[] | null {
  const graph = buildGraph(input);
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  if (from === to) return [from];
  return bidirectional(graph, from, to);
}

/**
 * Dyads and reciprocity of stated (directed) relationships: a dyad is a pair with at least one
 * statement; it is mutual when each side named the other.
 */
export function reciprocity(statements: Array<{ from: string; to: string }>): { dyads: number; mutual: number; reciprocity: number } {
  const said = new Set(statements.filter((s) => s.from !== s.to).map((s) => `${s.from}|${s.to}`));
  const pairs = new Set<string>();
  let mutual = 0;
  for (const key of said) {
    const [from, to] = key.split('|');
    const pair = from < to ? `${from}|${to}` : `${to}|${from}`;
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    if (said.has(`${to}|${from}`)) mutual += 1;
  }
  return { dyads: pairs.size, mutual, reciprocity: pairs.size ? round(mutual / pairs.size) : 0 };
}

const round = (x: number) => Math.round(x * 10000) / 10000;
