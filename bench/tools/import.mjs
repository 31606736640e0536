// Import throughput: N measurement rows (default 200,000) as German office CSV (Windows-1252,
// semicolons, decimal commas, dd.mm.yyyy dates) through the whole pipeline of the built API —
// upload (HTTP multipart) → check (job) → commit (job) — into a fresh alliance of 50 members,
// 100 monthly indicators and 40 open months. The peer in the same run: the same rows written by
// one raw INSERT … SELECT FROM unnest(…) into a scratch table shaped like `measurements` (no
// checks, no audit, no effects): the lower bound of getting these rows into PostgreSQL.
//   node bench/tools/import.mjs [rows=200000]
// Build first: npx -y pnpm@10.34.9 --filter @gemeinwerk/api build
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const require = createRequire(path.join(ROOT, 'apps/api/dist/'));
const dist = (p) => require(`./${p}`);
const apiRequire = createRequire(path.join(ROOT, 'apps/api/package.json'));
const pg = apiRequire('pg');
const iconv = apiRequire('iconv-lite');
const ROWS = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 200_000);
const MEMBERS = 50;
const MONTHS = 40;
const INDICATORS = Math.ceil(ROWS / (MEMBERS * MONTHS));

const { loadConfig } = dist('config/app-config.js');
const { openDatabase } = dist('database/database.js');
const { createApp } = dist('app.factory.js');
const { hashPassword } = dist('core/auth/password.js');

const dataDir = path.join(ROOT, '.data/bench', 'import');
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });
const config = loadConfig({
  DATA_DIR: dataDir,
  SEED_DEMO: 'false',
  LOG_LEVEL: 'warn',
  WEB_DIST: '/nonexistent',
  MAIL_WORKER: 'true',
  MAIL_POLL_INTERVAL_MS: '100',
  MAIL_DIR: path.join(os.tmpdir(), 'gw-bench-import-mail'),
  PUBLIC_URL: 'http://bench.local',
  RATE_LIMIT_POINTS_PER_MINUTE: '100000000',
});
const database = await openDatabase(config);
const app = await createApp(config, database, {});
await app.listen(0, '127.0.0.1');
// As main.ts and the test app: the server must not close an idle keep-alive socket the client is about to reuse.
const server = app.getHttpServer();
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
const url = await app.getUrl();
const owner = new pg.Client({ connectionString: database.ownerUrl });
await owner.connect();

async function gql(query, variables, token) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const json = await res.json();
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json.data;
}

