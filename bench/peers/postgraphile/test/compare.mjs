// Runs every statement of a folder both ways on the demo and says whether they agree:
//   node bench/peers/postgraphile/test/compare.mjs [sqlDir=bench/sql]
// lower bound: the statement as the owner (no row-level security); peer: the GraphQL request as the
// user who may see it. Each scenario's parameters come from the demo by their header names.
// Also asks each read for the other alliance (as the same user) and expects nothing of it.
import { randomBytes, createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { createRequire } from 'node:module';
import path from 'node:path';
import { startPeer, ensureInstalled } from '../start.mjs';
import { DEFAULT_SQL_DIR, loadScenarios } from '../functions.mjs';
import { operationsFor } from '../operations.mjs';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const SQL_DIR = path.resolve(process.argv[2] ?? DEFAULT_SQL_DIR);
const DATA_DIR = process.env.PEER_CHECK_DATA_DIR ?? path.join(ROOT, '.data/peer-check');
const api = (rel) => createRequire(import.meta.url)(path.join(ROOT, 'apps/api/dist', rel));

ensureInstalled();
const { default: pg } = await import('pg');
const { startEmbeddedPostgres, embeddedAppPassword } = api('database/embedded-postgres.js');
const db = await startEmbeddedPostgres(DATA_DIR, { quiet: true });
await api('database/data-source.js').runMigrations(db.url);
await api('database/seeds/demo.seed.js').seedDemo(db.url);
const owner = new pg.Client({ connectionString: db.url });
await owner.connect();
const one = async (sql, params = []) => (await owner.query(sql, params)).rows[0];

async function sessionFor(email) {
  const token = randomBytes(32).toString('base64url');
  const { rows } = await owner.query(
    `INSERT INTO sessions (id, user_id, token_hash, last_seen_at, expires_at)
     SELECT gen_random_uuid(), id, $2, now(), now() + interval '1 day' FROM users WHERE email = $1 RETURNING user_id`,
    [email, createHash('sha256').update(token).digest('hex')],
  );
  return { token, userId: rows[0].user_id };
}

const education = (await one(`SELECT id FROM alliances WHERE name LIKE 'Bildung%'`)).id;
const climate = (await one(`SELECT id FROM alliances WHERE name LIKE 'Klima%'`)).id;
const backbone = await sessionFor('koordination@bildungsbuero.example');
const funder = await sessionFor('foerderung@vogel-stiftung.example');
const indicatorIds = (await owner.query(`SELECT id FROM indicators WHERE alliance_id = $1 AND status = 'ACTIVE' ORDER BY code`, [education])).rows.map(
  (r) => r.id,
);
const period = await one(`SELECT id, frequency FROM reporting_periods WHERE alliance_id = $1 AND state = 'OPEN' ORDER BY period_key DESC LIMIT 1`, [education]);
const partner = await one(`SELECT id FROM memberships WHERE alliance_id = $1 AND role = 'PARTNER' AND state = 'ACTIVE' ORDER BY id LIMIT 1`, [education]);
const rowIndicators = period
  ? (await owner.query(`SELECT id FROM indicators WHERE alliance_id = $1 AND status = 'ACTIVE' AND frequency = $2`, [education, period.frequency])).rows
  : [];
const rows = rowIndicators.map((r, i) => ({ indicatorId: r.id, membershipId: partner.id, reportingPeriodId: period.id, value: 10 + i }));

const ctxFor = (who, allianceId) => ({
  allianceId,
  allianceIds: [education, climate],
  userId: who.userId,
  from: '2024',
  to: '2026',
  asOf: '2026-11-15',
  pageSize: 25,
  indicatorIds,
  indicatorId: indicatorIds[0],
  rows: JSON.stringify(rows),
});

const peer = await startPeer({
  databaseUrl: db.url,
  appPassword: embeddedAppPassword(DATA_DIR),
  sqlDir: SQL_DIR,
  planCacheMode: process.env.PEER_PLAN_CACHE_MODE,
  log: () => {},
});
const ops = operationsFor(SQL_DIR);
const ask = async (scenario, who, ctx) => {
  const op = ops[scenario];
  const res = await fetch(peer.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${who.token}` },
    body: JSON.stringify({ query: op.query, variables: op.variables(ctx) }),
  });
  return op.extract(await res.json());
};
/** Nothing of an alliance: no rows, zeros, nulls; strings are ignored (they echo parameters such as asOf). */
const empty = (v) =>
  v == null ||
  v === 0 ||
  typeof v === 'string' ||
  (Array.isArray(v) && v.every(empty)) ||
  (typeof v === 'object' && !Array.isArray(v) && Object.values(v).every(empty));

let failed = 0;
try {
  for (const s of loadScenarios(SQL_DIR)) {
    const who = s.params.some((p) => p.name === 'user') ? funder : backbone;
    const ctx = ctxFor(who, education);
    const params = ops[s.scenario].params(ctx);
    let verdict;
    try {
      if (s.volatile) {
        // A write: the lower bound and the peer each write once; both must report the same effect.
        await owner.query('BEGIN');
        const lb = await owner
          .query(s.statement, params)
          .then((r) => r.rows[0].result)
          .finally(() => owner.query('ROLLBACK'));
        const viaPeer = await ask(s.scenario, who, ctx);
        verdict = isDeepStrictEqual(lb, viaPeer)
          ? `equal ${JSON.stringify(lb).slice(0, 60)}`
          : `DIFFERENT lower bound ${JSON.stringify(lb).slice(0, 200)} peer ${JSON.stringify(viaPeer).slice(0, 200)}`;
      } else {
        const lb = await owner.query(s.statement, params).then(
          (r) => r.rows[0].result,
          (e) => {
            throw new Error(`the lower bound itself fails: ${e.message}`);
          },
        );
        const viaPeer = await ask(s.scenario, who, ctx);
        verdict = isDeepStrictEqual(lb, viaPeer)
          ? `equal (${JSON.stringify(lb).length} chars)`
          : `DIFFERENT\n  lower bound ${JSON.stringify(lb).slice(0, 300)}\n  peer        ${JSON.stringify(viaPeer).slice(0, 300)}`;
        if (s.params.some((p) => p.name === 'alliance')) {
          const foreign = await ask(s.scenario, who, ctxFor(who, climate));
          verdict += empty(foreign) ? '; other alliance: nothing' : `; other alliance: LEAKS ${JSON.stringify(foreign).slice(0, 200)}`;
        }
      }
    } catch (e) {
      verdict = `ERROR ${e.message}`;
    }
    if (/DIFFERENT|LEAKS|ERROR/.test(verdict)) failed++;
    console.log(`${s.scenario.padEnd(16)} ${verdict}`);
  }
} finally {
  await peer.stop();
  await owner.end();
  await db.stop();
}
console.log(failed ? `${failed} scenario(s) disagree` : 'all scenarios agree');
process.exitCode = failed ? 1 : 0;
