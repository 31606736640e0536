// The public Chancenportal's search at size L: one portal with 10,000 published offers (plus
// 1,000 unpublished and another alliance's 2,000, which the public context must skip), 24
// districts, 400 providers. Measures the app's own statements (captured from the built
// PortalPublicRepository: one statement for page + total + facet counts, one for the map's
// points) as a request runs them: as the app role, in the portal's public context
// (gw_enter_portal), under row-level security. The peer in the same run: a plain ILIKE scan of
// title, summary and description with count and page (what a directory without full-text search
// does), which cannot find misspelled words.
//   node bench/tools/portal-search.mjs [offers=10000] [--runs 60]
// Build first: npx -y pnpm@10.34.9 --filter @gemeinwerk/api build
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const require = createRequire(path.join(ROOT, 'apps/api/dist/'));
const dist = (p) => require(`./${p}`);
const pg = createRequire(path.join(ROOT, 'apps/api/package.json'))('pg');
const args = process.argv.slice(2);
const OFFERS = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--runs') ?? 10_000);
// Without --runs, 60 (indexOf -1 would take the first argument, the offer count, as the runs).
const RUNS = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) || 60 : 60;

const { startEmbeddedPostgres } = dist('database/embedded-postgres.js');
const { runMigrations } = dist('database/data-source.js');
const { PortalPublicRepository } = dist('modules/portal-public/portal-public.repository.js');
const { parseSearch } = dist('modules/portal-public/portal-public.rules.js');

// BENCH_DATA_DIR (e.g. under /tmp) keeps the generated database out of the worktree.
const dataDir = path.join(process.env.BENCH_DATA_DIR ?? path.join(ROOT, '.data/bench'), `portal-${OFFERS}`);
const fresh = !existsSync(dataDir);
mkdirSync(dataDir, { recursive: true });
const server = await startEmbeddedPostgres(dataDir, { quiet: true });
await runMigrations(server.url);
const c = new pg.Client({ connectionString: server.url });
await c.connect();
const A = '0b0d1700-0000-4000-8000-000000000001';
const B = '0b0d1700-0000-4000-8000-000000000002';

const TOPICS = [
  'Hausaufgabenhilfe',
  'Sprachkurs',
  'Lernpatenschaft',
  'Berufsorientierung',
  'Elterncafé',
  'Leseförderung',
  'Schwimmkurs',
  'Bewerbungstraining',
  'Theaterworkshop',
  'Computerkurs',
  'Fußballtraining',
  'Schuldnerberatung',
  'Mädchentreff',
  'Nachhilfe Mathematik',
  'Kochkurs',
  'Erziehungsberatung',
  'Ferienfreizeit',
  'Musikschule',
  'Jugendberatung',
  'Integrationskurs',
  'Familienzentrum',
  'Migrationsberatung',
  'Tanzgruppe',
  'Fahrradwerkstatt',
];
const WHO = [
  'für Kinder',
  'für Jugendliche',
  'für Eltern',
  'für Familien',
  'für Seniorinnen und Senioren',
  'für junge Erwachsene',
  'für Geflüchtete',
  'für Alleinerziehende',
];
const CATEGORIES = ['Lernen', 'Sprache', 'Beratung', 'Freizeit', 'Sport', 'Kultur', 'Beruf', 'Familie', 'Gesundheit', 'Digitales'];
const GROUPS = ['Kinder', 'Jugendliche', 'Eltern', 'Familien', 'Senioren', 'Geflüchtete', 'Alleinerziehende', 'Junge Erwachsene'];

