// The peer's own check, outside `pnpm test` (it installs PostGraphile):
//   npx -y pnpm@10.34.9 -r run build   # once: the API's dist provides migrations and the demo seed
//   node --test bench/peers/postgraphile/test/peer.test.mjs
// Starts an embedded PostgreSQL under .data/peer-check with the app's migrations and the demo,
// starts the peer over the placeholder statements in test/sql, and checks that it answers like the
// statement itself for the caller's alliance and shows nothing of an alliance that is not theirs.
import assert from 'node:assert/strict';
import { randomBytes, createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { ensureInstalled, startPeer } from '../start.mjs';
import { loadScenarios } from '../functions.mjs';
import { operationsFor } from '../operations.mjs';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const SQL_DIR = path.join(import.meta.dirname, 'sql');
const DATA_DIR = process.env.PEER_CHECK_DATA_DIR ?? path.join(ROOT, '.data/peer-check');
const api = (rel) => {
  const file = path.join(ROOT, 'apps/api/dist', rel);
  if (!existsSync(file)) throw new Error(`${file} is missing: build first (npx -y pnpm@10.34.9 -r run build)`);
  return createRequire(import.meta.url)(file);
};

let db, peer, owner, pg;
const ops = operationsFor(SQL_DIR);
const ids = {};
const tokens = {};

async function sessionFor(email) {
  const token = randomBytes(32).toString('base64url');
  await owner.query(
    `INSERT INTO sessions (id, user_id, token_hash, last_seen_at, expires_at)
     SELECT gen_random_uuid(), id, $2, now(), now() + interval '1 day' FROM users WHERE email = $1`,
    [email, createHash('sha256').update(token).digest('hex')],
  );
  return token;
}

async function graphql(op, vars, token) {
  const res = await fetch(peer.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: op.query, variables: vars }),
  });
  return res.json();
}

/** The lower bound: the statement itself, bound as the harness binds it (here as the owner, no RLS). */
async function lowerBound(scenario, params) {
  const s = loadScenarios(SQL_DIR).find((x) => x.scenario === scenario);
  return (await owner.query(s.statement, params)).rows[0].result;
}

before(async () => {
  ensureInstalled();
  ({ default: pg } = await import('pg'));
  const { startEmbeddedPostgres, embeddedAppPassword } = api('database/embedded-postgres.js');
  db = await startEmbeddedPostgres(DATA_DIR, { quiet: true });
  await api('database/data-source.js').runMigrations(db.url);
  await api('database/seeds/demo.seed.js').seedDemo(db.url);
  owner = new pg.Client({ connectionString: db.url });
  await owner.connect();
  const alliances = (await owner.query(`SELECT id, name FROM alliances ORDER BY name`)).rows;
  ids.education = alliances.find((a) => a.name.startsWith('Bildung')).id;
  ids.climate = alliances.find((a) => a.name.startsWith('Klima')).id;
  ids.educationIndicators = (await owner.query(`SELECT id FROM indicators WHERE alliance_id = $1`, [ids.education])).rows.map((r) => r.id);
  ids.climateIndicators = (await owner.query(`SELECT id FROM indicators WHERE alliance_id = $1`, [ids.climate])).rows.map((r) => r.id);
  tokens.backbone = await sessionFor('koordination@bildungsbuero.example');
  tokens.funder = await sessionFor('foerderung@vogel-stiftung.example');
  tokens.climate = await sessionFor('buero@klimaagentur-nordkreis.example');
  peer = await startPeer({ databaseUrl: db.url, appPassword: embeddedAppPassword(DATA_DIR), sqlDir: SQL_DIR, log: () => {} });
});

after(async () => {
  await peer?.stop();
  await owner?.end();
  await db?.stop();
});

test("the dashboard of the caller's alliance equals the lower bound", async () => {
  const ctx = { allianceId: ids.education, from: '2024', to: '2026' };
  const json = await graphql(ops.dashboard, ops.dashboard.variables(ctx), tokens.backbone);
  const result = ops.dashboard.extract(json);
  assert.ok(result.length >= 5, `expected the demo's indicators, got ${result.length}`);
  assert.ok(
    result.some((line) => line.actual.some((v) => v != null)),
    'some actual values',
  );
  assert.deepEqual(result, await lowerBound('dashboard', [ids.education, '2024', '2026']));
});

