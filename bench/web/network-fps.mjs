#!/usr/bin/env node
/**
 * Frames per second of the network picture with 500 organisations and 5,000 ties in this
 * machine's headless Chromium (/usr/bin/chromium, playwright-core of apps/web), while the
 * d3-force layout runs (one simulation tick per frame, drawn each frame) and while panning (the
 * laid-out picture moved every frame). Two renderers with the same drawing as
 * apps/web/src/features/network/components/network-graph.tsx: SVG elements (one <line> per tie,
 * one <circle> per member — what the view draws today) and one <canvas>.
 *
 * Also measures what the view does today before it draws: the layout run to rest on the main
 * thread (utils/layout.ts: up to 300 ticks), during which no frame is drawn.
 *
 * Usage: node bench/web/network-fps.mjs [--nodes 500] [--edges 5000] [--seconds 4]
 * Writes bench/results/network-fps-<time>.json and prints a Markdown table.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const NODES = arg('nodes', 500);
const EDGES = arg('edges', 5000);
const SECONDS = arg('seconds', 4);

if (!existsSync(CHROMIUM)) {
  console.error(`${CHROMIUM} not found`);
  process.exit(2);
}
const requireWeb = createRequire(path.join(ROOT, 'apps/web/package.json'));
const { chromium } = requireWeb('playwright-core');
// pnpm keeps d3-force's own dependencies beside it (…/.pnpm/d3-force@x/node_modules/{d3-force,d3-dispatch,…}).
const d3Dir = realpathSync(path.join(ROOT, 'apps/web/node_modules/d3-force'));
const bundle = ['d3-dispatch', 'd3-timer', 'd3-quadtree', 'd3-force']
  .map((m) => readFileSync(path.join(d3Dir, '..', m, 'dist', `${m}.min.js`), 'utf8'))
  .join('\n');

/** A deterministic network: members in 12 clusters, most ties inside a cluster, some across (brokers). */
function network(n, m) {
  let s = 20261207;
  const rnd = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `m${i}`, group: i % 12 }));
  const seen = new Set();
  const ties = [];
  while (ties.length < m) {
    const a = Math.floor(rnd() * n);
    let b = rnd() < 0.8 ? (a + 12 * (1 + Math.floor(rnd() * 8))) % n : Math.floor(rnd() * n);
    if (a === b) continue;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ties.push({ a: `m${a}`, b: `m${b}`, weight: 1 + Math.floor(rnd() * 4) });
  }
  return { nodes, ties };
}

