#!/usr/bin/env node
/**
 * node bench/tools/funder-report.mjs [size=M] [runs=3]
 *
 * Times the funder report (GET /api/alliances/:id/reports/funder.pdf) of the featured alliance
 * (50 indicators, 8 partners, 200 activities, 2,000 log entries) as its funder, against the
 * built API on the generated dataset, for 12 and 36 monthly periods. Meanwhile it asks
 * /health/live every 20 ms: the slowest answer shows whether the event loop stalled while the
 * PDF was laid out (it is rendered in a worker thread).
 */
import { openBenchDatabase, refreshSessions } from '../lib/db.mjs';
import { fixtureOf } from '../lib/dataset.mjs';
import { startApi } from '../lib/systems.mjs';

const size = process.argv[2] ?? 'M';
const runs = Number(process.argv[3] ?? 3);
const db = await openBenchDatabase({ size, seed: 1, log: console.log });
await refreshSessions(db.url);
const fx = fixtureOf(1);
const api = await startApi(db);

async function probe(stop) {
  let worst = 0;
  while (!stop.done) {
    const t0 = performance.now();
    await fetch(`${api.url}/health/live`).then((r) => r.arrayBuffer());
    worst = Math.max(worst, performance.now() - t0);
    await new Promise((r) => setTimeout(r, 20));
  }
  return worst;
}

const results = [];
try {
  for (const [from, to] of [
    ['2026-01', '2026-12'],
    ['2024-01', '2026-12'],
  ]) {
    const times = [];
    let bytes = 0;
    let worstHealth = 0;
    for (let i = 0; i < runs; i++) {
      const stop = { done: false };
      const health = probe(stop);
      const t0 = performance.now();
      const res = await fetch(`${api.url}/api/alliances/${fx.featured}/reports/funder.pdf?from=${from}&to=${to}&lang=de`, {
        headers: { authorization: `Bearer ${fx.tokens.funder}` },
      });
      const body = Buffer.from(await res.arrayBuffer());
      times.push(performance.now() - t0);
      console.log(`  ${from}…${to} run ${i + 1}: ${Math.round(performance.now() - t0)} ms (${res.headers.get('server-timing')})`);
      stop.done = true;
      worstHealth = Math.max(worstHealth, await health);
      if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${body.toString().slice(0, 300)}`);
      bytes = body.length;
    }
    times.sort((a, b) => a - b);
    const row = {
      size,
      from,
      to,
      runs,
      medianMs: Math.round(times[Math.floor(times.length / 2)]),
      minMs: Math.round(times[0]),
      maxMs: Math.round(times.at(-1)),
      kB: Math.round(bytes / 1024),
      worstHealthMs: Math.round(worstHealth),
    };
    results.push(row);
    console.log(JSON.stringify(row));
  }
} finally {
  await api.stop();
  await db.stop();
}