try {
  const [{ n }] = (await c.query(`SELECT count(*)::int AS n FROM portal_offers WHERE alliance_id = $1`, [A])).rows;
  if (fresh || n < OFFERS) {
    const t0 = Date.now();
    for (const [id, slug] of [
      [A, 'bench'],
      [B, 'other'],
    ]) {
      await c.query(`INSERT INTO alliances (id, name) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [id, `Bündnis ${slug}`]);
      await c.query(`INSERT INTO portal_settings (alliance_id, enabled, name) VALUES ($1, true, $2) ON CONFLICT DO NOTHING`, [id, `Portal ${slug}`]);
      await c.query(`INSERT INTO portal_public_settings (alliance_id, slug) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [id, slug]);
      await c.query(
        `INSERT INTO districts (alliance_id, id, name, geojson)
         SELECT $1, gen_random_uuid(), 'Stadtteil ' || g,
                jsonb_build_object('type', 'Polygon', 'coordinates', jsonb_build_array(jsonb_build_array(
                  jsonb_build_array(9 + (g % 6) * 0.02, 50 + (g / 6) * 0.02), jsonb_build_array(9.02 + (g % 6) * 0.02, 50 + (g / 6) * 0.02),
                  jsonb_build_array(9.02 + (g % 6) * 0.02, 50.02 + (g / 6) * 0.02), jsonb_build_array(9 + (g % 6) * 0.02, 50 + (g / 6) * 0.02))))
           FROM generate_series(0, 23) g ON CONFLICT DO NOTHING`,
        [id],
      );
      await c.query(
        `INSERT INTO portal_providers (alliance_id, id, name, email)
         SELECT $1, gen_random_uuid(), 'Träger ' || g, 'traeger' || g || '@example.org' FROM generate_series(1, 400) g`,
        [id],
      );
    }
    const gen = async (alliance, count, status) =>
      c.query(
        `WITH d AS (SELECT array_agg(id ORDER BY name) ids FROM districts WHERE alliance_id = $1),
              p AS (SELECT array_agg(id ORDER BY name) ids FROM portal_providers WHERE alliance_id = $1)
         INSERT INTO portal_offers (alliance_id, id, provider_id, status, title, summary, description, categories, target_groups, age_min, age_max,
                                    district_id, latitude, longitude, schedule_kind, schedule, is_free, step_free, sign_language, easy_language, languages,
                                    published_at, confirmed_at)
         SELECT $1, gen_random_uuid(), p.ids[1 + g % 400], $3,
                t.topic || ' ' || w.who,
                'Regelmäßiges Angebot: ' || lower(t.topic) || ' ' || w.who || ', offen und ' || CASE WHEN g % 3 = 0 THEN 'kostenlos' ELSE 'günstig' END || '.',
                'Wir bieten ' || t.topic || ' ' || w.who || ' im Stadtteil an. Angebot Nummer ' || g || '. Ehrenamtliche und Fachkräfte begleiten die Teilnehmenden, '
                  || 'Anmeldung per Telefon oder E-Mail, Einstieg jederzeit möglich. Wir sprechen Deutsch, Englisch, Türkisch und Arabisch.',
                ARRAY[($4::text[])[1 + g % 10]] || CASE WHEN g % 4 = 0 THEN ARRAY[($4::text[])[1 + (g / 4) % 10]] ELSE '{}' END,
                ARRAY[($5::text[])[1 + g % 8]],
                CASE WHEN g % 5 = 0 THEN NULL ELSE (g % 4) * 5 END, CASE WHEN g % 5 = 0 THEN NULL ELSE (g % 4) * 5 + 10 + g % 30 END,
                d.ids[1 + g % 24], 50 + random() * 0.08, 9 + random() * 0.12,
                CASE WHEN g % 7 = 0 THEN 'DATES' ELSE 'WEEKLY' END,
                CASE WHEN g % 7 = 0 THEN jsonb_build_array(jsonb_build_object('date', (current_date + (g % 200))::text, 'from', '16:00', 'to', '18:00'))
                     ELSE jsonb_build_array(jsonb_build_object('weekday', 1 + g % 7, 'from', '15:00', 'to', '17:00')) END,
                g % 3 = 0, g % 2 = 0, g % 11 = 0, g % 6 = 0,
                CASE WHEN g % 5 = 0 THEN '{de,tr,ar}'::text[] WHEN g % 5 = 1 THEN '{de,en}'::text[] ELSE '{de}'::text[] END,
                now() - interval '30 days', now() - ((g % 300) || ' days')::interval
           FROM generate_series(1, $2::int) g, d, p,
                LATERAL (SELECT ($6::text[])[1 + (g * 7) % 24] AS topic) t,
                LATERAL (SELECT ($7::text[])[1 + (g * 3) % 8] AS who) w`,
        [alliance, count, status, CATEGORIES, GROUPS, TOPICS, WHO],
      );
    await gen(A, OFFERS - n, 'PUBLISHED');
    await gen(A, Math.round(OFFERS / 10), 'IN_REVIEW');
    await gen(B, Math.round(OFFERS / 5), 'PUBLISHED');
    console.log(
      `generated ${OFFERS} published offers (+ ${Math.round(OFFERS / 10)} in review, ${Math.round(OFFERS / 5)} of another alliance) in ${Math.round((Date.now() - t0) / 1000)} s`,
    );
  }
  await c.query(`VACUUM ANALYZE portal_offers`);
  await c.query(`VACUUM ANALYZE portal_providers`);
  await c.query(`VACUUM ANALYZE districts`);

  const district = (await c.query(`SELECT id FROM districts WHERE alliance_id = $1 ORDER BY name LIMIT 1 OFFSET 5`, [A])).rows[0].id;
  const capture = async (method, query) => {
    const captured = [];
    const em = { queryRunner: { query: async (sql, params) => (captured.push({ sql, params: [...params] }), { records: [] }) } };
    await new PortalPublicRepository()[method](em, A, parseSearch(query)).catch(() => {});
    return captured[0];
  };
  const cases = {
    'no words (first page, all facets)': { q: undefined },
    'exact word: Hausaufgabenhilfe': { q: 'Hausaufgabenhilfe' },
    'misspelled: Hausaufgabenhlfe': { q: 'Hausaufgabenhlfe' },
    'misspelled: Schwimkurs': { q: 'Schwimkurs' },
    'stemmed: Sprachkurse': { q: 'Sprachkurse' },
    'two words: Beratung Eltern': { q: 'Beratung Eltern' },
    'facets: district + free + step-free': { district, cost: 'FREE', accessibility: 'STEP_FREE' },
    'word + facets: Kurs, Jugendliche, age 12': { q: 'Kurs', targetGroup: 'Jugendliche', age: '12' },
  };
  const pct = (xs, p) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length - 1) * p))];
  const time = async (stmt) => {
    await c.query('BEGIN');
    await c.query(`SET LOCAL ROLE gemeinwerk_app`);
    await c.query(`SELECT gw_enter_portal('bench')`);
    const ms = [];
    let result;
    for (let i = 0; i < RUNS + 5; i++) {
      const t0 = process.hrtime.bigint();
      result = await c.query(stmt.sql, stmt.params);
      const dt = Number(process.hrtime.bigint() - t0) / 1e6;
      if (i >= 5) ms.push(dt);
    }
    await c.query('ROLLBACK');
    return { p50: pct(ms, 0.5), p95: pct(ms, 0.95), rows: result.rows };
  };
  const results = [];
  for (const [name, query] of Object.entries(cases)) {
    const search = await time(await capture('search', query));
    const hits = search.rows.find((r) => r.kind === 'total')?.count ?? 0;
    const map = await time(await capture('points', query));
    // The peer: ILIKE over the three texts, count and the first page, same public context.
    let peer = null;
    if (query.q) {
      const words = query.q.split(/\s+/);
      const where = words.map((_, i) => `(o.title ILIKE $${i + 2} OR o.summary ILIKE $${i + 2} OR o.description ILIKE $${i + 2})`).join(' AND ');
      const p = await time({
        sql: `SELECT o.id, o.title, count(*) OVER () AS total FROM portal_offers o WHERE o.alliance_id = $1 AND o.status = 'PUBLISHED' AND ${where} ORDER BY o.title LIMIT 20`,
        params: [A, ...words.map((w) => `%${w}%`)],
      });
      peer = { ...p, hits: Number(p.rows[0]?.total ?? 0) };
    }
    results.push({ name, hits, search, map: { ...map, points: map.rows.length }, peer });
  }
  console.log(`\nPortal search, ${OFFERS.toLocaleString('en')} published offers (${RUNS} runs each, ms, client round trip incl. RLS context)\n`);
  console.log('| query | hits | search p50 | search p95 | map points | map p50 | peer ILIKE hits | peer p50 | peer p95 |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results)
    console.log(
      `| ${r.name} | ${r.hits} | ${r.search.p50.toFixed(1)} | ${r.search.p95.toFixed(1)} | ${r.map.points} | ${r.map.p50.toFixed(1)} | ${r.peer ? r.peer.hits : '–'} | ${r.peer ? r.peer.p50.toFixed(1) : '–'} | ${r.peer ? r.peer.p95.toFixed(1) : '–'} |`,
    );
} finally {
  await c.end();
  await server.stop();
}
