#!/usr/bin/env node
/**
 * pnpm bench [--sizes S,M,L] [--quick] [--scenarios a,b] [--connections 1,10,50] [--seconds n] [--seed n] [--no-web]
 *
 * For each size: a generated database, the Gemeinwerk API, the raw-SQL lower bound and the
 * PostGraphile peer, measured in the same run on the same machine; the numbers of the three are
 * checked equal first. Prints and writes bench/results/<timestamp>.json and .md (ratios).
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { fixtureOf } from './lib/dataset.mjs';
import { counts, openBenchDatabase, refreshSessions, ROOT } from './lib/db.mjs';
import { measure, measureSequential } from './lib/load.mjs';
import { markdown } from './lib/report.mjs';
import { SCENARIOS } from './lib/scenarios.mjs';
import { startApi, startLowerBoundProcess, startPeerIfPresent } from './lib/systems.mjs';
import { coldDashboard } from './web/cold-dashboard.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const quick = args.includes('--quick');
const sizes = opt('sizes', 'S,M,L').split(',');
const seed = Number(opt('seed', '1'));
const seconds = Number(opt('seconds', quick ? '2' : '5'));
const connectionsList = opt('connections', '1,10,50').split(',').map(Number);
const web = !args.includes('--no-web');
const only = opt('scenarios', Object.keys(SCENARIOS).join(',')).split(',');

const log = (...m) => console.log(...m);

async function gql(url, token, step) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(step),
  });
  const json = await res.json().catch(() => null);
  if (!res.ok || !json || json.errors) throw new Error(`HTTP ${res.status}: ${JSON.stringify(json?.errors ?? json).slice(0, 400)}`);
  return json;
}

async function lowerBoundCall(lb, name, params) {
  const res = await fetch(`${lb.url}/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ params }) });
  const json = await res.json();
  if (!res.ok) throw new Error(`lower bound ${name}: ${JSON.stringify(json).slice(0, 400)}`);
  return json;
}

/** The API's answer in the SQL's shape. */
async function apiCall(api, s, fx, extra) {
  const { token, steps } = s.api(fx, extra);
  const datas = [];
  for (const step of steps) datas.push((await gql(`${api.url}${api.graphqlPath}`, token, step)).data);
  return s.apiResult(datas);
}

/** The peer's context: the lower bound's own parameters (same inputs by construction) and the ids by name. */
const peerContext = (fx, params) => ({ ...fx, allianceId: fx.featured, userId: fx.userIds.funder, params });

// The peer authenticates as the API does (bearer session, row-level security), so it gets the scenario's token.
async function peerCall(peer, op, fx, params, token) {
  const res = await fetch(peer.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: op.query, variables: op.variables(peerContext(fx, params)) }),
  });
  return op.extract(await res.json());
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

