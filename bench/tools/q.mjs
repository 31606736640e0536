// Runs the statements of a file (separated by ;;) as the owner against a bench dataset: node bench/tools/q.mjs <size> <file.sql>
import pg from 'pg';
import { readFileSync } from 'node:fs';
import { openBenchDatabase } from '../lib/db.mjs';
const db = await openBenchDatabase({ size: process.argv[2], seed: 1, log: console.log });
const c = new pg.Client({ connectionString: db.url });
await c.connect();
for (const q of readFileSync(process.argv[3], 'utf8').split(';;')) {
  if (!q.trim()) continue;
  try {
    const r = await c.query(q);
    for (const x of [].concat(r).flatMap((r) => r.rows ?? [])) console.log(Object.values(x).join(' | '));
  } catch (e) {
    console.log('ERR', e.message);
  }
}
await c.end();
await db.stop();
