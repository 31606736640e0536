#!/usr/bin/env node
// Web delivery benchmark: cold loads of the login page and the dashboard of a RUNNING app, in
// Debian's Chromium, on a phone profile (Lighthouse "slow 4G" + 4× CPU) and on desktop.
// Builds nothing and starts no server. Usage (from the repo root):
//   BASE_URL=http://localhost:3210 node bench/web/run.mjs
// Env: BASE_URL (default http://localhost:3000), EMAIL / PASSWORD (the demo backbone login),
//      RUNS (per page and profile, median reported; default 3), LABEL (in the file name),
//      DIST (the served build, for the initial-JS count; default apps/web/dist),
//      CHROMIUM (default /usr/bin/chromium), OUT (default bench/results).
// Prints a markdown table and writes the JSON to OUT/web-<LABEL>-<time>.json.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { initialJs } from './initial-js.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// playwright-core is a dev dependency of the web app; resolve it from there.
const { chromium } = createRequire(path.join(ROOT, 'apps/web/package.json'))('playwright-core');

const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const EMAIL = process.env.EMAIL ?? 'koordination@bildungsbuero.example';
const PASSWORD = process.env.PASSWORD ?? 'Gemeinwerk-Demo-2026';
const RUNS = Number(process.env.RUNS ?? 3);
const LABEL = process.env.LABEL ?? 'run';
const DIST = path.resolve(ROOT, process.env.DIST ?? 'apps/web/dist');
const OUT = path.resolve(ROOT, process.env.OUT ?? 'bench/results');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Lighthouse's mobile profile: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, 4× slower CPU. */
const PROFILES = {
  phone: {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    network: { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
    cpu: 4,
  },
  desktop: { viewport: { width: 1366, height: 900 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false, network: null, cpu: 1 },
};

/**
 * The page is "ready" when `present` is visible and nothing matches `absent`: the login form, or
 * the dashboard's cards with their data (no loading state left in the main area).
 */
const PAGES = {
  login: { path: () => '/login', present: 'input[type="password"]' },
  dashboard: { path: (allianceId) => `/a/${allianceId}/dashboard`, present: 'main .dashboard-grid', absent: 'main .loading-state' },
};

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function gql(context, query, variables) {
  const res = await context.request.post(`${BASE_URL}/graphql`, { data: { query, variables }, headers: { 'content-type': 'application/json' } });
  const body = await res.json();
  if (body.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** One cold load (fresh context: empty cache, no service worker) of one page on one profile. */
async function measure(browser, pageName, profileName) {
  const profile = PROFILES[profileName];
  const context = await browser.newContext({
    viewport: profile.viewport,
    deviceScaleFactor: profile.deviceScaleFactor,
    isMobile: profile.isMobile,
    hasTouch: profile.hasTouch,
    locale: 'de-DE',
  });
  try {
    let allianceId = '';
    if (pageName === 'dashboard') {
      // Sign in over the API only: the cookie lands in the context, the HTTP cache stays cold.
      await gql(context, 'mutation($i: LoginInput!) { login(input: $i) { expiresAt } }', { i: { email: EMAIL, password: PASSWORD, mode: 'COOKIE' } });
      allianceId = (await gql(context, '{ myAlliances { id } }')).myAlliances[0].id;
    }
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    if (profile.network) await cdp.send('Network.emulateNetworkConditions', profile.network);
    if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });

    const requests = new Map();
    let readyAt = Infinity;
    cdp.on('Network.responseReceived', (e) => {
      const r = requests.get(e.requestId) ?? {};
      requests.set(e.requestId, {
        ...r,
        url: e.response.url,
        type: e.type,
        encoding: e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] ?? '',
      });
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = requests.get(e.requestId) ?? {};
      requests.set(e.requestId, { ...r, bytes: e.encodedDataLength, finishedAt: Date.now() });
    });

    const started = Date.now();
    await page.goto(BASE_URL + PAGES[pageName].path(allianceId), { waitUntil: 'commit', timeout: 120_000 });
    // Selectors rather than waitForFunction: the app's CSP forbids the eval that needs.
    const target = PAGES[pageName];
    await page.locator(target.present).first().waitFor({ state: 'visible', timeout: 120_000 });
    if (target.absent) await page.locator(target.absent).first().waitFor({ state: 'detached', timeout: 120_000 });
    const readyMs = await page.evaluate(() => performance.now());
    readyAt = Date.now();
    // Let the rest arrive (chart drawings, other lazy parts) before counting the wire.
    await page.waitForLoadState('networkidle', { timeout: 120_000 }).catch(() => undefined);
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    const done = [...requests.values()].filter((r) => typeof r.bytes === 'number');
    const sum = (rs) => rs.reduce((n, r) => n + r.bytes, 0);
    const js = done.filter((r) => r.type === 'Script');
    const beforeReady = done.filter((r) => r.finishedAt <= readyAt);
    return {
      fcpMs: fcp === null ? null : Math.round(fcp),
      readyMs: Math.round(readyMs),
      wireBytes: sum(done),
      wireBytesUntilReady: sum(beforeReady),
      jsWireBytes: sum(js),
      jsWireBytesUntilReady: sum(beforeReady.filter((r) => r.type === 'Script')),
      requests: done.length,
      encodings: [...new Set(js.map((r) => r.encoding || 'identity'))],
      wallMs: readyAt - started,
    };
  } finally {
    await context.close();
  }
}

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install the Debian package "chromium".`);
  const health = await fetch(`${BASE_URL}/health/ready`).catch(() => null);
  if (!health?.ok) throw new Error(`No app answers at ${BASE_URL} (start it first, e.g. PORT=3210 pnpm start).`);

  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  const results = {};
  try {
    for (const profileName of Object.keys(PROFILES)) {
      for (const pageName of Object.keys(PAGES)) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, pageName, profileName));
        const summary = {};
        for (const key of Object.keys(runs[0])) summary[key] = typeof runs[0][key] === 'number' ? median(runs.map((r) => r[key])) : runs[0][key];
        results[`${profileName}/${pageName}`] = { median: summary, runs };
        process.stderr.write(`${profileName}/${pageName}: ${JSON.stringify(summary)}\n`);
      }
    }
  } finally {
    await browser.close();
  }

  let js;
  try {
    js = initialJs(DIST);
  } catch (error) {
    js = { error: String(error.message ?? error) };
  }
  const report = {
    label: LABEL,
    at: new Date().toISOString(),
    baseUrl: BASE_URL,
    runs: RUNS,
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memGiB: Math.round(os.totalmem() / 2 ** 30), load1: os.loadavg()[0] },
    chromium: browser.version(),
    profiles: PROFILES,
    initialJsGzip: js,
    results,
  };
  mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `web-${LABEL}-${report.at.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');

  const kb = (b) => (b === null || b === undefined ? '–' : `${(b / 1024).toFixed(1)} KB`);
  const s = (ms) => (ms === null || ms === undefined ? '–' : `${(ms / 1000).toFixed(2)} s`);
  const lines = [
    `### Web delivery (${LABEL}) — ${report.at}, ${RUNS} cold load(s) each, median`,
    '',
    '| profile / page | first contentful paint | page ready (form / dashboard data) | bytes on the wire (all) | until ready | JS on the wire | requests |',
    '|---|---|---|---|---|---|---|',
    ...Object.entries(results).map(
      ([k, { median: m }]) =>
        `| ${k} | ${s(m.fcpMs)} | ${s(m.readyMs)} | ${kb(m.wireBytes)} | ${kb(m.wireBytesUntilReady)} | ${kb(m.jsWireBytes)} (${m.encodings.join(', ')}) | ${m.requests} |`,
    ),
    '',
    js && !js.error
      ? `Initial JS, gzip -9 of the built files: entry + static imports ${kb(js.entry.gzipBytes)}; login route ${kb(js.login.gzipBytes)}; dashboard route ${kb(js.dashboard.gzipBytes)}${js.language ? ` (both include the starting language's shared texts, ${kb(js.language.gzipBytes)})` : ''}.`
      : `Initial JS: ${js?.error}`,
    '',
    `JSON: ${path.relative(ROOT, file)}`,
  ];
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
