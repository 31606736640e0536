// EXPLAIN ANALYZE of the API's own statement for a scenario, as the app runs it: in a transaction,
// as the app role, with the tenancy settings of gw_enter_alliance / gw_enter_own_alliances.
//   node bench/tools/explain-api.mjs S dashboard|one|seriesMember|seriesCategory|health|portfolio [--all]
// The statement is captured from the built repositories (apps/api/dist) through a fake EntityManager,
// so it is exactly the app's SQL. Without --all only the top of the plan and the timing are printed.
import { createRequire } from 'node:module';
import pg from 'pg';
import { openBenchDatabase } from '../lib/db.mjs';
import { fixtureOf } from '../lib/dataset.mjs';

const [size = 'S', scenario = 'dashboard'] = process.argv.slice(2);
const all = process.argv.includes('--all');
const require = createRequire(new URL('../../apps/api/dist/', import.meta.url));
const dist = (p) => require(`./${p}`);
const fx = fixtureOf(1);

// Capture every statement a repository sends.
const captured = [];
const fakeEm = {
  queryRunner: {
    query: async (sql, params) => {
      captured.push({ sql, params });
      return { records: [{ d: new Date().toISOString().slice(0, 10) }] };
    },
  },
  query: async (sql, params) => {
    captured.push({ sql, params });
    return [];
  },
};

const { RollupsRepository } = dist('modules/measurements/rollups.repository.js');
const { RollupsService } = dist('modules/measurements/rollups.service.js');
let asUser = fx.userIds.backbone;
let enter = 'alliance';
if (['dashboard', 'one', 'seriesMember', 'seriesCategory'].includes(scenario)) {
  const svc = new RollupsService(new RollupsRepository(), {});
  const ctx = { em: fakeEm, allianceId: fx.featured, role: 'BACKBONE' };
  if (scenario === 'dashboard') await svc.progress(ctx, fx.from, fx.to);
  else {
    const by = { one: 'TOTAL', seriesMember: 'MEMBER', seriesCategory: 'CATEGORY' }[scenario];
    const ids = scenario === 'one' ? [fx.indicatorIds[0]] : fx.indicatorIds.slice(0, 10);
    await svc.series(ctx, { indicatorIds: ids, by, from: fx.from, to: fx.to }).catch(() => {});
  }
} else if (scenario === 'health') {
  const { HealthRepository } = dist('modules/reports/health.repository.js');
  await new HealthRepository().health(fakeEm, fx.featured).catch(() => {});
} else if (scenario === 'portfolio') {
  enter = 'own';
  asUser = fx.userIds.funder;
  const { PortfolioRepository } = dist('modules/reports/portfolio.repository.js');
  const repo = new PortfolioRepository();
  await repo.fundedAllianceIds(fakeEm, fx.userIds.funder).catch(() => {});
  await repo.portfolio(fakeEm, fx.funderAllianceIds).catch(() => {});
}

const db = await openBenchDatabase({ size, seed: 1, log: () => {} });
const c = new pg.Client({ connectionString: db.url });
await c.connect();
try {
  for (const { sql, params } of captured) {
    await c.query('BEGIN');
    // PRE_SQL: statements to try out first (e.g. CREATE STATISTICS …; ANALYZE …), rolled back after.
    for (const pre of (process.env.PRE_SQL ?? '').split(';').filter((x) => x.trim())) await c.query(pre);
    await c.query('SET LOCAL ROLE gemeinwerk_app');
    await c.query(`SELECT set_config('app.user_id', $1, true)`, [asUser]);
    if (enter === 'alliance') await c.query('SELECT * FROM gw_enter_alliance($1, $2)', [fx.featured, asUser]);
    else await c.query('SELECT * FROM gw_enter_own_alliances($1)', [asUser]);
    // REPEAT=n: run it n times first, so the plan shown is of warm caches.
    for (let i = 0; i < Number(process.env.REPEAT ?? 0); i++) {
      const t = performance.now();
      await c.query(sql, params);
      console.log(`run ${i + 1}: ${(performance.now() - t).toFixed(1)} ms`);
    }
    const r = await c.query('EXPLAIN (ANALYZE, BUFFERS) ' + sql, params);
    const lines = r.rows.map((x) => x['QUERY PLAN']);
    console.log('----', sql.replace(/\s+/g, ' ').slice(0, 160));
    console.log((all ? lines : [...lines.slice(0, 3), '…', ...lines.slice(-3)]).join('\n'));
    await c.query('ROLLBACK');
  }
} finally {
  await c.end();
  await db.stop();
}
