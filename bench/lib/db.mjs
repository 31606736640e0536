import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { generate } from './dataset.mjs';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const API_DIST = path.join(ROOT, 'apps/api/dist');
/** Bump when the generator changes: a cached data directory of another version is regenerated. */
export const DATASET_VERSION = 1;

function apiModule(rel) {
  const file = path.join(API_DIST, rel);
  if (!existsSync(file)) throw new Error(`${file} is missing: build first (npx -y pnpm@10.34.9 -r run build)`);
  return createRequire(import.meta.url)(file);
}

/**
 * A fresh embedded PostgreSQL per size and seed under .data/bench/, with the app's committed
 * migrations applied and the dataset loaded; reused when its marker names the same size, seed
 * and generator version.
 */
export async function openBenchDatabase({ size, seed, log = console.log }) {
  const dataDir = path.join(ROOT, '.data/bench', `${size}-${seed}`);
  const markerFile = path.join(dataDir, 'dataset.json');
  const marker = existsSync(markerFile) ? JSON.parse(readFileSync(markerFile, 'utf8')) : null;
  const cached = marker && marker.size === size && marker.seed === seed && marker.version === DATASET_VERSION;
  if (!cached && existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });

  const { startEmbeddedPostgres, embeddedAppPassword } = apiModule('database/embedded-postgres.js');
  const { createDataSource } = apiModule('database/data-source.js');
  // The app's runMigrations keeps its 15 s statement timeout; an index built on L's 4.8 M
  // measurements takes longer, so the bench migrates without a timeout.
  const runMigrations = async (url) => {
    const ds = createDataSource(url, { poolSize: 2, statementTimeoutMs: 0, applicationName: 'gemeinwerk-bench-migrate' });
    await ds.initialize();
    try {
      return (await ds.runMigrations({ transaction: 'each' })).map((m) => m.name);
    } finally {
      await ds.destroy();
    }
  };
  const server = await startEmbeddedPostgres(dataDir, { quiet: true });
  try {
    const applied = await runMigrations(server.url);
    if (!cached) {
      log(`Generating dataset ${size} (seed ${seed}); migrations: ${applied.length}`);
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      const t = Date.now();
      try {
        await generate(client, { size, seed, log });
      } finally {
        await client.end();
      }
      writeFileSync(markerFile, JSON.stringify({ size, seed, version: DATASET_VERSION, seconds: (Date.now() - t) / 1000 }, null, 2));
    } else if (applied.length) {
      log(`Applied migrations to the cached ${size} dataset: ${applied.join(', ')}`);
    }
    const meta = JSON.parse(readFileSync(markerFile, 'utf8'));
    return {
      url: server.url,
      port: server.port,
      appPassword: embeddedAppPassword(dataDir),
      dataDir,
      generationSeconds: meta.seconds,
      cached,
      stop: () => server.stop(),
    };
  } catch (e) {
    await server.stop();
    throw e;
  }
}

/** Sessions expire when idle: a cached dataset's sessions are made fresh for this run. */
export async function refreshSessions(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`UPDATE sessions SET last_seen_at = now(), expires_at = now() + interval '7 days', revoked_at = NULL`);
  } finally {
    await client.end();
  }
}

/** Row counts, for the report. */
export async function counts(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = ['alliances', 'organisations', 'indicators', 'measurements', 'activities', 'log_entries'];
    const out = {};
    for (const t of tables) out[t] = Number((await client.query(`SELECT count(*) AS n FROM ${t}`)).rows[0].n);
    return out;
  } finally {
    await client.end();
  }
}
