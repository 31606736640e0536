import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import pg from 'pg';

/**
 * The raw-SQL lower bound: node:http + pg, ONE statement per request, nothing else (no session
 * check, no transaction, no row-level security: it connects as the database owner). POST
 * /<scenario> with `{"params": [...]}` runs bench/sql/<scenario>.sql and answers its one json
 * column `result`.
 */
export async function startLowerBound({ databaseUrl, port = 0, sqlDir = path.resolve(import.meta.dirname, '../sql'), poolSize = 10 }) {
  const statements = Object.fromEntries(
    readdirSync(sqlDir)
      .filter((f) => f.endsWith('.sql'))
      .map((f) => [f.slice(0, -4), readFileSync(path.join(sqlDir, f), 'utf8')]),
  );
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, application_name: 'bench-lower-bound' });
  const server = http.createServer((req, res) => {
    const name = req.url.slice(1);
    const text = statements[name];
    if (req.method !== 'POST' || !text) {
      res.writeHead(404).end();
      return;
    }
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', async () => {
      try {
        const { params = [] } = body ? JSON.parse(body) : {};
        // Unnamed statements, planned for their parameters each time (as the API's are): a cached generic plan
        // could misjudge one alliance among many.
        const { rows } = await pool.query(text, params);
        const out = JSON.stringify(rows[0].result);
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(out) }).end(out);
      } catch (e) {
        const out = JSON.stringify({ error: String(e.message ?? e) });
        res.writeHead(500, { 'content-type': 'application/json' }).end(out);
      }
    });
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    async stop() {
      await new Promise((r) => server.close(r));
      await pool.end();
    },
  };
}

if (process.argv[1] === import.meta.filename) {
  const lb = await startLowerBound({ databaseUrl: process.env.DATABASE_URL, port: Number(process.env.PORT ?? 0) });
  console.log(`lower bound on ${lb.url}`);
}
