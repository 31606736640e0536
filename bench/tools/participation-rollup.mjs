#!/usr/bin/env node
/**
 * node bench/tools/participation-rollup.mjs [size=M] [--runs 30] [--items 20000] [--neighbours 2000] [--explain]
 *
 * The read path of participation-sourced indicators (issue 16) at bench size: on the generated
 * dataset (M: 50 alliances, ≈ 490 k measurements) the featured alliance gets `--items` citizens'
 * reports and feedback over 2024–2026 in its 8 districts (85 % approved, half of the approved
 * reports resolved within 0–60 days), every other alliance `--neighbours` (row-level security
 * must skip them), and two monthly indicators drawing on them: "barriers resolved within 30
 * days" (REPORT, BARRIER, 30 days) and "all reports" (REPORT). Then, against the built API as the
 * backbone, one request after the other (5 warm-up runs, then `--runs`):
 *   - IndicatorSeries TOTAL, 2024–2026 (the web app's document), for each of the two, and for an
 *     ordinary members' indicator of the same alliance (the `one` scenario) as the reference;
 *   - ParticipationValues (participationIndicatorValues: every period × district, small counts
 *     suppressed), the web app's document on the indicator page.
 * The added rows are deleted again at the end (the dataset stays what the other scenarios expect).
 * --explain: instead, EXPLAIN (ANALYZE, BUFFERS) of the app's series statement for the 30-day
 * indicator (captured from the built RollupsService), as the app role in the alliance's context.
 * Build first: npx -y pnpm@10.34.9 --filter @gemeinwerk/api build
 */
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';
import pg from 'pg';
import { fixtureOf } from '../lib/dataset.mjs';
import { openBenchDatabase, refreshSessions } from '../lib/db.mjs';
import { startApi } from '../lib/systems.mjs';
import { webOperation } from '../lib/web-documents.mjs';

const args = process.argv.slice(2);
const flag = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const size = args.find((a) => /^[SML]$/.test(a)) ?? 'M';
const RUNS = flag('--runs', 30);
const ITEMS = flag('--items', 20_000);
const NEIGHBOURS = flag('--neighbours', 2_000);
const WITHIN = '0b0d1600-0000-4000-8000-000000000001';
const ALL = '0b0d1600-0000-4000-8000-000000000002';
const uptime = () => execSync('uptime').toString().trim();

const db = await openBenchDatabase({ size, seed: 1, log: console.log });
await refreshSessions(db.url);
const fx = fixtureOf(1);
const c = new pg.Client({ connectionString: db.url });
await c.connect();

async function cleanUp() {
  await c.query(`DELETE FROM participation_indicator_sources WHERE indicator_id IN ($1, $2)`, [WITHIN, ALL]);
  await c.query(`DELETE FROM indicators WHERE id IN ($1, $2)`, [WITHIN, ALL]);
  await c.query(`DELETE FROM participation_items WHERE text LIKE 'bench: %'`);
}

/** `count` items of one alliance, created evenly over 2024-01-01 … 2026-12-20, deterministic by g. */
const addItems = (alliance, count) =>
  c.query(
    `WITH d AS (SELECT array_agg(id ORDER BY name) ids FROM districts WHERE alliance_id = $1)
     INSERT INTO participation_items (alliance_id, id, kind, category, district_id, text, locale, moderation, approved_at, status, closed_at,
                                      follow_token_hash, created_at, updated_at)
     SELECT $1, gen_random_uuid(), x.kind, x.category, d.ids[1 + g % array_length(d.ids, 1)], 'bench: ' || x.kind || ' ' || g, 'de', x.moderation,
            CASE WHEN x.moderation = 'APPROVED' THEN x.at + interval '1 day' END,
            CASE WHEN x.kind = 'REPORT' THEN x.status END,
            CASE WHEN x.status IN ('RESOLVED', 'DECLINED') THEN x.at + ((g * 7) % 61 || ' days')::interval END,
            md5($1::text || g), x.at, x.at
       FROM d, generate_series(1, $2::int) g,
            LATERAL (SELECT CASE WHEN g % 5 = 0 THEN 'FEEDBACK' ELSE 'REPORT' END AS kind,
                            CASE WHEN g % 5 = 0 THEN NULL ELSE (ARRAY['MISSING_OFFER', 'BARRIER', 'SAFETY', 'INFORMATION', 'OTHER'])[1 + (g / 5) % 5] END AS category,
                            CASE WHEN g % 20 < 17 THEN 'APPROVED' WHEN g % 20 < 19 THEN 'PENDING' ELSE 'REJECTED' END AS moderation,
                            CASE WHEN g % 20 >= 17 THEN 'RECEIVED' WHEN g % 2 = 0 THEN 'RESOLVED' WHEN g % 3 = 0 THEN 'FORWARDED' ELSE 'IN_REVIEW' END AS status,
                            timestamptz '2024-01-01 08:00+01' + (g::float8 / $2::int) * (timestamptz '2026-12-20' - timestamptz '2024-01-01') AS at) x`,
    [alliance, count],
  );