function firstDifference(a, b, at = '') {
  if (same(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return `${at || '.'}: ${JSON.stringify(a)?.slice(0, 120)} ≠ ${JSON.stringify(b)?.slice(0, 120)}`;
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const d = firstDifference(a[k], b[k], `${at}.${k}`);
    if (d) return d;
  }
  return `${at}: differ`;
}

/** The bulk scenario's rows: the 500 reports with new values, each carrying the version it has now. */
function bulkRows(owner, fx) {
  let iteration = 0;
  return async () => {
    iteration++;
    const { rows } = await owner.query(
      `SELECT indicator_id, membership_id, reporting_period_id, version FROM measurements WHERE alliance_id = $1 AND reporting_period_id = ANY($2::uuid[])`,
      [fx.featured, [...new Set(fx.bulkCells.map((c) => c.reportingPeriodId))]],
    );
    const versions = new Map(rows.map((r) => [`${r.indicator_id}/${r.membership_id}/${r.reporting_period_id}`, r.version]));
    return fx.bulkCells.map((c, i) => {
      const version = versions.get(`${c.indicatorId}/${c.membershipId}/${c.reportingPeriodId}`);
      return { ...c, value: 1 + ((iteration * 7 + i) % 90), submit: false, ...(version ? { version } : {}) };
    });
  };
}

async function runSize(size) {
  log(`\n=== size ${size} ===`);
  const db = await openBenchDatabase({ size, seed, log });
  const out = { size, generationSeconds: db.generationSeconds, cached: db.cached, counts: await counts(db.url), scenarios: {} };
  log(`dataset: ${JSON.stringify(out.counts)} (generated in ${db.generationSeconds.toFixed(0)} s${db.cached ? ', cached' : ''})`);
  await refreshSessions(db.url);
  const fx = fixtureOf(seed);
  const owner = new pg.Client({ connectionString: db.url });
  await owner.connect();
  const stops = [];
  try {
    const api = await startApi(db);
    stops.push(api.stop);
    const lb = await startLowerBoundProcess(db);
    stops.push(lb.stop);
    const peer = await startPeerIfPresent(db);
    if (peer.missing) log(`peer missing: ${peer.missing}`);
    else stops.push(peer.stop);
    out.peer = peer.missing ? { missing: peer.missing } : { url: peer.url };

    for (const name of only) {
      const s = SCENARIOS[name];
      if (!s) throw new Error(`unknown scenario ${name}`);
      const r = (out.scenarios[name] = { title: s.title, check: {}, runs: {} });
      const peerOp = peer.missing ? null : peer.operations[name];
      const peerToken = s.api(fx, []).token;
      const nextRows = s.sequential ? bulkRows(owner, fx) : null;

      // Equality first: the same numbers from all three, else the throughput means nothing.
      try {
        const extra = nextRows ? await nextRows() : undefined;
        const lower = s.reduce(await lowerBoundCall(lb, name, s.lowerBound(fx, extra)));
        const extraApi = nextRows ? await nextRows() : undefined;
        const viaApi = s.reduce(await apiCall(api, s, fx, extraApi));
        r.check.apiEqualsLowerBound = same(viaApi, lower);
        if (!r.check.apiEqualsLowerBound) r.check.apiDifference = firstDifference(viaApi, lower);
        if (peerOp) {
          const extraPeer = nextRows ? await nextRows() : undefined;
          const viaPeer = s.reduce(await peerCall(peer, peerOp, fx, s.lowerBound(fx, extraPeer), peerToken));
          r.check.peerEqualsLowerBound = same(viaPeer, lower);
          if (!r.check.peerEqualsLowerBound) r.check.peerDifference = firstDifference(viaPeer, lower);
        } else r.check.peer = 'missing';
      } catch (e) {
        r.check.error = String(e.message ?? e).slice(0, 500);
      }
      log(`${name}: check ${JSON.stringify(r.check)}`);

      const conns = s.sequential ? [1] : connectionsList;
      for (const c of conns) {
        const run = (r.runs[c] = {});
        if (s.sequential) {
          run.api = await measureSequential({
            seconds,
            prepare: nextRows,
            send: async (rows) => {
              const a = s.api(fx, rows);
              s.apiResult([(await gql(`${api.url}${api.graphqlPath}`, a.token, a.steps[0])).data]);
            },
          });
        } else {
          const { token, steps } = s.api(fx);
          run.api = await measure({
            url: api.url,
            connections: c,
            seconds,
            headers: { authorization: `Bearer ${token}` },
            requests: steps.map((st) => ({ path: api.graphqlPath, body: JSON.stringify(st) })),
            isError: (body) => String(body).includes('"errors":'),
          });
        }
        if (s.sequential) {
          run.lowerBound = await measureSequential({ seconds, prepare: nextRows, send: (rows) => lowerBoundCall(lb, name, s.lowerBound(fx, rows)) });
        } else {
          run.lowerBound = await measure({
            url: lb.url,
            connections: c,
            seconds,
            requests: [{ path: `/${name}`, body: JSON.stringify({ params: s.lowerBound(fx) }) }],
          });
        }
        if (peerOp) {
          const peerUrl = new URL(peer.url);
          if (s.sequential) {
            run.peer = await measureSequential({ seconds, prepare: nextRows, send: (rows) => peerCall(peer, peerOp, fx, s.lowerBound(fx, rows), peerToken) });
          } else {
            run.peer = await measure({
              url: peerUrl.origin,
              connections: c,
              seconds,
              headers: { authorization: `Bearer ${peerToken}` },
              requests: [
                { path: peerUrl.pathname, body: JSON.stringify({ query: peerOp.query, variables: peerOp.variables(peerContext(fx, s.lowerBound(fx))) }) },
              ],
              isError: (body) => String(body).includes('"errors":'),
            });
          }
        }
        const f = (x) => (x ? `${x.opsPerSec.toFixed(1)}/s p50 ${x.p50?.toFixed?.(0)} ms fail ${x.failed}` : '—');
        log(`  ${name} c=${c}: api ${f(run.api)} | lower bound ${f(run.lowerBound)} | peer ${f(run.peer)}`);
        if (run.api?.firstError) log(`    api error: ${run.api.firstError}`);
      }
    }
    // The cold dashboard in Chromium, at M (the target: all data visible in ≤ 1.5 s).
    if (size === 'M' && web) {
      log('cold dashboard in headless Chromium …');
      out.coldDashboard = await coldDashboard({ apiUrl: api.url, allianceId: fx.featured, token: fx.tokens.backbone, expectedRows: fx.indicatorIds.length });
      log(`  cold dashboard: ${JSON.stringify(out.coldDashboard)}`);
    }
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    await owner.end();
    await db.stop();
  }
  return out;
}

function hardware() {
  const sh = (c) => {
    try {
      return execSync(c, { encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  };
  return { nproc: sh('nproc'), lscpu: sh('lscpu | head -15'), free: sh('free -h'), node: process.version, platform: `${os.type()} ${os.release()}` };
}

const started = new Date();
const results = {
  startedAt: started.toISOString(),
  commit: execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim(),
  options: { sizes, seed, seconds, connections: connectionsList, quick },
  hardware: hardware(),
  sizes: {},
};
for (const size of sizes) results.sizes[size] = await runSize(size);

const dir = path.join(ROOT, 'bench/results');
mkdirSync(dir, { recursive: true });
const stamp = started.toISOString().replace(/[:.]/g, '-').slice(0, 19);
const md = markdown(results);
writeFileSync(path.join(dir, `${stamp}.json`), JSON.stringify(results, null, 2));
writeFileSync(path.join(dir, `${stamp}.md`), md);
log(`\n${md}`);
log(`written: bench/results/${stamp}.json and .md`);
