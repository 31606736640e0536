import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { freePort } from './net.mjs';
import { ROOT } from './db.mjs';

async function waitFor(url, child, what, timeoutMs = 120000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not answer ${url} within ${timeoutMs / 1000} s`);
}

function stopChild(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
    setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 5000).unref();
  });
}

/** The built Gemeinwerk API (apps/api/dist/main.js) against the bench database, as in production. */
export async function startApi(db) {
  const main = path.join(ROOT, 'apps/api/dist/main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: build first (npx -y pnpm@10.34.9 -r run build)`);
  const port = await freePort();
  const stderr = [];
  // BENCH_API_NODE_ARGS: extra Node flags for the API process, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile a run.
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, main], {
    cwd: path.join(ROOT, 'apps/api'),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: db.url,
      DATABASE_APP_PASSWORD: db.appPassword,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'error',
      DATA_DIR: db.dataDir,
      // Load tests are not a backbone using the app: the per-caller budget would turn them into 429s.
      RATE_LIMIT_POINTS_PER_MINUTE: '1000000000',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr.on('data', (d) => stderr.push(String(d)));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${url}/health`, child, 'the API');
  } catch (e) {
    await stopChild(child);
    throw new Error(`${e.message}\n${stderr.join('').slice(-2000)}`, { cause: e });
  }
  return { url, graphqlPath: '/graphql', stop: () => stopChild(child), stderr };
}

/** The lower bound in its own process, so it does not share an event loop with the load generator. */
export async function startLowerBoundProcess(db) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'bench/lower-bound/server.mjs')], {
    env: { ...process.env, DATABASE_URL: db.url, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/`, child, 'the lower bound');
  return { url, stop: () => stopChild(child) };
}

/** PostGraphile v5 from helper "peer" (bench/peers/postgraphile), if it is there. */
export async function startPeerIfPresent(db) {
  const dir = path.join(ROOT, 'bench/peers/postgraphile');
  if (!existsSync(path.join(dir, 'start.mjs')) || !existsSync(path.join(dir, 'operations.mjs')))
    return { missing: 'bench/peers/postgraphile/{start,operations}.mjs not found' };
  try {
    const { startPeer } = await import(path.join(dir, 'start.mjs'));
    const operations = (await import(path.join(dir, 'operations.mjs'))).default ?? (await import(path.join(dir, 'operations.mjs')));
    const port = await freePort();
    const peer = await startPeer({
      databaseUrl: db.url,
      appPassword: db.appPassword,
      port,
      poolSize: 10,
      sqlDir: path.join(ROOT, 'bench/sql'),
      log: () => undefined,
    });
    return { ...peer, operations: operations.operations ?? operations };
  } catch (e) {
    return { missing: `the peer did not start: ${e.message}` };
  }
}
