import { randomUUID } from 'node:crypto';
import {
  getNamedType, getNullableType, GraphQLArgument, GraphQLField, GraphQLInputObjectType, GraphQLInputType, GraphQLSchema,
  isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType, buildSchema,
} from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TestApp } from './test-app';

/**
 * Schema-driven fuzzing: for every query and mutation, requests with malformed arguments
 * (wrong types, huge and odd unicode strings, negative/NaN/huge numbers, deep nesting,
 * SQL-looking text, unknown and foreign ids), plus malformed HTTP bodies. No response may be
 * a 5xx or an INTERNAL_SERVER_ERROR, none may leak a stack trace or SQL, and the server must
 * be healthy afterwards. New operations are covered automatically.
 */
const TOTAL = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const CONCURRENCY = 16;

let seed = 20261122;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

const deep = (n: number): unknown => (n === 0 ? 'x' : rand() < 0.5 ? [deep(n - 1)] : { a: deep(n - 1) });
const NASTY_STRINGS = [
  '', ' ', 'x'.repeat(100_000), '😀'.repeat(5000), '\u202Egnp.exe', 'a\u0000b', '\u0000', '\ud800', 'Ä'.repeat(300),
  "'; DROP TABLE users; --", '1 OR 1=1', "' UNION SELECT password_hash FROM users --", '$1', '%s%s%s', '${7*7}', '{{7*7}}',
  '<script>alert(1)</script>', '../../../etc/passwd', 'NaN', 'Infinity', '-1', '1e309', '2026-13-45', '31.12.2026', '0000-00-00',
  'null', 'undefined', 'true', '[]', '{}', 'nicht-eine-id', '00000000-0000-0000-0000-000000000000', '#zzzzzz',
  'data:text/html;base64,PHNjcmlwdD4=', 'x@', '@example.org', 'a'.repeat(321) + '@example.org',
];
const NASTY_NUMBERS = [-1, -2147483649, 2147483648, 1e308, -1e308, 0.1 + 0.2, 1e-320, 'NaN', 'Infinity', '12', '1.234,5', true, null];

function malformed(type: GraphQLInputType, ids: string[], depth = 0): unknown {
  const r = rand();
  if (r < 0.08) return deep(30 + Math.floor(rand() * 40));
  if (r < 0.14) return pick(NASTY_NUMBERS);
  if (r < 0.2) return pick(NASTY_STRINGS);
  if (r < 0.24) return null;
  if (r < 0.28) return [pick(NASTY_STRINGS), 1, {}];
  return plausible(type, ids, depth);
}

/** A value of the right shape with hostile contents, so requests get past type checks into resolvers. */
function plausible(type: GraphQLInputType, ids: string[], depth: number): unknown {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) {
    const n = Math.floor(rand() * (rand() < 0.05 ? 600 : 4));
    return Array.from({ length: n }, () => (rand() < 0.9 ? plausible(nullable.ofType as GraphQLInputType, ids, depth + 1) : malformed(nullable.ofType, ids, depth + 1)));
  }
  const named = getNamedType(nullable);
  if (isEnumType(named)) return rand() < 0.8 ? pick(named.getValues()).value : 'NOT_A_VALUE';
  if (isInputObjectType(named)) {
    if (depth > 4) return {};
    const obj: Record<string, unknown> = {};
    for (const f of Object.values((named as GraphQLInputObjectType).getFields())) {
      if (isNonNullType(f.type) || rand() < 0.6) obj[f.name] = rand() < 0.85 ? plausible(f.type, ids, depth + 1) : malformed(f.type, ids, depth + 1);
    }
    if (rand() < 0.05) obj.unknownField = 'x';
    return obj;
  }
  if (isScalarType(named)) {
    switch (named.name) {
      case 'ID':
        return rand() < 0.6 ? pick(ids) : rand() < 0.5 ? randomUUID() : pick(NASTY_STRINGS);
      case 'Int':
        return pick([0, 1, -1, 2147483647, -2147483648, 3, 100, 25]);
      case 'Float':
        return pick([0, -0.5, 1e300, -1e300, 123.456, 5e-324]);
      case 'Boolean':
        return rand() < 0.5;
      default:
        return rand() < 0.3 ? pick(['2026', '2026-Q1', '2026-03', '2026-05-01', 'Neuer Name', 'Ein Text', '#1a2b3c']) : pick(NASTY_STRINGS);
    }
  }
  return 'x';
}

function selection(field: GraphQLField<unknown, unknown>, depth = 0): string {
  const named = getNamedType(field.type);
  if (!isObjectType(named)) return '';
  if (depth > 2) return '{ __typename }';
  const scalars = Object.values(named.getFields()).filter((f) => !f.args.length);
  const parts = scalars.slice(0, 12).map((f) => `${f.name}${selection(f as GraphQLField<unknown, unknown>, depth + 1)}`);
  return `{ __typename ${parts.join(' ')} }`;
}

function operation(schema: GraphQLSchema, ids: string[]): { query: string; variables: Record<string, unknown> } {
  const kind = rand() < 0.5 ? 'query' : 'mutation';
  const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  const field = pick(Object.values(root.getFields()));
  const args: GraphQLArgument[] = [...field.args];
  const varDefs = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const argList = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const variables: Record<string, unknown> = {};
  // Half the operations are well-typed with hostile contents, so they get past GraphQL's
  // type checks into the resolvers and services; the other half break the types too.
  const typed = rand() < 0.5;
  for (const a of args) if (isNonNullType(a.type) || rand() < 0.7) variables[a.name] = typed ? plausible(a.type, ids, 0) : malformed(a.type, ids);
  const query = `${kind} Fuzz${varDefs ? `(${varDefs})` : ''} { ${field.name}${argList ? `(${argList})` : ''} ${selection(field)} }`;
  return { query, variables };
}

