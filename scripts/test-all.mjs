#!/usr/bin/env node
/**
 * Runs every test of the project, in order, and ends with one summary line:
 *   build → API + shared (Jest, embedded PostgreSQL) → web components (Vitest)
 *   → end-to-end in Chromium → API suites again against an external PostgreSQL when one answers.
 * Every step runs even when an earlier one failed; the exit code is non-zero if any failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, '.data', 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const pnpm = ['npx', '-y', 'pnpm@10.34.9'];
const steps = [];
let passed = 0;
let failed = 0;
const failures = [];

function run(name, cmd, args, opts = {}) {
  console.log(`\n━━ ${name} ━━\n$ ${[cmd, ...args].join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...opts.env } });
  const ok = r.status === 0;
  steps.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  return ok;
}

function count(file, kind) {
  if (!existsSync(file)) return false;
  const j = JSON.parse(readFileSync(file, 'utf8'));
  passed += j.numPassedTests ?? 0;
  failed += j.numFailedTests ?? 0;
  if (kind === 'vitest' && (j.numFailedTestSuites ?? 0) > 0 && !j.numFailedTests) failed += j.numFailedTestSuites;
  // Remember what failed, so the summary at the very end names it (CI often shows only the tail).
  for (const suite of j.testResults ?? []) {
    const file = path.relative(root, suite.name ?? suite.testFilePath ?? '');
    const tests = suite.assertionResults ?? suite.testResults ?? [];
    for (const t of tests) {
      if (t.status !== 'failed') continue;
      const message = (t.failureMessages ?? []).join('\n').split('\n').filter(Boolean).slice(0, 6).join('\n      ');
      failures.push(`${file} › ${t.fullName ?? t.title}\n      ${message}`);
    }
    if (suite.status === 'failed' && !tests.some((t) => t.status === 'failed')) {
      failures.push(`${file}\n      ${String(suite.message ?? suite.failureMessage ?? '').split('\n').filter(Boolean).slice(0, 6).join('\n      ')}`);
    }
  }
  return true;
}

function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return true;
  if (process.getuid?.() !== 0) {
    console.error('Chromium is missing: install the Debian package `chromium` (needs root).');
    return false;
  }
  console.log('Installing Debian Chromium for the end-to-end tests…');
  return run('install chromium (apt)', 'bash', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null']);
}

function reachable(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const s = net.connect({ port, host, timeout: 500 }, () => (s.destroy(), resolve(true)));
    s.on('error', () => resolve(false));
    s.on('timeout', () => (s.destroy(), resolve(false)));
  });
}

// Typed operations must match the committed schema: regenerate and compare with what is committed.
run('web: generated GraphQL types are current', 'bash', ['-c', 'npx -y pnpm@10.34.9 --filter @gemeinwerk/web codegen >/dev/null && git diff --exit-code --stat -- apps/web/src/gql']);

const built = run('build (shared, web, api)', pnpm[0], [...pnpm.slice(1), '-r', 'run', 'build']);

const jestJson = path.join(results, 'jest.json');
run('API and shared packages (Jest, embedded PostgreSQL)', 'npx', ['jest', '--maxWorkers=2', '--json', `--outputFile=${jestJson}`], { env: { DATABASE_URL: '' } });
if (!count(jestJson, 'jest')) failed += 1;

const webJson = path.join(results, 'web.json');
run('web components (Vitest)', pnpm[0], [...pnpm.slice(1), '--filter', '@gemeinwerk/web', 'exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${webJson}`]);
if (!count(webJson, 'vitest')) failed += 1;

if (existsSync(path.join(root, 'apps/web/vitest.e2e.config.ts'))) {
  const e2eJson = path.join(results, 'e2e.json');
  if (built && ensureChromium()) {
    run('end-to-end (Chromium)', pnpm[0], [...pnpm.slice(1), '--filter', '@gemeinwerk/web', 'exec', 'vitest', 'run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${e2eJson}`]);
  }
  if (!count(e2eJson, 'vitest')) failed += 1;
}

const external = process.env.TEST_EXTERNAL_DATABASE_URL ?? ((await reachable(5432)) ? 'postgres://postgres@127.0.0.1:5432/postgres' : '');
if (external) {
  const extJson = path.join(results, 'jest-external.json');
  run(`API suites against external PostgreSQL (${external.replace(/:[^:@/]*@/, ':***@')})`, 'npx', ['jest', '--selectProjects', 'api', '--maxWorkers=2', '--testPathIgnorePatterns', 'restart', '--json', `--outputFile=${extJson}`], {
    env: { DATABASE_URL: external },
  });
  if (!count(extJson, 'jest')) failed += 1;
} else {
  console.log('\n(no PostgreSQL on 127.0.0.1:5432 and no TEST_EXTERNAL_DATABASE_URL: external-database pass skipped)');
}

// e2e tests get one retry; an attempt that failed is listed even when the retry passed.
const attempts = path.join(results, 'e2e-failures', 'attempts.log');
if (existsSync(attempts)) {
  console.log('\n━━ end-to-end attempts that failed (screenshots in .data/test-results/e2e-failures) ━━');
  console.log(readFileSync(attempts, 'utf8').trimEnd());
}
if (failures.length) {
  console.log('\n━━ failed tests ━━');
  for (const f of failures) console.log(`✗ ${f}`);
}
console.log('\n━━ summary ━━');
for (const s of steps) console.log(`${s.ok ? 'ok  ' : 'FAIL'}  ${s.name} (${s.seconds} s)`);
const anyStepFailed = steps.some((s) => !s.ok);
if (anyStepFailed && failed === 0) failed = steps.filter((s) => !s.ok).length;
console.log(`Summary: ${passed} passed, ${failed} failed`);
process.exit(anyStepFailed || failed > 0 ? 1 : 0);
