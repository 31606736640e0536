// Starts the PostGraphile peer for the benchmark. Runs under the project's Node (20): installs this
// folder on first use (npm ci: PostGraphile and a Node 22 binary from the npm package `node`),
// turns bench/sql/*.sql into SQL functions, then spawns server.mjs under Node 22.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SCHEMA, createFunctionSql, loadScenarios } from './functions.mjs';

const HERE = import.meta.dirname;
const NODE22 = path.join(HERE, 'node_modules/.bin/node');
const APP_ROLE = 'gemeinwerk_app';

/** Kept out of the workspace's `pnpm install`: installed here, the first time the peer is used. */
export function ensureInstalled({ log = console.log } = {}) {
  if (existsSync(NODE22) && existsSync(path.join(HERE, 'node_modules/postgraphile/package.json'))) return;
  log('Installing the PostGraphile peer (npm ci in bench/peers/postgraphile) …');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: HERE, stdio: ['ignore', 'inherit', 'inherit'] });
  if (!existsSync(NODE22)) throw new Error(`npm ci did not provide ${NODE22} (the npm package "node" runs an install script)`);
  const version = execFileSync(NODE22, ['--version'], { encoding: 'utf8' }).trim();
  if (!/^v2[2-9]\./.test(version)) throw new Error(`${NODE22} is ${version}, PostGraphile 5 needs Node 22`);
}

function withUser(url, user, password) {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
}

/**
 * The peer's schema, rebuilt on every start from the current statements: bench_peer holds one
 * function per scenario (the only thing PostGraphile exposes); bench_peer_private the session check.
 */
export async function installFunctions(ownerUrl, sqlDir, { appRole = APP_ROLE, appPassword, planCacheMode } = {}) {
  const { default: pg } = await import('pg');
  const scenarios = loadScenarios(sqlDir);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE; DROP SCHEMA IF EXISTS ${SCHEMA}_private CASCADE`);
    await client.query(`CREATE SCHEMA ${SCHEMA}; CREATE SCHEMA ${SCHEMA}_private`);
    for (const s of scenarios) {
      try {
        await client.query('SAVEPOINT fn');
        await client.query(createFunctionSql(s, { planCacheMode }));
      } catch (e) {
        // A statement whose column is jsonb: the function returns jsonb instead (PostGraphile maps both to JSON).
        if (!/return type mismatch/i.test(e.message)) throw new Error(`bench/sql/${s.scenario}.sql: ${e.message}`, { cause: e });
        await client.query('ROLLBACK TO SAVEPOINT fn');
        await client.query(createFunctionSql(s, { planCacheMode }).replace(' RETURNS json ', ' RETURNS jsonb '));
      }
    }
    // SECURITY INVOKER like everything else: sessions and users carry no row-level security, and
    // the seats are read the way TenancyService.activeAllianceIdsOf reads them (own seats first,
    // then their memberships with the seats' alliances readable). Local settings end with the call.
    await client.query(`CREATE FUNCTION ${SCHEMA}_private.session_context(token_hash text, idle_minutes int)
      RETURNS TABLE (user_id uuid, alliance_ids uuid[]) LANGUAGE plpgsql VOLATILE AS $fn$
      DECLARE uid uuid; sid uuid; stale boolean; seats uuid[];
      BEGIN
        SELECT u.id, s.id, s.last_seen_at < now() - interval '1 minute' INTO uid, sid, stale
          FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = session_context.token_hash::bpchar AND s.revoked_at IS NULL AND s.expires_at > now()
           AND s.last_seen_at > now() - make_interval(mins => idle_minutes) AND u.disabled_at IS NULL;
        IF uid IS NULL THEN RETURN; END IF;
        IF stale THEN UPDATE sessions SET last_seen_at = now() WHERE id = sid; END IF;
        PERFORM set_config('app.user_id', uid::text, true);
        SELECT coalesce(array_agg(a.alliance_id), '{}') INTO seats FROM alliance_seats a WHERE a.user_id = uid AND a.left_at IS NULL;
        PERFORM set_config('app.alliance_ids', seats::text, true);
        RETURN QUERY SELECT uid, coalesce(array_agg(DISTINCT a.alliance_id), '{}')
          FROM alliance_seats a JOIN memberships m ON m.alliance_id = a.alliance_id AND m.id = a.membership_id
         WHERE a.user_id = uid AND a.left_at IS NULL AND m.state = 'ACTIVE';
        PERFORM set_config('app.alliance_ids', '', true);
        PERFORM set_config('app.user_id', '', true);
      END $fn$`);
    await client.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA ${SCHEMA}, ${SCHEMA}_private FROM PUBLIC`);
    await client.query(`GRANT USAGE ON SCHEMA ${SCHEMA}, ${SCHEMA}_private TO ${appRole}`);
    await client.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${SCHEMA}, ${SCHEMA}_private TO ${appRole}`);
    // The API sets this password at its start (openDatabase); a bench database may not have seen one.
    if (appPassword) await client.query(`ALTER ROLE ${appRole} WITH LOGIN PASSWORD ${client.escapeLiteral(appPassword)}`);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
  return scenarios;
}

export async function dropFunctions(ownerUrl) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE; DROP SCHEMA IF EXISTS ${SCHEMA}_private CASCADE`);
  } finally {
    await client.end();
  }
}