const RAW_BODIES: { body: string; type: string }[] = [
  { body: '{', type: 'application/json' },
  { body: 'null', type: 'application/json' },
  { body: '[]', type: 'application/json' },
  { body: '{"query": 42}', type: 'application/json' },
  { body: '{"query": "{ me { id } }", "variables": "nope"}', type: 'application/json' },
  { body: '{"query": "' + '{'.repeat(5000) + '"}', type: 'application/json' },
  { body: '{"query": "query { ' + 'a: me { id } '.repeat(2000) + '}"}', type: 'application/json' },
  { body: 'query=%7Bme%7Bid%7D%7D', type: 'application/x-www-form-urlencoded' },
  { body: '\u0000\u0001\u0002', type: 'application/json' },
  { body: '{"query": "mutation { logout }", "operationName": {"x": 1}}', type: 'application/json' },
  { body: '{"query": "{ __typename }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}', type: 'application/json' },
];

/** Row counts and a hash of every tenant table's rows of one alliance. */
async function fingerprint(t: TestApp, allianceId: string): Promise<Record<string, string>> {
  const tables = await t.sql(`SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'alliance_id' ORDER BY 1`);
  const out: Record<string, string> = {};
  for (const { table_name } of tables) {
    const [r] = await t.sql(`SELECT count(*) || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS h FROM ${table_name} x WHERE alliance_id = $1`, [allianceId]);
    out[table_name] = r.h;
  }
  return out;
}

/** Error messages legitimately quote the rejected input; what the fuzzer sent is not a leak. */
function scrub(text: string): string {
  let out = text;
  for (const n of NASTY_STRINGS) {
    if (n.length < 3) continue;
    const once = JSON.stringify(n).slice(1, -1);
    const twice = JSON.stringify(once).slice(1, -1);
    out = out.split(twice).join('').split(once).join('');
  }
  return out;
}

function internalMessages(text: string): string {
  try {
    const body = JSON.parse(text) as { errors?: { path?: string[]; extensions?: { code?: string } }[] };
    return JSON.stringify(body.errors?.filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR'));
  } catch {
    return text.slice(0, 300);
  }
}

const LEAK = /\bat [\w.<>]+ \(|\.ts:\d+|\.js:\d+|stacktrace|QueryFailedError|TypeORMError|syntax error at or near|relation "|violates .* constraint|invalid input syntax|\bSELECT\b.*\bFROM\b|\bINSERT INTO\b/i;

describe('fuzzing the whole schema', () => {
  let t: TestApp;
  beforeAll(
    async () =>
      (t = await TestApp.start({ RATE_LIMIT_POINTS_PER_MINUTE: '100000000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000000', LOGIN_MAX_FAILURES_PER_ADDRESS: '1000000' })),
  );
  afterAll(() => t.close());

  it(`survives ${TOTAL} malformed requests: no 5xx, no internal errors, no leaks`, async () => {
    const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8'));
    const { allianceId, backbone, partner, funder, observer } = await t.allianceWithRoles('Fuzzbündnis');
    const foreign = await t.allianceWithRoles('Fremdbündnis');
    const idRows = await t.sql(`SELECT id::text FROM memberships UNION ALL SELECT id::text FROM alliances UNION ALL SELECT id::text FROM invitations UNION ALL SELECT id::text FROM users LIMIT 200`);
    const ids = [allianceId, foreign.allianceId, ...idRows.map((r) => r.id)];
    // Nobody of the foreign alliance takes part: whatever happens to it would be a leak.
    const tokens = [backbone.token, partner.token, funder.token, observer.token, undefined];
    const before = await fingerprint(t, foreign.allianceId);

    const failures: string[] = [];
    const statuses: Record<number, number> = {};
    let sent = 0;
    const one = async (i: number) => {
      let res: Response;
      let requestText: string;
      const t0 = Date.now();
      if (i % 50 === 0) {
        const raw = RAW_BODIES[(i / 50) % RAW_BODIES.length];
        requestText = raw.body.slice(0, 200);
        res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': raw.type }, body: raw.body });
      } else {
        const op = operation(schema, ids);
        requestText = op.query.slice(0, 300);
        const token = pick(tokens);
        res = await fetch(`${t.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': pick(['de', 'en']), ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(op),
        });
      }
      sent++;
      if (process.env.FUZZ_DEBUG) console.log(`#${i} ${res.status} ${Date.now() - t0}ms ${requestText.slice(0, 80)}`);
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      const text = await res.text();
      if (res.status >= 500) failures.push(`${res.status} for ${requestText}: ${text.slice(0, 300)}`);
      else if (text.includes('"INTERNAL_SERVER_ERROR"')) failures.push(`internal error for ${requestText}: ${internalMessages(text)}`);
      else if (LEAK.test(scrub(text))) failures.push(`leak for ${requestText}: ${scrub(text).slice(0, 300)}`);
    };
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < TOTAL) await one(next++);
      }),
    );
    console.log(`fuzz: ${sent} requests sent; statuses ${JSON.stringify(statuses)}; ${failures.length} failures`);
    expect(failures.slice(0, 40)).toEqual([]);
    expect(sent).toBe(TOTAL);

    const ready = await fetch(`${t.url}/health/ready`);
    expect(ready.status).toBe(200);
    const fresh = await t.login(foreign.backbone.email);
    expect((await t.ok(`query($id: ID!) { alliance(allianceId: $id) { name } }`, { id: foreign.allianceId }, { token: fresh })).alliance.name).toBe('Fremdbündnis');
    // The other alliance is untouched by everything its non-members sent.
    expect(await fingerprint(t, foreign.allianceId)).toEqual(before);
  }, 300_000);
});
