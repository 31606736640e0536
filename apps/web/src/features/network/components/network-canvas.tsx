import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { useEffect, useRef } from 'react';
import type { NetworkNode, NetworkTie } from '../api/network';
import type { ColourBy, SizeMeasure } from './network-graph';

const SIZE = 640;
/** Script time per frame for layout ticks: the rest of the frame is left for drawing and input. */
const TICK_BUDGET_MS = 5;
/** Above this many ties the lines wait for the layout to rest (each frame stays cheap while it runs). */
const MOVING_TIES = 2000;
const ROLE_VAR: Record<string, string> = {
  BACKBONE: '--color-role-backbone',
  PARTNER: '--color-role-partner',
  FUNDER: '--color-role-funder',
  OBSERVER: '--color-role-observer',
};
const KIND_COLOUR: Record<string, string> = { NGO: '#244a86', PUBLIC_BODY: '#0b4d53', COMPANY: '#7a4200', FOUNDATION: '#6b2f7a', OTHER: '#4a5452' };

type SimNode = SimulationNodeDatum & { id: string; node: NetworkNode };

/**
 * The network picture for large networks (issue 14: 500 members, 5,000 ties): one <canvas> instead
 * of thousands of SVG elements. The d3-force layout runs a few ticks per frame (never blocking the
 * page for seconds) and is drawn as it settles; the picture can be dragged. Ties are drawn as one
 * path per line width and members as one path per colour. Like the SVG picture it is hidden from
 * screen readers: the tables below carry the same content.
 */
