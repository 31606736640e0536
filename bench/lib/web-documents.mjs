import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './db.mjs';

/**
 * The GraphQL documents exactly as the web app sends them: read from apps/web's source (the
 * `graphql(`…`)` blocks), with the fragments they spread appended. One place: when the web app
 * changes a query, the bench follows.
 */
const WEB = path.join(ROOT, 'apps/web/src');

function files(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return f === 'gql' || f === 'node_modules' ? [] : files(p);
    return /\.tsx?$/.test(f) && !/\.(spec|test)\./.test(f) ? [p] : [];
  });
}

let cache;
function blocks() {
  if (cache) return cache;
  cache = [];
  for (const f of files(WEB)) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/graphql\(\s*`([\s\S]*?)`\s*\)/g)) cache.push({ file: path.relative(ROOT, f), doc: m[1] });
  }
  return cache;
}

function fragment(name) {
  const b = blocks().find((x) => new RegExp(`fragment\\s+${name}\\s+on\\b`).test(x.doc));
  if (!b) throw new Error(`fragment ${name} not found in apps/web/src`);
  return b.doc;
}

/** The operation named `name` (query or mutation) with every fragment it needs; null if the web app has none. */
export function webOperation(name) {
  const b = blocks().find((x) => new RegExp(`(query|mutation)\\s+${name}\\b`).test(x.doc));
  if (!b) return null;
  const docs = [b.doc];
  const seen = new Set();
  for (let i = 0; i < docs.length; i++) {
    for (const m of docs[i].matchAll(/\.\.\.(\w+)/g)) {
      if (seen.has(m[1])) continue;
      seen.add(m[1]);
      docs.push(fragment(m[1]));
    }
  }
  return { query: docs.join('\n'), file: b.file };
}

/** Whether the API schema (apps/api/schema.graphql) has a Query field. */
export function schemaHasQuery(field) {
  const schema = readFileSync(path.join(ROOT, 'apps/api/schema.graphql'), 'utf8');
  const query = schema.match(/type Query \{([\s\S]*?)\n\}/)?.[1] ?? '';
  return new RegExp(`^\\s+${field}\\(`, 'm').test(query);
}

/** The web app's operation that selects Query field `field` (whatever it is named); null if none. */
export function webOperationUsing(field) {
  const b = blocks().find((x) => /^\s*(query|mutation)\s/.test(x.doc) && new RegExp(`\\b${field}\\(`).test(x.doc));
  return b ? webOperation(b.doc.match(/(query|mutation)\s+(\w+)/)[2]) : null;
}
