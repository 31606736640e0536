import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  getNullableType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  buildSchema,
} from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CURSORS } from '../core/graphql/cursors';
import { deriveCursorKey, signCursor } from '../core/graphql/pagination';
import { createIndicator, openPeriod } from '../modules/measurements/measurements.fixtures';
import { TestApp } from './test-app';

/**
 * Schema-driven fuzzing: for every query and mutation, requests with malformed arguments
 * (wrong types, huge and odd unicode strings, negative/NaN/huge numbers, deep nesting,
 * SQL-looking text, unknown and foreign ids), plus malformed HTTP bodies. It knows the shapes
 * arguments take: cursors (real ones replayed elsewhere, decoded and re-encoded with wrong types
 * and counts, unsigned or signed with the server's key), dates and period keys at and beyond
 * the years 1900–2200, date-times up to JavaScript's limits, lists of 10,000 entries. No
 * response may be a 5xx or an INTERNAL_SERVER_ERROR, none may leak a stack trace or SQL, the
 * server must be healthy afterwards and the other alliance unchanged. New operations are
 * covered automatically.
 */
const TOTAL = Number(process.env.FUZZ_REQUESTS ?? 20_000);
const CONCURRENCY = 24;
/** Known to the test, so that it can forge cursors a leaked key would allow. */
const CURSOR_SECRET = 'fuzz-cursor-secret-'.repeat(3);
const cursorKey = deriveCursorKey(CURSOR_SECRET)!;

// mulberry32: a full 32-bit generator. The earlier `(seed * 1103515245 + 12345) & 0x7fffffff`
// multiplied beyond 2^53 in floating point and fell into a short cycle: of 20,000 requests, the
// same malformed input came back dozens of times (e.g. 47 identical `login` bodies).
let seed = 20261122;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

const deep = (n: number): unknown => (n === 0 ? 'x' : rand() < 0.5 ? [deep(n - 1)] : { a: deep(n - 1) });
const NASTY_STRINGS = [
  '',
  ' ',
  'x'.repeat(100_000),
  '😀'.repeat(5000),
  '\u202Egnp.exe',
  'a\u0000b',
  '\u0000',
  '\ud800',
  'Ä'.repeat(300),
  "'; DROP TABLE users; --",
  '1 OR 1=1',
  "' UNION SELECT password_hash FROM users --",
  '$1',
  '%s%s%s',
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '2026-13-45',
  '31.12.2026',
  '0000-00-00',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  'nicht-eine-id',
  '00000000-0000-0000-0000-000000000000',
  '#zzzzzz',
  'data:text/html;base64,PHNjcmlwdD4=',
  'x@',
  '@example.org',
  'a'.repeat(321) + '@example.org',
];
const NASTY_NUMBERS = [-1, -2147483649, 2147483648, 1e308, -1e308, 0.1 + 0.2, 1e-320, 'NaN', 'Infinity', '12', '1.234,5', true, null];

const DATES = [
  '0000-01-01',
  '0001-01-01',
  '1899-12-31',
  '1900-01-01',
  '2026-02-29',
  '2024-02-29',
  '2200-12-31',
  '2201-01-01',
  '9999-12-31',
  '+275760-09-13',
  '-000001-01-01',
  '2026-05-01',
  '2026-12-31',
  'infinity',
  '2026-1-1',
];
const PERIOD_KEYS = [
  '0000',
  '0001',
  '1899',
  '1900',
  '9999',
  '9999-12',
  '0000-Q1',
  '2026-Q0',
  '2026-Q5',
  '2026-00',
  '2026-13',
  '2200-Q4',
  '2201',
  '2026',
  '2026-Q1',
  '2026-03',
  '2025-Q4',
];
const DATE_TIMES = [
  '+275760-09-13T00:00:00Z',
  '-271821-04-20T00:00:00Z',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '1899-12-31T23:59:59Z',
  '2201-01-01T00:00:00Z',
  '2030-01-01T00:00:00Z',
  '2026-13-01T00:00:00Z',
  '2026-12-24T18:00:00+01:00',
  'gestern',
];
const CURSOR_VALUES = (): unknown[] => [
  'x',
  'y',
  1,
  -1,
  1e21,
  true,
  false,
  null,
  {},
  [],
  '2026-01-01',
  'infinity',
  '0000-01-01',
  '1e21',
  '2026-01-01 10:00:00+00',
  'x'.repeat(5000),
  randomUUID(),
  "' OR 1=1 --",
];
const CONNECTIONS = Object.values(CURSORS).map((c) => c.name);