export function NetworkCanvas({
  nodes,
  ties,
  sizeBy,
  colourBy,
  selected,
  path,
  onSelect,
}: {
  nodes: NetworkNode[];
  ties: NetworkTie[];
  sizeBy: SizeMeasure;
  colourBy: ColourBy;
  selected: string | null;
  path: string[];
  onSelect: (id: string) => void;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const state = useRef({
    sizeBy,
    colourBy,
    selected,
    path,
    pan: { x: 0, y: 0 },
    draw: () => {},
    move: () => {},
    hit: (_x: number, _y: number): string | null => null,
  });
  state.current.sizeBy = sizeBy;
  state.current.colourBy = colourBy;
  state.current.selected = selected;
  state.current.path = path;

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = SIZE * dpr;
    canvas.height = SIZE * dpr;
    const css = getComputedStyle(canvas);
    const roleColour = Object.fromEntries(Object.entries(ROLE_VAR).map(([role, v]) => [role, css.getPropertyValue(v).trim() || '#4a5452']));
    const tieColour = css.getPropertyValue('--color-border-strong').trim() || '#8a9490';
    const onColour = css.getPropertyValue('--color-accent').trim() || '#0b4d53';
    const simNodes: SimNode[] = nodes.map((n) => ({ id: n.id, node: n }));
    const links = ties.map((x) => ({ source: x.a, target: x.b, weight: x.weight }));
    const sim = forceSimulation(simNodes)
      .force(
        'link',
        forceLink<SimNode, { source: string | SimNode; target: string | SimNode; weight: number }>(links)
          .id((d) => d.id)
          .distance(60)
          .strength(0.4),
      )
      .force('charge', forceManyBody().strength(simNodes.length > 200 ? -30 : -160))
      .force('collide', forceCollide(14))
      .force('x', forceX(0).strength(0.06))
      .force('y', forceY(0).strength(0.06))
      .stop();
    const max = () => Math.max(...nodes.map((n) => n[state.current.sizeBy]), 0.0001);
    let scale = { k: 1, cx: 0, cy: 0 };
    const fit = () => {
      let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
      for (const n of simNodes) {
        x0 = Math.min(x0, n.x ?? 0);
        x1 = Math.max(x1, n.x ?? 0);
        y0 = Math.min(y0, n.y ?? 0);
        y1 = Math.max(y1, n.y ?? 0);
      }
      scale = { k: Math.min((SIZE - 80) / Math.max(x1 - x0, 1), (SIZE - 80) / Math.max(y1 - y0, 1), 3), cx: (x0 + x1) / 2, cy: (y0 + y1) / 2 };
    };
    const X = (n: SimNode) => SIZE / 2 + ((n.x ?? 0) - scale.cx) * scale.k + state.current.pan.x;
    const Y = (n: SimNode) => SIZE / 2 + ((n.y ?? 0) - scale.cy) * scale.k + state.current.pan.y;
    // Once the layout rests, the picture is kept as a bitmap: dragging then only moves the bitmap.
    let cache: { canvas: HTMLCanvasElement; pan: { x: number; y: number } } | null = null;
    const settled = () => sim.alpha() <= sim.alphaMin();
    const blit = () => {
      if (!cache) return false;
      const { pan } = state.current;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(cache.canvas, (pan.x - cache.pan.x) * dpr, (pan.y - cache.pan.y) * dpr);
      return true;
    };
    const keep = () => {
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      copy.getContext('2d')?.drawImage(canvas, 0, 0);
      cache = { canvas: copy, pan: { ...state.current.pan } };
    };
    const draw = () => {
      cache = null;
      paint();
      if (settled()) keep();
    };
    const paint = () => {
      const { selected: sel, path: on, colourBy: colours } = state.current;
      const m = max();
      // Smaller circles as the picture shrinks to fit many members.
      const shrink = Math.min(1, Math.max(scale.k, 0.35));
      const radius = (n: SimNode) => (3 + 9 * Math.sqrt(n.node[state.current.sizeBy] / m)) * shrink;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, SIZE, SIZE);
      ctx.globalAlpha = sel ? 0.2 : 0.45;
      ctx.strokeStyle = tieColour;
      const byWidth = new Map<number, typeof links>();
      for (const l of links) {
        const w = Math.min(1 + Math.log2(l.weight), 5);
        byWidth.set(w, [...(byWidth.get(w) ?? []), l]);
      }
      // Thousands of ties are drawn once the members have found their places, not while they move.
      for (const [w, group] of links.length > MOVING_TIES && !settled() ? [] : byWidth) {
        ctx.lineWidth = w;
        ctx.beginPath();
        for (const l of group) {
          const a = l.source as unknown as SimNode;
          const b = l.target as unknown as SimNode;
          ctx.moveTo(X(a), Y(a));
          ctx.lineTo(X(b), Y(b));
        }
        ctx.stroke();
      }
      ctx.globalAlpha = 1;
      const highlighted = new Set([...(sel ? [sel] : []), ...on]);
      if (highlighted.size) {
        ctx.strokeStyle = onColour;
        ctx.lineWidth = 2.5;
        ctx.beginPath();
        for (const l of links) {
          const a = l.source as unknown as SimNode;
          const b = l.target as unknown as SimNode;
          if (a.id === sel || b.id === sel || (on.includes(a.id) && on.includes(b.id))) {
            ctx.moveTo(X(a), Y(a));
            ctx.lineTo(X(b), Y(b));
          }
        }
        ctx.stroke();
      }
      const byColour = new Map<string, SimNode[]>();
      for (const n of simNodes) {
        const c = colours === 'role' ? (roleColour[n.node.role] ?? '#4a5452') : (KIND_COLOUR[n.node.organisation.kind] ?? KIND_COLOUR.OTHER);
        byColour.set(c, [...(byColour.get(c) ?? []), n]);
      }
      for (const [c, group] of byColour) {
        ctx.fillStyle = c;
        ctx.beginPath();
        for (const n of group) {
          ctx.moveTo(X(n) + radius(n), Y(n));
          ctx.arc(X(n), Y(n), radius(n), 0, 2 * Math.PI);
        }
        ctx.fill();
      }
      ctx.strokeStyle = onColour;
      ctx.lineWidth = 3;
      for (const n of simNodes)
        if (highlighted.has(n.id)) {
          ctx.beginPath();
          ctx.arc(X(n), Y(n), radius(n) + 3, 0, 2 * Math.PI);
          ctx.stroke();
        }
    };
    state.current.draw = draw;
    state.current.move = () => {
      if (!blit()) draw();
    };
    state.current.hit = (px, py) => {
      let best: { id: string; d: number } | null = null;
      for (const n of simNodes) {
        const d = Math.hypot(X(n) - px, Y(n) - py);
        if (d <= 16 && (!best || d < best.d)) best = { id: n.id, d };
      }
      return best?.id ?? null;
    };
    let frame = 0;
    const step = () => {
      const t0 = performance.now();
      while (sim.alpha() > sim.alphaMin() && performance.now() - t0 < TICK_BUDGET_MS) sim.tick();
      fit();
      draw();
      if (sim.alpha() > sim.alphaMin()) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => {
      cancelAnimationFrame(frame);
      sim.stop();
    };
  }, [nodes, ties]);

  useEffect(() => state.current.draw(), [sizeBy, colourBy, selected, path]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    let drag: { x: number; y: number; moved: boolean } | null = null;
    const point = (e: PointerEvent) => {
      const r = canvas.getBoundingClientRect();
      return { x: ((e.clientX - r.left) / r.width) * SIZE, y: ((e.clientY - r.top) / r.height) * SIZE };
    };
    const down = (e: PointerEvent) => {
      drag = { ...point(e), moved: false };
      canvas.setPointerCapture(e.pointerId);
    };
    const move = (e: PointerEvent) => {
      if (!drag) return;
      const p = point(e);
      if (Math.abs(p.x - drag.x) + Math.abs(p.y - drag.y) > 2) drag.moved = true;
      state.current.pan = { x: state.current.pan.x + p.x - drag.x, y: state.current.pan.y + p.y - drag.y };
      drag = { ...p, moved: drag.moved };
      requestAnimationFrame(() => state.current.move());
    };
    const up = (e: PointerEvent) => {
      if (drag && !drag.moved) {
        const id = state.current.hit(point(e).x, point(e).y);
        if (id) onSelect(id);
      }
      drag = null;
    };
    canvas.addEventListener('pointerdown', down);
    canvas.addEventListener('pointermove', move);
    canvas.addEventListener('pointerup', up);
    return () => {
      canvas.removeEventListener('pointerdown', down);
      canvas.removeEventListener('pointermove', move);
      canvas.removeEventListener('pointerup', up);
    };
  }, [onSelect]);

  return (
    <figure className="network-graph">
      <canvas ref={canvasRef} className="network-graph__svg network-graph__canvas" aria-hidden="true" width={SIZE} height={SIZE} />
    </figure>
  );
}
