#!/usr/bin/env node
// The API's code shape (issue 15), counted the same way every time:
//   node scripts/code-shape.mjs          → counts and the files behind them
//   node scripts/code-shape.mjs --json   → the same as JSON (scripts/code-shape.spec.ts reads it)
//
// 1. SQL outside repositories: a source file under apps/api/src that holds SQL text
//    (a string or template literal that reads as a statement: SELECT … FROM, INSERT INTO,
//    UPDATE … SET, DELETE FROM, WITH … AS, or a call of a database function `SELECT gw_…(`)
//    and is not a repository (`*.repository.ts`), a query-text file used by repositories
//    (`*.sql.ts`), database infrastructure (`database/`), a test or a test helper.
// 2. Ad-hoc access checks: a decision on the caller's role or admin right (`ctx.role`,
//    `ctx.isAdmin`, the former `requireRole(`/`isBackbone(`/`CommunicationAccess`/`assertOwnOrBackbone`)
//    outside `core/access/` and the areas' `*.access.ts` files. Roles of other memberships (the
//    last backbone, who reports values) are data rules, not access checks, and are not counted.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// CODE_SHAPE_SRC: another tree to scan (scripts/code-shape.spec.ts proves the checks fire on planted files).
const SRC = process.env.CODE_SHAPE_SRC ? path.resolve(process.env.CODE_SHAPE_SRC) : path.join(ROOT, 'apps/api/src');

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Tests, fixtures and infrastructure are not application code. */
const isExempt = (rel) =>
  /\.spec\.ts$/.test(rel) ||
  /(^|\/)test\//.test(rel) ||
  /^database\//.test(rel) ||
  /\.(fixtures|test-helpers|test-queries)\.ts$/.test(rel) ||
  /(^|\/)cli\//.test(rel) ||
  rel === 'dev.ts';

const SQL = [
  /\bSELECT\b[\s\S]{0,400}?\bFROM\b/,
  /\bINSERT\s+INTO\b/,
  /\bUPDATE\s+[a-z_]+\b[\s\S]{0,40}?\bSET\b/,
  /\bDELETE\s+FROM\b/,
  /\bSELECT\s+(gw_|pg_|set_config|now\(|1\b)/,
  /\bWITH\s+[a-z_]+\s+AS\s*\(/,
];

/** The literals of a file: '…', "…" and `…` (template literals with their ${…} parts as text). */
function literals(text) {
  const out = [];
  const re = /`(?:\\[\s\S]|[^`\\])*`|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"/g;
  for (const m of text.matchAll(re)) out.push(m[0]);
  return out;
}

export function sqlOutsideRepositories() {
  const files = [];
  for (const abs of walk(SRC)) {
    const rel = path.relative(SRC, abs).split(path.sep).join('/');
    if (isExempt(rel) || /\.repository\.ts$/.test(rel) || /\.sql\.ts$/.test(rel)) continue;
    const text = readFileSync(abs, 'utf8').replace(/^\s*(\/\/|\*|\/\*).*$/gm, '');
    if (literals(text).some((l) => SQL.some((re) => re.test(l)))) files.push(rel);
  }
  return files.sort();
}

const ROLE_CHECK = [/\brequireRole\s*\(/, /\bisBackbone\s*\(/, /\bctx\.role\b/, /\bctx\.isAdmin\b/, /\bCommunicationAccess\b/, /\bassertOwnOrBackbone\b/];

/** Where access rules may be written: the one shape's home and the areas' rule files. */
const isAccessFile = (rel) => /^core\/access\//.test(rel) || /\.access\.ts$/.test(rel);

export function adHocAccessChecks() {
  const hits = [];
  for (const abs of walk(SRC)) {
    const rel = path.relative(SRC, abs).split(path.sep).join('/');
    if (isExempt(rel) || isAccessFile(rel)) continue;
    readFileSync(abs, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (/^\s*(\/\/|\*|\/\*)/.test(line)) return;
        if (ROLE_CHECK.some((re) => re.test(line))) hits.push(`${rel}:${i + 1}`);
      });
  }
  return hits;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sql = sqlOutsideRepositories();
  const access = adHocAccessChecks();
  const requireRoleSites = walk(SRC)
    .filter((f) => !/\.spec\.ts$/.test(f))
    .flatMap((f) => readFileSync(f, 'utf8').match(/\brequireRole\s*\(\s*ctx/g) ?? []).length;
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ sqlOutsideRepositories: sql, adHocAccessChecks: access, requireRoleSites }));
  } else {
    console.log(`non-repository files with SQL: ${sql.length}`);
    for (const f of sql) console.log(`  ${f}`);
    console.log(`ad-hoc access checks outside core/access and *.access.ts: ${access.length}`);
    for (const h of access) console.log(`  ${h}`);
    console.log(`requireRole(ctx, …) call sites: ${requireRoleSites}`);
  }
}
