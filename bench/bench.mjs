#!/usr/bin/env node
/**
 * Entry of `pnpm bench`: installs bench/'s own dependencies on first use (outside the workspace,
 * so `pnpm install` and `pnpm test` never carry them), builds the app if it is not built, then
 * runs bench/run.mjs with the same arguments.
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const here = import.meta.dirname;
const root = path.resolve(here, '..');
const pnpm = 'npx -y pnpm@10.34.9';
if (!existsSync(path.join(here, 'node_modules/pg-copy-streams'))) {
  console.log('Installing bench/ dependencies (first run) …');
  execSync(`${pnpm} install --ignore-workspace --frozen-lockfile`, { cwd: here, stdio: 'inherit' });
}
if (!existsSync(path.join(root, 'apps/api/dist/main.js')) || !existsSync(path.join(root, 'apps/web/dist/index.html'))) {
  console.log('Building the app (apps/api/dist, apps/web/dist) …');
  execSync(`${pnpm} -r run build`, { cwd: root, stdio: 'inherit' });
}
const r = spawnSync(process.execPath, [path.join(here, 'run.mjs'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