test('ctx.params is passed positionally, exactly as the lower bound binds it', async () => {
  const params = [ids.education];
  const result = ops.health.extract(await graphql(ops.health, ops.health.variables({ params }), tokens.backbone));
  assert.ok(result.length >= 5);
  assert.deepEqual(result, await lowerBound('health', params));
});

test("another alliance's id returns nothing (row-level security, no seat there)", async () => {
  assert.ok((await lowerBound('dashboard', [ids.climate, '2024', '2026'])).length > 0, 'the climate alliance has data');
  for (const [op, ctx] of [
    [ops.dashboard, { allianceId: ids.climate, from: '2024', to: '2026' }],
    [ops.health, { allianceId: ids.climate }],
  ]) {
    const json = await graphql(op, op.variables(ctx), tokens.backbone);
    assert.deepEqual(op.extract(json), []);
  }
});

test("a cross-alliance read sees only the caller's alliances", async () => {
  const ctx = { allianceIds: [ids.education, ids.climate] };
  const funder = ops.portfolio.extract(await graphql(ops.portfolio, ops.portfolio.variables(ctx), tokens.funder));
  assert.deepEqual(funder.map((r) => r.allianceId).sort(), [ids.education, ids.climate].sort());
  assert.deepEqual(funder, await lowerBound('portfolio', [ctx.allianceIds]));
  const climate = ops.portfolio.extract(await graphql(ops.portfolio, ops.portfolio.variables(ctx), tokens.climate));
  assert.deepEqual(
    climate.map((r) => r.allianceId),
    [ids.climate],
  );
});

test("a write is a mutation and stays within the caller's alliance", async () => {
  const ctx = { allianceId: ids.education, indicatorIds: ids.educationIndicators };
  const own = ops['bulk-submit'].extract(await graphql(ops['bulk-submit'], ops['bulk-submit'].variables(ctx), tokens.backbone));
  assert.ok(own.touched > 0);
  const foreign = ops['bulk-submit'].extract(
    await graphql(ops['bulk-submit'], ops['bulk-submit'].variables({ allianceId: ids.climate, indicatorIds: ids.climateIndicators }), tokens.backbone),
  );
  assert.equal(foreign.touched, 0);
  const climate = ops['bulk-submit'].extract(
    await graphql(ops['bulk-submit'], ops['bulk-submit'].variables({ allianceId: ids.climate, indicatorIds: ids.climateIndicators }), tokens.climate),
  );
  assert.ok(climate.touched > 0, 'the climate backbone writes its own alliance');
});

test('no token, or a revoked session, is refused', async () => {
  const vars = ops.health.variables({ allianceId: ids.education });
  assert.throws(() => ops.health.extract(graphqlSync(undefined)), /./);
  const anonymous = await graphql(ops.health, vars, undefined);
  assert.match(anonymous.errors?.[0]?.message ?? '', /Not signed in/);
  const token = await sessionFor('koordination@bildungsbuero.example');
  assert.ok(ops.health.extract(await graphql(ops.health, vars, token)).length > 0);
  await owner.query(`UPDATE sessions SET revoked_at = now() WHERE token_hash = $1`, [createHash('sha256').update(token).digest('hex')]);
  const revoked = await graphql(ops.health, vars, token);
  assert.match(revoked.errors?.[0]?.message ?? '', /Not signed in/);
});

test('without the app password it connects as the owner and still runs as gemeinwerk_app (role per transaction)', async () => {
  const second = await startPeer({ databaseUrl: db.url, sqlDir: SQL_DIR, keepFunctions: true, log: () => {} });
  try {
    const run = async (allianceId) =>
      ops.dashboard.extract(
        await (
          await fetch(second.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.backbone}` },
            body: JSON.stringify({ query: ops.dashboard.query, variables: ops.dashboard.variables({ allianceId, from: '2025', to: '2026' }) }),
          })
        ).json(),
      );
    assert.deepEqual(await run(ids.education), await lowerBound('dashboard', [ids.education, '2025', '2026']));
    assert.deepEqual(await run(ids.climate), []);
  } finally {
    await second.stop();
  }
});

/** A response body with errors, for extract's contract. */
const graphqlSync = () => ({ errors: [{ message: 'Not signed in' }] });