/**
 * startPeer({ databaseUrl, appPassword | appDatabaseUrl, port, sqlDir, poolSize, statementTimeoutMs })
 *   databaseUrl   owner connection (creates the functions)
 *   appPassword   password of gemeinwerk_app (embedded: embeddedAppPassword(dataDir)); or appDatabaseUrl.
 *                 Without either the peer connects as the owner and switches to gemeinwerk_app per
 *                 transaction (pgSettings `role`), PostGraphile's authenticator pattern: RLS applies the same.
 *   port          0 or absent: any free port
 *   poolSize      connections PostGraphile may open; give it the API's DATABASE_POOL_SIZE (default 10)
 *   planCacheMode optional plan_cache_mode of the functions ('force_custom_plan': plan every call like the lower bound)
 *   keepFunctions stop() leaves the bench_peer schemas in place
 * → { url, scenarios, stop() }
 */
export async function startPeer({
  databaseUrl,
  appPassword,
  appDatabaseUrl,
  port = 0,
  sqlDir,
  poolSize = 10,
  statementTimeoutMs = 15000,
  keepFunctions = false,
  planCacheMode,
  log = console.log,
} = {}) {
  if (!databaseUrl) throw new Error('startPeer: databaseUrl (owner) is required');
  ensureInstalled({ log });
  const scenarios = await installFunctions(databaseUrl, sqlDir, { appPassword: appDatabaseUrl ? undefined : appPassword, planCacheMode });
  const appUrl = appDatabaseUrl ?? (appPassword ? withUser(databaseUrl, APP_ROLE, appPassword) : null);

  const child = spawn(NODE22, [path.join(HERE, 'server.mjs')], {
    cwd: HERE,
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      GRAPHILE_ENV: 'production', // Grafast's production mode (also its default; set to silence the notice)
      PEER_DATABASE_URL: appUrl ?? databaseUrl,
      PEER_ROLE: appUrl ? '' : APP_ROLE,
      PEER_PORT: String(port),
      PEER_POOL_SIZE: String(poolSize),
      PEER_STATEMENT_TIMEOUT_MS: String(statementTimeoutMs),
    },
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
    process.stderr.write(chunk);
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = await new Promise((resolve, reject) => {
    const fail = (e) => {
      child.kill('SIGKILL'); // never leave a half-started server behind
      reject(e);
    };
    const timer = setTimeout(() => fail(new Error(`PostGraphile peer did not start within 120 s:\n${stderr}`)), 120_000);
    child.on('message', (m) => {
      if (m?.ready) {
        clearTimeout(timer);
        resolve(m.url);
      }
    });
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      fail(new Error(`PostGraphile peer exited before it listened (code ${code}, signal ${signal}):\n${stderr}`));
    });
  });
  child.unref();
  child.stderr.unref?.();
  child.channel?.unref(); // a harness that forgets stop() still exits (the child follows on 'disconnect')

  let stopped;
  return {
    url,
    scenarios: scenarios.map((s) => s.scenario),
    stop() {
      stopped ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
          await exited;
          clearTimeout(timer);
        }
        if (!keepFunctions) await dropFunctions(databaseUrl);
      })();
      return stopped;
    },
  };
}
