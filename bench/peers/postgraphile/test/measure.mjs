// A rough look at the peer's cost on the demo (not the benchmark: bench/ measures at S, M, L):
//   node bench/peers/postgraphile/test/measure.mjs [seconds=5] [sqlDir=test/sql]
// Compares, for the dashboard and health statements of sqlDir, requests per second of
//   sql       the statement itself on a pg pool as gemeinwerk_app (BEGIN, set_config, statement, COMMIT)
//   function  the same through SELECT bench_peer.<scenario>(…) on that pool (what PostGraphile runs)
//   peer      the GraphQL request to PostGraphile (HTTP, session check, pgSettings, function)
// at 1 and 10 concurrent clients (PEER_MEASURE_CONCURRENCY=1,10,50), and counts failed requests.
import { randomBytes, createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { startPeer, ensureInstalled } from '../start.mjs';
import { loadScenarios } from '../functions.mjs';
import { operationsFor } from '../operations.mjs';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const SQL_DIR = path.resolve(process.argv[3] ?? path.join(import.meta.dirname, 'sql'));
const DATA_DIR = process.env.PEER_CHECK_DATA_DIR ?? path.join(ROOT, '.data/peer-check');
const SECONDS = Number(process.argv[2] ?? 5);
const api = (rel) => createRequire(import.meta.url)(path.join(ROOT, 'apps/api/dist', rel));

ensureInstalled();
const { default: pg } = await import('pg');
const { startEmbeddedPostgres, embeddedAppPassword } = api('database/embedded-postgres.js');
const db = await startEmbeddedPostgres(DATA_DIR, { quiet: true });
await api('database/data-source.js').runMigrations(db.url);
await api('database/seeds/demo.seed.js').seedDemo(db.url);
const owner = new pg.Client({ connectionString: db.url });
await owner.connect();
const allianceId = (await owner.query(`SELECT id FROM alliances WHERE name LIKE 'Bildung%'`)).rows[0].id;
const token = randomBytes(32).toString('base64url');
await owner.query(
  `INSERT INTO sessions (id, user_id, token_hash, last_seen_at, expires_at)
   SELECT gen_random_uuid(), id, $2, now(), now() + interval '1 day' FROM users WHERE email = $1`,
  ['koordination@bildungsbuero.example', createHash('sha256').update(token).digest('hex')],
);
const appPassword = embeddedAppPassword(DATA_DIR);
const peer = await startPeer({ databaseUrl: db.url, appPassword, sqlDir: SQL_DIR, planCacheMode: process.env.PEER_PLAN_CACHE_MODE, log: () => {} });
const appUrl = new URL(db.url);
appUrl.username = 'gemeinwerk_app';
appUrl.password = appPassword;
const pool = new pg.Pool({ connectionString: appUrl.toString(), max: 10 });
const ops = operationsFor(SQL_DIR);
const statements = Object.fromEntries(loadScenarios(SQL_DIR).map((s) => [s.scenario, s]));

async function inTenant(fn) {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    await c.query(`SELECT set_config('app.alliance_id', $1, true)`, [allianceId]);
    return await fn(c);
  } finally {
    await c.query('COMMIT');
    c.release();
  }
}

const scenarios = {
  dashboard: [allianceId, '2024', '2026'],
  health: [allianceId],
};

const runners = (scenario, params) => ({
  sql: () => inTenant((c) => c.query(statements[scenario].statement, params)),
  function: () => inTenant((c) => c.query(`SELECT bench_peer.${statements[scenario].fn}(${params.map((_, i) => `$${i + 1}`).join(', ')}) AS result`, params)),
  peer: async () => {
    const op = ops[scenario];
    const res = await fetch(peer.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: op.query, variables: op.variables({ params }) }),
    });
    op.extract(await res.json());
  },
});

const failures = [];
async function rate(fn, concurrency) {
  for (let i = 0; i < 20; i++) await fn(); // warm up: plans, pools, JIT
  let done = 0;
  const until = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        try {
          await fn();
          done++;
        } catch (e) {
          failures.push(e.message);
        }
      }
    }),
  );
  return done / SECONDS;
}

try {
  for (const [scenario, params] of Object.entries(scenarios)) {
    for (const concurrency of (process.env.PEER_MEASURE_CONCURRENCY ?? '1,10').split(',').map(Number)) {
      const r = {};
      for (const [name, fn] of Object.entries(runners(scenario, params))) r[name] = await rate(fn, concurrency);
      console.log(
        `${scenario.padEnd(10)} c=${String(concurrency).padEnd(3)} ` +
          Object.entries(r)
            .map(([k, v]) => `${k} ${v.toFixed(0)}/s`)
            .join('  ') +
          `  | function/sql ${(r.function / r.sql).toFixed(2)}  peer/sql ${(r.peer / r.sql).toFixed(2)}`,
      );
    }
  }
  console.log(`${failures.length} failed requests${failures.length ? `: ${[...new Set(failures)].slice(0, 3).join(' | ')}` : ''}`);
} finally {
  await pool.end();
  await peer.stop();
  await owner.end();
  await db.stop();
}