/** endCursors the server handed out, replayed on other connections and other alliances. */
const harvested: string[] = [];

/** A cursor of one of many broken kinds; now and then a well-formed one. */
function cursor(): string {
  const r = rand();
  const tuple = () => Array.from({ length: Math.floor(rand() * 6) }, () => pick(CURSOR_VALUES()));
  if (r < 0.15 && harvested.length) return pick(harvested);
  if (r < 0.35) return Buffer.from(JSON.stringify(tuple())).toString('base64url'); // unsigned, as before signing
  if (r < 0.6) return signCursor(cursorKey, pick(CONNECTIONS), tuple()); // a leaked key: the shape check must hold
  if (r < 0.7) {
    const spec = pick(Object.values(CURSORS));
    const good = spec.parts.map(
      (p) => ({ uuid: randomUUID(), date: '2026-01-01', timestamp: '2026-01-01 10:00:00.123+00', text: 'Ä', bool: true, micros: '1790000000000000' })[p],
    );
    return signCursor(cursorKey, spec.name, good);
  }
  if (r < 0.8) return 'WyJ4IiwieSJd';
  if (r < 0.9) return `${Buffer.from('["x","y"]').toString('base64url')}.${'A'.repeat(32)}`;
  return pick(NASTY_STRINGS);
}

/** A value for a String argument chosen by its name: cursors, dates and period keys get their own nasties. */
function stringFor(name: string): string {
  if (name === 'after') return cursor();
  if (/periodKey|Period$|^from$|^to$/.test(name) && rand() < 0.7) return pick(rand() < 0.5 ? PERIOD_KEYS : DATES);
  if (/On$|asOf|Start$|End$|^from$|^to$/.test(name) && rand() < 0.7) return pick(DATES);
  return rand() < 0.3 ? pick(['2026', '2026-Q1', '2026-03', '2026-05-01', 'Neuer Name', 'Ein Text', '#1a2b3c']) : pick(NASTY_STRINGS);
}

function malformed(type: GraphQLInputType, ids: string[], depth = 0, name = ''): unknown {
  const r = rand();
  if (r < 0.08) return deep(30 + Math.floor(rand() * 40));
  if (r < 0.14) return pick(NASTY_NUMBERS);
  if (r < 0.2) return pick(NASTY_STRINGS);
  if (r < 0.24) return null;
  if (r < 0.28) return [pick(NASTY_STRINGS), 1, {}];
  return plausible(type, ids, depth, name);
}

/** A value of the right shape with hostile contents, so requests get past type checks into resolvers. */
function plausible(type: GraphQLInputType, ids: string[], depth: number, name = ''): unknown {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) {
    const item = nullable.ofType as GraphQLInputType;
    // Huge lists of one repeated value: the length limit must refuse them, not deduplication.
    if (rand() < 0.02 && depth < 2)
      return Array.from({ length: 10_000 }, () => (isScalarType(getNamedType(item)) && getNamedType(item).name === 'ID' ? pick(ids) : 'Gruppe'));
    const n = Math.floor(rand() * (rand() < 0.05 ? 600 : 4));
    return Array.from({ length: n }, () => (rand() < 0.9 ? plausible(item, ids, depth + 1, name) : malformed(item, ids, depth + 1, name)));
  }
  const named = getNamedType(nullable);
  if (isEnumType(named)) return rand() < 0.8 ? pick(named.getValues()).value : 'NOT_A_VALUE';
  if (isInputObjectType(named)) {
    if (depth > 4) return {};
    const obj: Record<string, unknown> = {};
    for (const f of Object.values((named as GraphQLInputObjectType).getFields())) {
      if (isNonNullType(f.type) || rand() < 0.6)
        obj[f.name] = rand() < 0.85 ? plausible(f.type, ids, depth + 1, f.name) : malformed(f.type, ids, depth + 1, f.name);
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
      case 'DateTime':
        return rand() < 0.8 ? pick(DATE_TIMES) : pick(NASTY_STRINGS);
      default:
        return stringFor(name);
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
  // logout takes no arguments and would end a role's session: every later request of that
  // role would stop at UNAUTHENTICATED instead of reaching the resolvers.
  const field = pick(Object.values(root.getFields()).filter((f) => f.name !== 'logout'));
  const args: GraphQLArgument[] = [...field.args];
  const varDefs = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const argList = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const variables: Record<string, unknown> = {};
  // Half the operations are well-typed with hostile contents, so they get past GraphQL's
  // type checks into the resolvers and services; the other half break the types too.
  const typed = rand() < 0.5;
  for (const a of args)
    if (isNonNullType(a.type) || rand() < 0.7) variables[a.name] = typed ? plausible(a.type, ids, 0, a.name) : malformed(a.type, ids, 0, a.name);
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
    const [r] = await t.sql(
      `SELECT count(*) || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS h FROM ${table_name} x WHERE alliance_id = $1`,
      [allianceId],
    );
    out[table_name] = r.h;
  }
  return out;
}

