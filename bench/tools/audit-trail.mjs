// The audit trail at real size: one alliance with 200,000 audit events (40 people, 60 actions,
// 19 object types, 5,000 objects, three years), then EXPLAIN ANALYZE of the app's own list
// statements (captured from the built AuditRepository) for each filter the screen offers, run as
// the app role inside the alliance context, as a request runs them.
//   node bench/tools/audit-trail.mjs [events=200000] [--drop-new-indexes]
// --drop-new-indexes removes the indexes of migration AuditTrailIndexes first (the "before").
// Build first: npx -y pnpm@10.34.9 --filter @gemeinwerk/api build
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const require = createRequire(path.join(ROOT, 'apps/api/dist/'));
const dist = (p) => require(`./${p}`);
// pg from the API's own dependencies: this tool needs no install of the bench workspace.
const pg = createRequire(path.join(ROOT, 'apps/api/package.json'))('pg');
const EVENTS = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 200_000);
const DROP = process.argv.includes('--drop-new-indexes');
const NEW_INDEXES = ['ix_audit_events_actor', 'ix_audit_events_action', 'ix_audit_events_type_time'];

const { startEmbeddedPostgres } = dist('database/embedded-postgres.js');
const { runMigrations } = dist('database/data-source.js');
const { AuditRepository } = dist('core/audit/audit.repository.js');

