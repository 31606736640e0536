import { openBenchDatabase, refreshSessions } from '../lib/db.mjs';
import { startApi } from '../lib/systems.mjs';
import { SCENARIOS } from '../lib/scenarios.mjs';
import { fixtureOf } from '../lib/dataset.mjs';
import pg from 'pg';
const db = await openBenchDatabase({ size: process.argv[2] ?? 'S', seed: 1 });
await refreshSessions(db.url);
const fx = fixtureOf(1);
const c = new pg.Client({ connectionString: db.url });
await c.connect();
if (process.argv[3] === 'explain') {
  const fs = await import('node:fs');
  const sql = fs.readFileSync(`${import.meta.dirname}/../sql/${process.argv[4]}.sql`, 'utf8');
  const params = SCENARIOS[process.argv[4]].lowerBound(fx);
  const r = await c.query('EXPLAIN (ANALYZE, BUFFERS) ' + sql, params);
  console.log(r.rows.map((x) => x['QUERY PLAN']).join('\n'));
} else {
  const api = await startApi(db);
  for (const name of process.argv.slice(3)) {
    const { token, steps } = SCENARIOS[name].api(fx, fx.bulkCells);
    for (const st of steps) {
      const t = Date.now();
      const res = await fetch(api.url + '/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
        body: JSON.stringify(st),
      });
      const txt = await res.text();
      console.log(name, res.status, Date.now() - t, 'ms', txt.slice(0, 300));
    }
  }
  console.log(api.stderr.join('').slice(-3000));
  await api.stop();
}
await c.end();
await db.stop();
