import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

export interface LaidOutNode extends SimulationNodeDatum {
  id: string;
  x: number;
  y: number;
}

/**
 * Positions for the network drawing, computed once per network with d3-force (no animation: the
 * simulation runs to rest before anything is drawn, so the picture stands still and is the same
 * for the same network). Weak pulls to the centre keep islands and isolated members in view.
 */
export function layoutNetwork(allIds: string[], ties: Array<{ a: string; b: string }>, size: number): Map<string, { x: number; y: number }> {
  // Members without any tie stand in a row along the bottom; the others are laid out above them.
  const tied = new Set(ties.flatMap((t) => [t.a, t.b]));
  const ids = allIds.filter((id) => tied.has(id));
  const loose = allIds.filter((id) => !tied.has(id));
  const bottom = loose.length ? 60 : 0;
  const nodes: SimulationNodeDatum[] & { id: string }[] = ids.map((id) => ({ id }));
  const links = ties.map((t) => ({ source: t.a, target: t.b }));
  const sim = forceSimulation(nodes as (SimulationNodeDatum & { id: string })[])
    .force(
      'link',
      forceLink(links)
        .id((d) => (d as { id: string }).id)
        .distance(60)
        .strength(0.4),
    )
    .force('charge', forceManyBody().strength(ids.length > 200 ? -30 : -160))
    .force('collide', forceCollide(14))
    .force('x', forceX(0).strength(0.06))
    .force('y', forceY(0).strength(0.06))
    .force('center', forceCenter(0, 0))
    .stop();
  const ticks = Math.min(300, Math.ceil(Math.log(sim.alphaMin()) / Math.log(1 - sim.alphaDecay())));
  for (let i = 0; i < ticks; i++) sim.tick();
  // Fit into [margin, size - margin] on both axes.
  if (!nodes.length) {
    const out = new Map<string, { x: number; y: number }>();
    loose.forEach((id, i) => out.set(id, { x: 40 + ((size - 80) / loose.length) * (i + 0.5), y: size / 2 }));
    return out;
  }
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const margin = 40;
  const height = size - bottom;
  const scale = Math.min((size - 2 * margin) / Math.max(maxX - minX, 1), (height - 2 * margin) / Math.max(maxY - minY, 1), 3);
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const out = new Map<string, { x: number; y: number }>();
  nodes.forEach((n, i) => out.set(ids[i], { x: size / 2 + ((n.x ?? 0) - cx) * scale, y: height / 2 + ((n.y ?? 0) - cy) * scale }));
  const step = (size - 2 * margin) / Math.max(loose.length, 1);
  loose.forEach((id, i) => out.set(id, { x: margin + step * (i + 0.5), y: size - bottom / 2 - 10 }));
  return out;
}
