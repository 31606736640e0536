#!/usr/bin/env node
/**
 * node bench/tools/progress-page.mjs [size=M] [runs=30]
 *
 * Times the public progress page (GET /api/progress/:slug, no login) of the featured alliance of the
 * generated dataset (50 monthly indicators × 36 months × 8 partners, 10 goals) with the most it can
 * show: every goal and 24 indicators (MAX_SHOWN_INDICATORS). Each request asks without an ETag, so
 * the page is computed each time (browsers and shared caches may keep it for a minute; that is not
 * what is measured). The peers in the same run: the backbone's dashboard request (the logged-in read
 * of the same alliance's roll-ups, as the web app sends it) and the lower bound's dashboard
 * statement (bench/sql/dashboard.sql as the owner, no RLS) — both for all 50 indicators.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ROOT, openBenchDatabase, refreshSessions } from '../lib/db.mjs';
import { fixtureOf } from '../lib/dataset.mjs';
import { startApi } from '../lib/systems.mjs';
import { SCENARIOS } from '../lib/scenarios.mjs';

const size = process.argv[2] ?? 'M';
const runs = Number(process.argv[3] ?? 30);
const db = await openBenchDatabase({ size, seed: 1, log: console.log });
await refreshSessions(db.url);
const fx = fixtureOf(1);
const api = await startApi(db);
const owner = new pg.Client({ connectionString: db.url });
await owner.connect();

async function gql(token, query, variables) {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function timed(label, fn) {
  const times = [];
  await fn(); // warm: plans cached, pool connected
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const q = (p) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))] * 10) / 10;
  const row = { label, runs, p50: q(0.5), p95: q(0.95), min: Math.round(times[0] * 10) / 10 };
  console.log(JSON.stringify(row));
  return row;
}

const results = [];
try {
  const goals = (await owner.query(`SELECT id FROM goals WHERE alliance_id = $1 ORDER BY id LIMIT 50`, [fx.featured])).rows.map((r) => r.id);
  const settings = await gql(fx.tokens.backbone, `query($a: ID!) { publicProgressSettings(allianceId: $a) { version } }`, { a: fx.featured });
  const slug = 'bench-fortschritt';
  await gql(fx.tokens.backbone, `mutation($input: UpdatePublicProgressInput!) { updatePublicProgress(input: $input) { version } }`, {
    input: {
      allianceId: fx.featured,
      version: settings.publicProgressSettings.version,
      published: true,
      slug,
      goalIds: goals,
      indicatorIds: fx.indicatorIds.slice(0, 24),
    },
  });
  let bytes = 0;
  let shown = 0;
  results.push(
    await timed(`public page (${goals.length} goals, 24 indicators)`, async () => {
      const res = await fetch(`${api.url}/api/progress/${slug}?lang=de`);
      const text = await res.text();
      if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${text.slice(0, 300)}`);
      bytes = text.length;
      shown = (text.match(/"indicatorId"|"id"/g) ?? []).length;
    }),
  );
  results.push(
    await timed('public page HTML shell (/fortschritt/:slug)', async () => {
      const res = await fetch(`${api.url}/fortschritt/${slug}`, { headers: { accept: 'text/html' } });
      await res.text();
    }),
  );
  const dashboard = SCENARIOS.dashboard.api(fx);
  results.push(
    await timed('peer: backbone dashboard (50 indicators, GraphQL)', async () => {
      for (const step of dashboard.steps) await gql(dashboard.token, step.query, step.variables);
    }),
  );
  const sql = readFileSync(path.join(ROOT, 'bench/sql/dashboard.sql'), 'utf8');
  const params = SCENARIOS.dashboard.lowerBound(fx);
  results.push(await timed('peer: lower bound dashboard.sql (owner, no RLS)', () => owner.query(sql, params)));
  console.log(JSON.stringify({ size, bytes, shown, load: os.loadavg().map((l) => Math.round(l * 10) / 10), cores: os.cpus().length }));
} finally {
  await owner.end();
  await api.stop();
  await db.stop();
}