/** Error messages legitimately quote the rejected input; what the fuzzer sent is not a leak. */
const ECHOES = NASTY_STRINGS.filter((n) => n.length >= 3).flatMap((n) => {
  const once = JSON.stringify(n).slice(1, -1);
  return [JSON.stringify(once).slice(1, -1), once];
});
function scrub(text: string): string {
  let out = text;
  for (const echo of ECHOES) if (out.includes(echo)) out = out.split(echo).join('');
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

const LEAK =
  /\bat [\w.<>]+ \(|\.ts:\d+|\.js:\d+|stacktrace|QueryFailedError|TypeORMError|syntax error at or near|relation "|violates .* constraint|invalid input syntax|\bSELECT\b.*\bFROM\b|\bINSERT INTO\b/i;

describe('fuzzing the whole schema', () => {
  let t: TestApp;
  beforeAll(
    async () =>
      (t = await TestApp.start({
        RATE_LIMIT_POINTS_PER_MINUTE: '100000000',
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000000',
        LOGIN_MAX_FAILURES_PER_ADDRESS: '1000000',
        CURSOR_SECRET,
      })),
  );
  afterAll(() => t.close());

  it('refuses the inputs the outside pass found, each as a translated VALIDATION_FAILED', async () => {
    const { allianceId, backbone, observer } = await t.allianceWithRoles('Fundstücke');
    const indicatorId = await createIndicator(t, allianceId, { frequency: 'YEARLY' });
    await openPeriod(t, backbone.token, allianceId, '2026', 'YEARLY');
    const before = await fingerprint(t, allianceId);
    const xy = 'WyJ4IiwieSJd'; // ["x","y"]
    const four = Buffer.from(JSON.stringify(['x', 'y', 'z', 'w'])).toString('base64url');
    const cases: [string, string, Record<string, unknown>, string][] = [
      [
        'measurements',
        `query($a: ID!, $p: PageInput!) { measurements(allianceId: $a, page: $p) { totalCount } }`,
        { a: allianceId, p: { first: 5, after: xy } },
        backbone.token,
      ],
      [
        'reviewQueue',
        `query($a: ID!, $p: PageInput!) { reviewQueue(allianceId: $a, page: $p) { totalCount } }`,
        { a: allianceId, p: { first: 5, after: xy } },
        backbone.token,
      ],
      [
        'reportingPeriods',
        `query($a: ID!, $p: PageInput!) { reportingPeriods(allianceId: $a, page: $p) { totalCount } }`,
        { a: allianceId, p: { first: 5, after: xy } },
        observer.token,
      ],
      [
        'indicators',
        `query($a: ID!, $p: PageInput!) { indicators(allianceId: $a, page: $p) { totalCount } }`,
        { a: allianceId, p: { first: 5, after: four } },
        observer.token,
      ],
      [
        'signed wrong shape',
        `query($a: ID!, $p: PageInput!) { measurements(allianceId: $a, page: $p) { totalCount } }`,
        { a: allianceId, p: { first: 5, after: signCursor(cursorKey, 'measurements', ['x', 'y']) } },
        backbone.token,
      ],
      ['activityMap', `query($a: ID!) { activityMap(allianceId: $a, asOf: "0000-01-01") { asOf } }`, { a: allianceId }, backbone.token],
      [
        'indicatorSeries',
        `query($a: ID!, $i: [ID!]!) { indicatorSeries(allianceId: $a, indicatorIds: $i, from: "0000", to: "2026") { key } }`,
        { a: allianceId, i: [indicatorId] },
        backbone.token,
      ],
      [
        'rollup',
        `query($a: ID!, $i: ID!) { rollup(allianceId: $a, indicatorId: $i, periodKey: "9999") { value } }`,
        { a: allianceId, i: indicatorId },
        backbone.token,
      ],
      [
        'setTarget',
        `mutation($i: SetTargetInput!) { setTarget(input: $i) { id } }`,
        { i: { allianceId, indicatorId, periodKey: '0000', value: 1 } },
        backbone.token,
      ],
      [
        'openReportingPeriod',
        `mutation($i: OpenReportingPeriodInput!) { openReportingPeriod(input: $i) { id } }`,
        { i: { allianceId, frequency: 'MONTHLY', periodKey: '9999-12' } },
        backbone.token,
      ],
      [
        'createProposal',
        `mutation($i: CreateProposalInput!) { createProposal(input: $i) { id } }`,
        { i: { allianceId, title: 'Weit weg', closesAt: '+275760-09-13T00:00:00Z' } },
        backbone.token,
      ],
      [
        'createActivity',
        `mutation($i: CreateActivityInput!) { createActivity(input: $i) { id } }`,
        { i: { allianceId, title: 'Viele Gruppen', targetGroups: Array.from({ length: 10_000 }, () => 'Jugendliche') } },
        backbone.token,
      ],
      [
        'createLogEntry',
        `mutation($i: CreateLogEntryInput!) { createLogEntry(input: $i) { id } }`,
        { i: { allianceId, type: 'DECISION', title: 'Alt', occurredOn: '0000-01-01' } },
        backbone.token,
      ],
      [
        'createGoal',
        `mutation($i: CreateGoalInput!) { createGoal(input: $i) { id } }`,
        { i: { allianceId, title: 'Fern', periodEnd: '9999-12-31' } },
        backbone.token,
      ],
    ];
    const outcomes = [];
    for (const [name, query, variables, token] of cases) {
      const r = await t.gql(query, variables, { token });
      outcomes.push([name, r.errors?.[0]?.extensions?.code, r.errors?.[0]?.message.startsWith('Bitte prüfen Sie Ihre Eingaben')]);
    }
    expect(outcomes).toEqual(cases.map(([name]) => [name, 'VALIDATION_FAILED', true]));
    expect(await fingerprint(t, allianceId)).toEqual(before);

    // Real cursors of this alliance, for the fuzzer to replay on other lists and alliances.
    const page = `query($a: ID!) { auditEvents(allianceId: $a, page: { first: 1 }) { pageInfo { endCursor } } reportingPeriods(allianceId: $a, page: { first: 1 }) { pageInfo { endCursor } } }`;
    const pages = await t.ok(page, { a: allianceId }, { token: backbone.token });
    harvested.push(pages.auditEvents.pageInfo.endCursor, pages.reportingPeriods.pageInfo.endCursor);
    expect(harvested.every(Boolean)).toBe(true);
  });

  it('the public progress page (GET /api/progress/:slug, no login) survives malformed addresses, languages and headers', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles('Fuzz-Fortschritt');
    await t.ok(
      `mutation($i: UpdatePublicProgressInput!) { updatePublicProgress(input: $i) { version } }`,
      { i: { allianceId, version: 0, published: true, slug: 'fuzz-fortschritt', goalIds: [], indicatorIds: [] } },
      { token: backbone.token },
    );
    // A lone surrogate has no UTF-8 form: send the bytes of one (invalid UTF-8) instead.
    const encode = (x: string) => {
      try {
        return encodeURIComponent(x);
      } catch {
        return '%ED%A0%80';
      }
    };
    const slugs = ['fuzz-fortschritt', 'FUZZ-FORTSCHRITT', ...NASTY_STRINGS.map((n) => n.slice(0, 2000))];
    const failures: string[] = [];
    const statuses: Record<number, number> = {};
    const requests = 600;
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < requests) {
          next++;
          const slug = pick(slugs);
          const lang = pick(['de', 'en', 'fr', '', ...NASTY_STRINGS.slice(0, 12)].map((l) => l.slice(0, 500)));
          const path = `/api/progress/${encode(slug)}${rand() < 0.7 ? `?lang=${encode(lang)}` : rand() < 0.5 ? '?lang=de&lang=en' : ''}`;
          const headers: Record<string, string> = {};
          if (rand() < 0.5) headers['accept-language'] = pick(['en', 'de-DE,de;q=0.9', '*', ';;;,,,', 'x'.repeat(4000), 'en;q=NaN']);
          if (rand() < 0.3) headers['if-none-match'] = pick(['*', '"x"', 'W/"y"', '""', ',,,', 'x'.repeat(4000)]);
          const res = await fetch(`${t.url}${path}`, { method: pick(['GET', 'GET', 'HEAD']), headers });
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          const text = await res.text();
          if (res.status >= 500) failures.push(`${res.status} for ${path.slice(0, 120)}: ${text.slice(0, 200)}`);
          else if (LEAK.test(text) && LEAK.test(scrub(text))) failures.push(`leak for ${path.slice(0, 120)}: ${scrub(text).slice(0, 200)}`);
        }
      }),
    );
    console.log(`progress page fuzz: ${requests} requests; statuses ${JSON.stringify(statuses)}; ${failures.length} failures`);
    expect(failures.slice(0, 20)).toEqual([]);
    expect(statuses[200]).toBeGreaterThan(0);
    expect(statuses[404]).toBeGreaterThan(0);
  }, 300_000);

  it(`survives ${TOTAL} malformed requests: no 5xx, no internal errors, no leaks`, async () => {
    const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8'));
    const { allianceId, backbone, partner, funder, observer } = await t.allianceWithRoles('Fuzzbündnis');
    const foreign = await t.allianceWithRoles('Fremdbündnis');
    const idRows = await t.sql(
      `SELECT id::text FROM memberships UNION ALL SELECT id::text FROM alliances UNION ALL SELECT id::text FROM invitations UNION ALL SELECT id::text FROM users LIMIT 200`,
    );
    const ids = [allianceId, foreign.allianceId, ...idRows.map((r) => r.id)];
    // Nobody of the foreign alliance takes part: whatever happens to it would be a leak.
    // …and integrations of the fuzz alliance with API tokens, read-only and reporting.
    const expiresOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const mkToken = async (i: Record<string, unknown>) =>
      (
        await t.ok(
          `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret } }`,
          { i: { allianceId, expiresOn, ...i } },
          { token: backbone.token },
        )
      ).createApiToken.secret as string;
    const apiTokens = [
      await mkToken({ name: 'Fuzz lesen', role: 'READ_ONLY' }),
      await mkToken({ name: 'Fuzz melden', role: 'REPORTING', membershipId: partner.membershipId }),
    ];
    const tokens = [backbone.token, partner.token, funder.token, observer.token, ...apiTokens, undefined];
    const before = await fingerprint(t, foreign.allianceId);

    const failures: string[] = [];
    const statuses: Record<number, number> = {};
    const codes: Record<string, number> = {};
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
      for (const m of text.matchAll(/"endCursor":"([^"]+)"/g)) if (harvested.length < 200) harvested.push(m[1]);
      for (const m of text.matchAll(/"code":"([A-Z_]+)"/g)) codes[m[1]] = (codes[m[1]] ?? 0) + 1;
      if (res.status >= 500) failures.push(`${res.status} for ${requestText}: ${text.slice(0, 300)}`);
      else if (text.includes('"INTERNAL_SERVER_ERROR"')) failures.push(`internal error for ${requestText}: ${internalMessages(text)}`);
      else if (LEAK.test(text) && LEAK.test(scrub(text))) failures.push(`leak for ${requestText}: ${scrub(text).slice(0, 300)}`);
    };
    const started = Date.now();
    const cpu = process.cpuUsage();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < TOTAL) await one(next++);
      }),
    );
    console.log(
      `fuzz: ${sent} requests in ${Math.round((Date.now() - started) / 1000)} s (${Math.round((process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1e6)} s CPU of this process); statuses ${JSON.stringify(statuses)}; error codes ${JSON.stringify(codes)}; ` +
        `${harvested.length} cursors harvested; ${failures.length} failures`,
    );
    expect(failures.slice(0, 40)).toEqual([]);
    expect(codes.INTERNAL_SERVER_ERROR ?? 0).toBe(0);
    expect(sent).toBe(TOTAL);

    const ready = await fetch(`${t.url}/health/ready`);
    expect(ready.status).toBe(200);
    const fresh = await t.login(foreign.backbone.email);
    expect((await t.ok(`query($id: ID!) { alliance(allianceId: $id) { name } }`, { id: foreign.allianceId }, { token: fresh })).alliance.name).toBe(
      'Fremdbündnis',
    );
    // The other alliance is untouched by everything its non-members sent.
    expect(await fingerprint(t, foreign.allianceId)).toEqual(before);
  }, 900_000);
});