/** Runs in the page: the two renderers and the frame counter. */
function pageCode() {
  const d3 = window.d3;
  const SIZE = 640;
  const COLOURS = ['#244a86', '#0b4d53', '#7a4200', '#6b2f7a', '#4a5452', '#1f6f43'];
  window.bench = {
    setup(kind, data) {
      document.body.innerHTML = '';
      const nodes = data.nodes.map((n) => ({ ...n }));
      const links = data.ties.map((t) => ({ source: t.a, target: t.b, weight: t.weight }));
      const sim = d3
        .forceSimulation(nodes)
        .force(
          'link',
          d3
            .forceLink(links)
            .id((d) => d.id)
            .distance(60)
            .strength(0.4),
        )
        .force('charge', d3.forceManyBody().strength(nodes.length > 200 ? -30 : -160))
        .force('collide', d3.forceCollide(14))
        .force('x', d3.forceX(0).strength(0.06))
        .force('y', d3.forceY(0).strength(0.06))
        .stop();
      let pan = { x: 0, y: 0, k: 1 };
      const fit = () => {
        let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
        for (const n of nodes) {
          x0 = Math.min(x0, n.x);
          x1 = Math.max(x1, n.x);
          y0 = Math.min(y0, n.y);
          y1 = Math.max(y1, n.y);
        }
        const k = Math.min((SIZE - 80) / Math.max(x1 - x0, 1), (SIZE - 80) / Math.max(y1 - y0, 1), 3);
        return { k, cx: (x0 + x1) / 2, cy: (y0 + y1) / 2 };
      };
      const radius = (n) => 6 + (n.index % 7);
      let draw;
      if (kind === 'svg') {
        const NS = 'http://www.w3.org/2000/svg';
        const svg = document.createElementNS(NS, 'svg');
        svg.setAttribute('viewBox', `0 0 ${SIZE} ${SIZE}`);
        svg.setAttribute('width', SIZE);
        svg.setAttribute('height', SIZE);
        const g = document.createElementNS(NS, 'g');
        svg.appendChild(g);
        const lines = links.map((l) => {
          const e = document.createElementNS(NS, 'line');
          e.setAttribute('stroke', '#8a9490');
          e.setAttribute('stroke-opacity', '0.5');
          e.setAttribute('stroke-width', String(Math.min(1 + Math.log2(l.weight), 5)));
          g.appendChild(e);
          return e;
        });
        const circles = nodes.map((n) => {
          const e = document.createElementNS(NS, 'circle');
          e.setAttribute('r', radius(n));
          e.setAttribute('fill', COLOURS[n.group % COLOURS.length]);
          g.appendChild(e);
          return e;
        });
        document.body.appendChild(svg);
        draw = () => {
          const f = fit();
          const X = (x) => SIZE / 2 + (x - f.cx) * f.k;
          const Y = (y) => SIZE / 2 + (y - f.cy) * f.k;
          g.setAttribute('transform', `translate(${pan.x} ${pan.y}) scale(${pan.k})`);
          links.forEach((l, i) => {
            lines[i].setAttribute('x1', X(l.source.x));
            lines[i].setAttribute('y1', Y(l.source.y));
            lines[i].setAttribute('x2', X(l.target.x));
            lines[i].setAttribute('y2', Y(l.target.y));
          });
          nodes.forEach((n, i) => circles[i].setAttribute('transform', `translate(${X(n.x)} ${Y(n.y)})`));
        };
        // Panning moves the group only (the positions stand still once laid out).
        window.bench.panDraw = () => g.setAttribute('transform', `translate(${pan.x} ${pan.y}) scale(${pan.k})`);
      } else {
        const canvas = document.createElement('canvas');
        const dpr = window.devicePixelRatio || 1;
        canvas.width = SIZE * dpr;
        canvas.height = SIZE * dpr;
        canvas.style.width = `${SIZE}px`;
        canvas.style.height = `${SIZE}px`;
        document.body.appendChild(canvas);
        const ctx = canvas.getContext('2d');
        draw = () => {
          const f = fit();
          ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
          ctx.clearRect(0, 0, SIZE, SIZE);
          ctx.translate(pan.x, pan.y);
          ctx.scale(pan.k, pan.k);
          const X = (x) => SIZE / 2 + (x - f.cx) * f.k;
          const Y = (y) => SIZE / 2 + (y - f.cy) * f.k;
          ctx.strokeStyle = 'rgba(138,148,144,0.5)';
          // One path per line width: a few strokes instead of 5,000.
          for (const w of [1, 2, 2.58, 3]) {
            ctx.lineWidth = w;
            ctx.beginPath();
            for (const l of links) {
              if (Math.min(1 + Math.log2(l.weight), 5) !== w && !(w === 2.58 && l.weight === 3)) continue;
              ctx.moveTo(X(l.source.x), Y(l.source.y));
              ctx.lineTo(X(l.target.x), Y(l.target.y));
            }
            ctx.stroke();
          }
          for (let c = 0; c < COLOURS.length; c++) {
            ctx.fillStyle = COLOURS[c];
            ctx.beginPath();
            for (const n of nodes) {
              if (n.group % COLOURS.length !== c) continue;
              const x = X(n.x);
              const y = Y(n.y);
              ctx.moveTo(x + radius(n), y);
              ctx.arc(x, y, radius(n), 0, 2 * Math.PI);
            }
            ctx.fill();
          }
        };
        window.bench.panDraw = draw;
      }
      window.bench.sim = sim;
      window.bench.draw = draw;
      window.bench.setPan = (p) => (pan = p);
      // Initial positions (d3 places nodes on a phyllotaxis spiral) drawn once.
      sim.tick(0);
      draw();
    },
    /** Frames drawn in `ms` while the simulation runs one tick per frame (reheated). */
    async layoutFps(ms) {
      const { sim, draw } = window.bench;
      sim.alpha(1);
      return frames(ms, () => {
        sim.tick();
        draw();
      });
    },
    /** Frames drawn in `ms` while the picture is dragged around (positions at rest). */
    async panFps(ms) {
      const { sim, panDraw, setPan } = window.bench;
      sim.alpha(1);
      for (let i = 0; i < 300; i++) sim.tick();
      window.bench.draw();
      let t = 0;
      return frames(ms, () => {
        t += 1;
        setPan({ x: 80 * Math.sin(t / 20), y: 60 * Math.cos(t / 25), k: 1 + 0.2 * Math.sin(t / 40) });
        panDraw();
      });
    },
    /** Today's view: the layout run to rest on the main thread before drawing (ms without a frame). */
    blockingLayoutMs() {
      const { sim } = window.bench;
      sim.alpha(1);
      const ticks = Math.min(300, Math.ceil(Math.log(sim.alphaMin()) / Math.log(1 - sim.alphaDecay())));
      const t0 = performance.now();
      for (let i = 0; i < ticks; i++) sim.tick();
      return { ticks, ms: performance.now() - t0 };
    },
  };
  function frames(ms, work) {
    return new Promise((resolve) => {
      const times = [];
      const work_ms = [];
      const start = performance.now();
      const step = (now) => {
        times.push(now);
        if (now - start >= ms) {
          const gaps = times.slice(1).map((t, i) => t - times[i]);
          gaps.sort((a, b) => a - b);
          const fps = (times.length - 1) / ((times[times.length - 1] - times[0]) / 1000);
          work_ms.sort((a, b) => a - b);
          resolve({
            frames: times.length - 1,
            fps,
            p95FrameMs: gaps[Math.floor(gaps.length * 0.95)] ?? null,
            worstFrameMs: gaps[gaps.length - 1] ?? null,
            // The script's share of a frame (tick and drawing calls), median: without the browser's paint.
            medianWorkMs: work_ms[Math.floor(work_ms.length / 2)] ?? null,
          });
          return;
        }
        const w0 = performance.now();
        work();
        work_ms.push(performance.now() - w0);
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
  }
}

const data = network(NODES, EDGES);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  // A real frame clock in headless mode; GPU off as on a server without one.
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-timer-throttling', '--disable-renderer-backgrounding'],
});
const results = [];
try {
  for (const renderer of ['svg', 'canvas']) {
    const page = await browser.newPage({ viewport: { width: 800, height: 700 } });
    await page.setContent('<!doctype html><html><body style="margin:0"></body></html>');
    await page.addScriptTag({ content: bundle });
    await page.addScriptTag({ content: `(${pageCode.toString()})()` });
    await page.evaluate(([kind, d]) => window.bench.setup(kind, d), [renderer, data]);
    const layout = await page.evaluate((ms) => window.bench.layoutFps(ms), SECONDS * 1000);
    const pan = await page.evaluate((ms) => window.bench.panFps(ms), SECONDS * 1000);
    const blocking = await page.evaluate(() => window.bench.blockingLayoutMs());
    results.push({ renderer, layout, pan, blocking });
    await page.close();
  }
  // The view's own canvas picture (features/network/components/network-canvas.tsx), bundled with esbuild and mounted with React.
  const esbuild = createRequire(realpathSync(path.join(ROOT, 'node_modules/.pnpm/node_modules/vite/package.json')))('esbuild');
  const component = path.join(ROOT, 'apps/web/src/features/network/components/network-canvas.tsx');
  const built = await esbuild.build({
    stdin: {
      contents: `import { createElement } from 'react';
        import { createRoot } from 'react-dom/client';
        import { NetworkCanvas } from ${JSON.stringify(component)};
        window.mount = (nodes, ties) => createRoot(document.getElementById('root')).render(
          createElement(NetworkCanvas, { nodes, ties, sizeBy: 'degree', colourBy: 'role', selected: null, path: [], onSelect: () => {} }));`,
      resolveDir: path.join(ROOT, 'apps/web'),
      loader: 'tsx',
    },
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: true,
  });
  const page = await browser.newPage({ viewport: { width: 800, height: 800 } });
  await page.setContent('<!doctype html><html><body style="margin:0"><div id="root" style="width:640px"></div></body></html>');
  await page.addScriptTag({ content: built.outputFiles[0].text });
  const viewNodes = data.nodes.map((n, i) => ({
    id: n.id,
    role: ['BACKBONE', 'PARTNER', 'FUNDER', 'OBSERVER'][i % 4],
    organisation: { id: n.id, name: n.id, kind: 'NGO', city: null },
    degree: 0,
    betweenness: 0,
    closeness: 0,
  }));
  for (const tie of data.ties) {
    viewNodes[Number(tie.a.slice(1))].degree++;
    viewNodes[Number(tie.b.slice(1))].degree++;
  }
  const count = (ms) =>
    page.evaluate(
      (ms) =>
        new Promise((resolve) => {
          const times = [];
          const step = (now) => {
            times.push(now);
            if (now - times[0] >= ms) {
              const gaps = times
                .slice(1)
                .map((t, i) => t - times[i])
                .sort((a, b) => a - b);
              resolve({
                frames: times.length - 1,
                fps: (times.length - 1) / ((times.at(-1) - times[0]) / 1000),
                p95FrameMs: gaps[Math.floor(gaps.length * 0.95)] ?? null,
              });
            } else requestAnimationFrame(step);
          };
          requestAnimationFrame(step);
        }),
      ms,
    );
  const layoutCount = count(SECONDS * 1000);
  await page.evaluate(([n, t]) => window.mount(n, t), [viewNodes, data.ties]);
  const layout = await layoutCount;
  // Let the layout come to rest, then drag the picture around for the same time.
  await page.waitForTimeout(15000);
  const box = await page.locator('canvas').boundingBox();
  await page.mouse.move(box.x + 320, box.y + 320);
  await page.mouse.down();
  const panCount = count(SECONDS * 1000);
  const t0 = Date.now();
  for (let i = 0; Date.now() - t0 < SECONDS * 1000; i++) await page.mouse.move(box.x + 320 + 100 * Math.sin(i / 10), box.y + 320 + 80 * Math.cos(i / 12));
  await page.mouse.up();
  const pan = await panCount;
  results.push({ renderer: 'view canvas (network-canvas.tsx)', layout, pan, blocking: { ticks: 0, ms: 0 } });
  await page.screenshot({ path: path.join(os.tmpdir(), 'network-canvas-bench.png') });
  await page.close();
} finally {
  await browser.close();
}

const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model, load1: os.loadavg()[0], chromium: CHROMIUM };
const out = { at: new Date().toISOString(), nodes: NODES, edges: EDGES, seconds: SECONDS, machine, results };
mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
const file = path.join(ROOT, `bench/results/network-fps-${out.at.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
const f = (x) => (x == null ? '–' : x.toFixed(1));
console.log(`${NODES} members, ${EDGES} ties, ${SECONDS} s per measurement, load ${machine.load1.toFixed(2)} on ${machine.cpus} cores\n`);
console.log(
  '| renderer | fps while the layout runs | p95 frame (ms) | script per frame (ms) | fps while panning | p95 frame (ms) | script per frame (ms) | layout to rest before the first frame (today) |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const r of results)
  console.log(
    `| ${r.renderer} | ${f(r.layout.fps)} | ${f(r.layout.p95FrameMs)} | ${f(r.layout.medianWorkMs)} | ${f(r.pan.fps)} | ${f(r.pan.p95FrameMs)} | ${f(r.pan.medianWorkMs)} | ${r.blocking.ticks ? `${r.blocking.ticks} ticks, ${Math.round(r.blocking.ms)} ms` : 'none (ticks within 5 ms per frame)'} |`,
  );
console.log(`\n${path.relative(ROOT, file)}`);