const pct = (xs, p) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length - 1) * p))];
let api;
try {
  await cleanUp();
  const t0 = Date.now();
  const alliances = (await c.query(`SELECT id FROM alliances ORDER BY id`)).rows.map((r) => r.id);
  for (const a of alliances) await addItems(a, a === fx.featured ? ITEMS : NEIGHBOURS);
  for (const [id, name, category, days] of [
    [WITHIN, 'Gemeldete Barrieren, gelöst innerhalb von 30 Tagen (bench)', 'BARRIER', 30],
    [ALL, 'Meldungen aus der Bürgerschaft (bench)', null, null],
  ]) {
    await c.query(
      `INSERT INTO indicators (alliance_id, id, name, direction, aggregation, frequency, rba_kind) VALUES ($1, $2, $3, 'INCREASE', 'SUM', 'MONTHLY', 'HOW_WELL')`,
      [fx.featured, id, name],
    );
    await c.query(`INSERT INTO participation_indicator_sources (alliance_id, indicator_id, kind, category, within_days) VALUES ($1, $2, 'REPORT', $3, $4)`, [
      fx.featured,
      id,
      category,
      days,
    ]);
  }
  await c.query(`VACUUM ANALYZE participation_items`);
  const [{ total }] = (await c.query(`SELECT count(*)::int AS total FROM participation_items`)).rows;
  console.log(`added ${total.toLocaleString('en')} participation items (${ITEMS} in the featured alliance) in ${Math.round((Date.now() - t0) / 1000)} s`);

  if (args.includes('--explain')) {
    const dist = createRequire(new URL('../../apps/api/dist/', import.meta.url));
    const { RollupsRepository } = dist('./modules/measurements/rollups.repository.js');
    const { RollupsService } = dist('./modules/measurements/rollups.service.js');
    const captured = [];
    const em = {
      queryRunner: { query: async (sql, params) => (captured.push({ sql, params }), { records: [] }) },
      query: async (sql, params) => (captured.push({ sql, params }), []),
    };
    await new RollupsService(new RollupsRepository(), {})
      .series({ em, allianceId: fx.featured, role: 'BACKBONE' }, { indicatorIds: [WITHIN], by: 'TOTAL', from: fx.from, to: fx.to })
      .catch(() => {});
    for (const { sql, params } of captured) {
      await c.query('BEGIN');
      await c.query('SET LOCAL ROLE gemeinwerk_app');
      await c.query(`SELECT set_config('app.user_id', $1, true)`, [fx.userIds.backbone]);
      await c.query('SELECT * FROM gw_enter_alliance($1, $2)', [fx.featured, fx.userIds.backbone]);
      for (let i = 0; i < 3; i++) await c.query(sql, params);
      const plan = (await c.query('EXPLAIN (ANALYZE, BUFFERS) ' + sql, params)).rows.map((x) => x['QUERY PLAN']);
      console.log(plan.join('\n'));
      await c.query('ROLLBACK');
    }
    process.exitCode = 0;
  } else {
    api = await startApi(db);
    const gql = async (query, variables) => {
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${fx.tokens.backbone}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = await res.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
      return body.data;
    };
    const series = webOperation('IndicatorSeries')?.query;
    const values = webOperation('ParticipationValues')?.query;
    if (!series || !values) throw new Error('IndicatorSeries or ParticipationValues is missing from the web app');
    const seriesOf = (id) => ({ query: series, variables: { allianceId: fx.featured, indicatorIds: [id], by: 'TOTAL', from: fx.from, to: fx.to } });
    const cases = [
      ['IndicatorSeries TOTAL 2024–2026: members’ indicator (reference, = scenario one)', seriesOf(fx.indicatorIds[0])],
      ['IndicatorSeries TOTAL 2024–2026: barriers resolved within 30 days', seriesOf(WITHIN)],
      ['IndicatorSeries TOTAL 2024–2026: all reports', seriesOf(ALL)],
      ['participationIndicatorValues: barriers resolved within 30 days', { query: values, variables: { allianceId: fx.featured, indicatorId: WITHIN } }],
      ['participationIndicatorValues: all reports', { query: values, variables: { allianceId: fx.featured, indicatorId: ALL } }],
    ];
    const before = uptime();
    const results = [];
    for (const [name, { query, variables }] of cases) {
      const ms = [];
      let data;
      for (let i = 0; i < RUNS + 5; i++) {
        const s = performance.now();
        data = await gql(query, variables);
        if (i >= 5) ms.push(performance.now() - s);
      }
      const shape = data.indicatorSeries
        ? `${data.indicatorSeries[0].periods.length} periods, last actual ${data.indicatorSeries[0].actual.filter((v) => v !== null).at(-1)}`
        : `${data.participationIndicatorValues.values.length} cells, ${data.participationIndicatorValues.values.filter((v) => v.suppressed).length} suppressed`;
      results.push({ name, p50: pct(ms, 0.5), p95: pct(ms, 0.95), shape });
    }
    console.log(`\nParticipation roll-up read path at ${size}, ${RUNS} runs each, 1 connection, ms per request (HTTP round trip)`);
    console.log(`load before: ${before}\nload after:  ${uptime()}\n`);
    console.log('| request | answer | p50 | p95 |');
    console.log('|---|---|---:|---:|');
    for (const r of results) console.log(`| ${r.name} | ${r.shape} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} |`);
  }
} finally {
  await api?.stop();
  await cleanUp().catch((e) => console.error('clean-up failed:', e.message));
  await c.end();
  await db.stop();
}
