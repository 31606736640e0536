// Turns the lower bound's statements (bench/sql/<scenario>.sql) into the SQL functions that the
// peer exposes. Plain Node (no dependencies): start.mjs (Node 20) and operations.mjs both use it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const SCHEMA = 'bench_peer';
export const DEFAULT_SQL_DIR = path.resolve(import.meta.dirname, '../../sql');

/** Header types (as bench writes them) → the SQL type of the function argument. */
const SQL_TYPES = new Set([
  'uuid',
  'uuid[]',
  'text',
  'text[]',
  'int',
  'int[]',
  'integer',
  'bigint',
  'numeric',
  'float8',
  'double precision',
  'date',
  'timestamptz',
  'json',
  'jsonb',
  'boolean',
  'bool',
]);

/** "indicator ids" → "indicator_ids", "asOf" → "as_of", "series-member" → "series_member"; "from" stays (quoted where used). */
const snake = (words) =>
  words
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
export const camel = (s) => s.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());

/**
 * `-- params: $1 alliance uuid, $2 from text (year, e.g. '2024'), $4 indicator ids uuid[]`
 * → [{ n: 1, name: 'alliance', type: 'uuid' }, …]. A parenthesised remark after the type is ignored.
 */
export function parseParams(sql) {
  const line = sql.split('\n').find((l) => /^--\s*params:/i.test(l.trim()));
  if (!line) return [];
  const text = line.replace(/^\s*--\s*params:\s*/i, '').replace(/\([^)]*\)/g, ' ');
  const params = [];
  for (const m of text.matchAll(/\$(\d+)\s+([^,$]+)/g)) {
    const words = m[2].trim().split(/\s+/);
    // The type is the last word (or the last two for "double precision").
    let type = words.pop().toLowerCase();
    if (type === 'precision' && words.at(-1)?.toLowerCase() === 'double') type = `${words.pop().toLowerCase()} ${type}`;
    if (!SQL_TYPES.has(type)) throw new Error(`params header: unknown type "${type}" for $${m[1]} in: ${line.trim()}`);
    params.push({ n: Number(m[1]), name: snake(words.join(' ')) || `p${m[1]}`, type });
  }
  params.sort((a, b) => a.n - b.n);
  params.forEach((p, i) => {
    if (p.n !== i + 1) throw new Error(`params header: $${i + 1} is missing in: ${line.trim()}`);
  });
  return params;
}

/** The statement without comment lines and without a trailing semicolon. */
export function statementOf(sql) {
  return sql
    .split('\n')
    .filter((l) => !/^\s*--/.test(l))
    .join('\n')
    .trim()
    .replace(/;\s*$/, '');
}

/** A statement that writes (bulk-submit) becomes a VOLATILE function, i.e. a GraphQL mutation. */
export const writes = (statement) => /\b(insert\s+into|update\s+\w+\s+set|delete\s+from)\b/i.test(statement);

/** Every scenario file of sqlDir, parsed. */
export function loadScenarios(sqlDir = DEFAULT_SQL_DIR) {
  return readdirSync(sqlDir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((file) => {
      const sql = readFileSync(path.join(sqlDir, file), 'utf8');
      const scenario = file.replace(/\.sql$/, '');
      const statement = statementOf(sql);
      return { scenario, fn: snake(scenario), params: parseParams(sql), statement, volatile: writes(statement) };
    });
}

const quoteIdent = (s) => `"${s.replace(/"/g, '""')}"`;

/**
 * CREATE FUNCTION for one scenario. The body is the statement as the lower bound runs it: SQL
 * functions may refer to their arguments as $1..$n, so nothing is rewritten that could change its
 * meaning or its plan. The arguments are named so that PostGraphile names the GraphQL arguments.
 * SECURITY INVOKER (the default): row-level security of gemeinwerk_app applies inside.
 */
export function createFunctionSql({ fn, params, statement, volatile }, { planCacheMode } = {}) {
  const args = params.map((p) => `${quoteIdent(p.name)} ${p.type}`).join(', ');
  const tag = '$bench_peer_body$';
  if (statement.includes(tag)) throw new Error(`${fn}: the statement contains ${tag}`);
  // PostgreSQL 18 caches the plans of SQL functions (custom plans for five calls, then maybe a
  // generic one); planCacheMode ('force_custom_plan') pins the lower bound's per-call planning.
  if (planCacheMode && !/^(auto|force_custom_plan|force_generic_plan)$/.test(planCacheMode)) throw new Error(`planCacheMode ${planCacheMode}?`);
  const set = planCacheMode ? ` SET plan_cache_mode = ${planCacheMode}` : '';
  return `CREATE FUNCTION ${SCHEMA}.${fn}(${args}) RETURNS json LANGUAGE sql ${volatile ? 'VOLATILE' : 'STABLE'}${set} AS ${tag}
${statement}
${tag}`;
}

/** What PostGraphile (amber preset, default inflection) calls the function's field. */
export const fieldName = (fn) => camel(fn);

/** GraphQL type of an argument, as PostGraphile maps the SQL type. */
export function graphqlType(sqlType) {
  const base = sqlType.replace(/\[\]$/, '');
  const scalar = {
    uuid: 'UUID',
    text: 'String',
    int: 'Int',
    integer: 'Int',
    bigint: 'BigInt',
    numeric: 'BigFloat',
    float8: 'Float',
    'double precision': 'Float',
    date: 'Date',
    timestamptz: 'Datetime',
    json: 'JSON',
    jsonb: 'JSON',
    boolean: 'Boolean',
    bool: 'Boolean',
  }[base];
  return sqlType.endsWith('[]') ? `[${scalar}]` : scalar;
}