const dataDir = path.join(ROOT, '.data/bench', `audit-${EVENTS}`);
const fresh = !existsSync(dataDir);
mkdirSync(dataDir, { recursive: true });
const server = await startEmbeddedPostgres(dataDir, { quiet: true });
await runMigrations(server.url);
const c = new pg.Client({ connectionString: server.url });
await c.connect();
const ALLIANCE = '0a0d1700-0000-4000-8000-000000000001';
try {
  const [{ n }] = (await c.query(`SELECT count(*)::int AS n FROM audit_events WHERE alliance_id = $1`, [ALLIANCE])).rows;
  if (fresh || n < EVENTS) {
    const t0 = Date.now();
    await c.query(`INSERT INTO alliances (id, name) VALUES ($1, 'Auditbündnis') ON CONFLICT DO NOTHING`, [ALLIANCE]);
    await c.query(`INSERT INTO users (id, email, name, password_hash)
      SELECT ('0a0d1700-0000-4000-8001-' || lpad(g::text, 12, '0'))::uuid, 'audit-' || g || '@example.org', 'Person ' || g, '!'
        FROM generate_series(1, 40) g ON CONFLICT DO NOTHING`);
    // A few busy people and many occasional ones, like a real trail; 5 % by the system.
    await c.query(
      `INSERT INTO audit_events (alliance_id, id, actor_user_id, action, entity_type, entity_id, before, after, occurred_at)
       SELECT $1, gen_random_uuid(),
              CASE WHEN g % 20 = 0 THEN NULL ELSE ('0a0d1700-0000-4000-8001-' || lpad((1 + floor(40 * power(random(), 2)))::int::text, 12, '0'))::uuid END,
              t.name || '.' || (ARRAY['created','updated','deleted'])[1 + g % 3] || CASE WHEN g % 7 = 0 THEN 'Again' ELSE '' END,
              t.name_cap,
              ('0a0d1700-0000-4000-8002-' || lpad((g % 5000)::text, 12, '0'))::uuid,
              jsonb_build_object('title', 'Alt ' || g, 'version', g % 9),
              jsonb_build_object('title', 'Neu ' || g, 'version', g % 9 + 1),
              now() - (random() * interval '1095 days')
         FROM generate_series($2::int + 1, $3::int) g
         JOIN LATERAL (SELECT (ARRAY['goal','indicator','measurement','activity','logEntry','comment','target','dimension','proposal','membership',
                                      'reportingPeriod','actionItem','agreement','alliance','invitation','overlap','signature','user','apiToken'])[1 + g % 19] AS name) n ON true
         JOIN LATERAL (SELECT upper(left(n.name, 1)) || substr(n.name, 2) AS name_cap, n.name) t ON true`,
      [ALLIANCE, n, EVENTS],
    );
    // Append-only and settled, as autovacuum leaves it: the visibility map lets counts use index-only scans.
    await c.query(`VACUUM ANALYZE audit_events`);
    console.log(`generated ${EVENTS - n} audit events in ${Math.round((Date.now() - t0) / 1000)} s`);
  }
  await c.query(`VACUUM ANALYZE audit_events`);
  if (DROP) for (const ix of NEW_INDEXES) await c.query(`DROP INDEX IF EXISTS ${ix}`);
  else if (!(await c.query(`SELECT 1 FROM pg_indexes WHERE indexname = ANY($1)`, [NEW_INDEXES])).rows.length) {
    // Dropped by an earlier "before" run: build them again with the migration's own statements.
    const { AuditTrailIndexes1796690100000: M } = dist('database/migrations/1796690100000-AuditTrailIndexes.js');
    await new M().up({ query: (sql) => c.query(sql) });
  }
  const present = (await c.query(`SELECT indexname FROM pg_indexes WHERE tablename = 'audit_events' ORDER BY 1`)).rows.map((r) => r.indexname);
  console.log(`indexes: ${present.join(', ')}`);

  // The statements exactly as the app builds them.
  const capture = async (filter, after) => {
    const captured = [];
    const em = { queryRunner: { query: async (sql, params) => (captured.push({ sql, params: [...params] }), { records: [{ n: 0 }] }) } };
    await new AuditRepository().page(em, ALLIANCE, filter, 25, after).catch(() => {});
    return captured;
  };
  const busy = '0a0d1700-0000-4000-8001-000000000001';
  const rare = '0a0d1700-0000-4000-8001-000000000040';
  const day = (d) => new Date(Date.now() - d * 86_400_000).toISOString().slice(0, 10);
  const cases = {
    'newest first, no filter': {},
    'person (busy)': { actorUserId: busy },
    'person (rare)': { actorUserId: rare },
    action: { action: 'goal.updatedAgain' },
    'object type': { entityType: 'Measurement' },
    'object (from a link)': { entityType: 'Goal', entityId: '0a0d1700-0000-4000-8002-000000000019' },
    'last 30 days': { from: day(30), to: day(0) },
    'person + last 30 days': { actorUserId: busy, from: day(30), to: day(0) },
    'rare person + object type': { actorUserId: rare, entityType: 'Indicator' },
  };
  const results = [];
  for (const [name, filter] of Object.entries(cases)) {
    const [count, list] = await capture(filter);
    const timing = [];
    for (const stmt of [list, count]) {
      await c.query('BEGIN');
      await c.query(`SET LOCAL ROLE gemeinwerk_app`);
      await c.query(`SELECT set_config('app.alliance_id', $1, true)`, [ALLIANCE]);
      let ms = Infinity;
      let plan;
      for (let i = 0; i < 3; i++) {
        const r = await c.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${stmt.sql}`, stmt.params);
        const p = r.rows[0]['QUERY PLAN'][0];
        if (p['Execution Time'] < ms) [ms, plan] = [p['Execution Time'], p.Plan];
      }
      await c.query('ROLLBACK');
      const nodes = [];
      const walk = (n) => {
        if (n['Index Name'] && !nodes.includes(n['Index Name'])) nodes.push(n['Index Name']);
        if (/Seq Scan/.test(n['Node Type'])) nodes.push('Seq Scan');
        (n.Plans ?? []).forEach(walk);
      };
      walk(plan);
      timing.push({ ms, via: nodes.join('+') || plan['Node Type'] });
    }
    results.push({ name, list: timing[0], count: timing[1] });
  }
  // The filter choices (people, actions, object types): three skip scans.
  {
    const captured = [];
    const em = { queryRunner: { query: async (sql, params) => (captured.push({ sql, params: [...params] }), { records: [] }) } };
    await new AuditRepository().facets(em, ALLIANCE);
    let total = 0;
    await c.query('BEGIN');
    await c.query(`SET LOCAL ROLE gemeinwerk_app`);
    await c.query(`SELECT set_config('app.alliance_id', $1, true)`, [ALLIANCE]);
    for (const stmt of captured) {
      let ms = Infinity;
      for (let i = 0; i < 3; i++)
        ms = Math.min(ms, (await c.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${stmt.sql}`, stmt.params)).rows[0]['QUERY PLAN'][0]['Execution Time']);
      total += ms;
    }
    await c.query('ROLLBACK');
    console.log(`filter choices (auditFacets, ${captured.length} statements): ${total.toFixed(1)} ms`);
  }
  console.log(`\n| filter (${EVENTS.toLocaleString('en')} events) | page of 25 (ms) | plan | count (ms) | plan |\n|---|---:|---|---:|---|`);
  for (const r of results) console.log(`| ${r.name} | ${r.list.ms.toFixed(1)} | ${r.list.via} | ${r.count.ms.toFixed(1)} | ${r.count.via} |`);
} finally {
  await c.end();
  await server.stop();
}