try {
  // ── the alliance ──
  const userId = randomUUID();
  const orgId = randomUUID();
  await owner.query(`INSERT INTO users (id, email, name, password_hash) VALUES ($1, 'bench@import.example', 'Bench', $2)`, [
    userId,
    await hashPassword('Bench-Import-2026'),
  ]);
  await owner.query(`INSERT INTO organisations (id, name, kind) VALUES ($1, 'Geschäftsstelle Bench', 'PUBLIC_BODY')`, [orgId]);
  await owner.query(`INSERT INTO user_organisations (user_id, organisation_id) VALUES ($1, $2)`, [userId, orgId]);
  const token = (await gql(`mutation { login(input: { email: "bench@import.example", password: "Bench-Import-2026" }) { token } }`, {}, '')).login.token;
  const allianceId = (await gql(`mutation { createAlliance(input: { name: "Importbündnis" }) { id } }`, {}, token)).createAlliance.id;
  await owner.query(`INSERT INTO organisations (id, name, kind) SELECT gen_random_uuid(), 'Träger ' || g, 'NGO' FROM generate_series(1, $1) g`, [MEMBERS - 1]);
  await owner.query(
    `INSERT INTO memberships (alliance_id, id, organisation_id, role, state, joined_at)
     SELECT $1, gen_random_uuid(), id, 'PARTNER', 'ACTIVE', now() FROM organisations WHERE name LIKE 'Träger %'`,
    [allianceId],
  );
  await owner.query(
    `INSERT INTO indicators (alliance_id, id, name, direction, aggregation, frequency, rba_kind, status)
     SELECT $1, gen_random_uuid(), 'Kennzahl ' || g, 'INCREASE', 'SUM', 'MONTHLY', 'HOW_MUCH', 'ACTIVE' FROM generate_series(1, $2) g`,
    [allianceId, INDICATORS],
  );
  const months = [];
  for (let i = 0; i < MONTHS; i++) months.push({ y: 2023 + Math.floor(i / 12), m: (i % 12) + 1 });
  for (const { y, m } of months) {
    await gql(
      `mutation($i: OpenReportingPeriodInput!) { openReportingPeriod(input: $i) { id } }`,
      {
        i: { allianceId, frequency: 'MONTHLY', periodKey: `${y}-${String(m).padStart(2, '0')}` },
      },
      token,
    );
  }
  const orgs = ['Geschäftsstelle Bench', ...Array.from({ length: MEMBERS - 1 }, (_, i) => `Träger ${i + 1}`)];

  // ── the file, as German Excel saves it ──
  const lines = ['Indikator;Organisation;Stichtag;Wert;Bemerkung'];
  let n = 0;
  outer: for (let i = 1; i <= INDICATORS; i++)
    for (const org of orgs)
      for (const { y, m } of months) {
        if (n++ >= ROWS) break outer;
        const v = (n % 9000) + 1000 + (n % 10) / 10;
        lines.push(`Kennzahl ${i};${org};15.${String(m).padStart(2, '0')}.${y};${v.toLocaleString('de-DE')};Zählung ${n % 100}`);
      }
  const file = iconv.encode(lines.join('\r\n') + '\r\n', 'win1252');
  console.log(`file: ${ROWS} rows, ${(file.length / 1024 / 1024).toFixed(1)} MB (Windows-1252, semicolons)`);

  const BATCH = `query($a: ID!, $b: ID!) { importBatch(allianceId: $a, batchId: $b) { id status version errorRows processedRows createdCount columns { field column } failure } }`;
  const until = async (batchId, status) => {
    for (;;) {
      const b = (await gql(BATCH, { a: allianceId, b: batchId }, token)).importBatch;
      if (b.status === status) return b;
      if (b.status === 'FAILED' || b.failure) throw new Error(`batch ${b.status}: ${b.failure}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  // ── the pipeline ──
  console.log(
    `load average before the run: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const t0 = performance.now();
  const form = new FormData();
  form.append('file', new Blob([file]), 'werte.csv');
  const res = await fetch(`${url}/imports/upload?allianceId=${allianceId}&kind=measurements`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}`, 'x-gemeinwerk-upload': '1' },
  });
  const up = await res.json();
  if (!up.data) throw new Error(JSON.stringify(up));
  console.log(`uploaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const tUpload = performance.now();
  let b = (await gql(BATCH, { a: allianceId, b: up.data.batchId }, token)).importBatch;
  const columns = b.columns.map((c) => ({ field: c.field, column: c.column }));
  b = (
    await gql(
      `mutation($i: CheckImportInput!) { checkImport(input: $i) { id version status } }`,
      { i: { allianceId, batchId: b.id, version: b.version, columns } },
      token,
    )
  ).checkImport;
  b = await until(b.id, 'PREVIEWED');
  if (b.errorRows) throw new Error(`${b.errorRows} rows with problems`);
  const tCheck = performance.now();
  b = (
    await gql(
      `mutation($i: ImportBatchStepInput!) { commitImport(input: $i) { id version status } }`,
      { i: { allianceId, batchId: b.id, version: b.version } },
      token,
    )
  ).commitImport;
  b = await until(b.id, 'COMMITTED');
  const tCommit = performance.now();
  const [{ count }] = (await owner.query(`SELECT count(*)::int AS count FROM measurements WHERE alliance_id = $1`, [allianceId])).rows;
  if (count !== ROWS) throw new Error(`expected ${ROWS} measurements, found ${count}`);

  // ── the peer: the same rows, one raw INSERT … unnest into a scratch table ──
  await owner.query(`CREATE TABLE bench_import_peer (LIKE measurements INCLUDING DEFAULTS)`);
  const src = (
    await owner.query(`SELECT indicator_id, membership_id, reporting_period_id, period_key, value::text, note FROM measurements WHERE alliance_id = $1`, [
      allianceId,
    ])
  ).rows;
  const cols = (k) => src.map((r) => r[k]);
  const p0 = performance.now();
  await owner.query(
    `INSERT INTO bench_import_peer (alliance_id, id, indicator_id, membership_id, reporting_period_id, period_key, value, note)
     SELECT $1, gen_random_uuid(), i, m, p, k, v, n FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::numeric[], $7::text[]) AS t(i, m, p, k, v, n)`,
    [allianceId, cols('indicator_id'), cols('membership_id'), cols('reporting_period_id'), cols('period_key'), cols('value'), cols('note')],
  );
  const p1 = performance.now();

  const s = (ms) => ms / 1000;
  const total = s(tCommit - t0);
  const result = {
    rows: ROWS,
    fileMB: Number((file.length / 1024 / 1024).toFixed(1)),
    uploadSeconds: Number(s(tUpload - t0).toFixed(2)),
    checkSeconds: Number(s(tCheck - tUpload).toFixed(2)),
    commitSeconds: Number(s(tCommit - tCheck).toFixed(2)),
    totalSeconds: Number(total.toFixed(2)),
    rowsPerSecond: Math.round(ROWS / total),
    commitRowsPerSecond: Math.round(ROWS / s(tCommit - tCheck)),
    peerSeconds: Number(s(p1 - p0).toFixed(2)),
    peerRowsPerSecond: Math.round(ROWS / s(p1 - p0)),
    cores: os.cpus().length,
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(1))),
  };
  result.ratioToPeer = Number((result.peerRowsPerSecond / result.rowsPerSecond).toFixed(1));
  console.log(JSON.stringify(result, null, 2));
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench/results', `import-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify(result, null, 2) + '\n');
} finally {
  await owner.end();
  await app.close();
  await database.close();
}
