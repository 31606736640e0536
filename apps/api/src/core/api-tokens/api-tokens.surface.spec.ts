import {
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TestApp } from '../../test/test-app';
import { API_TOKEN_SURFACE } from './api-token-surface';

/** A value of the right type for every argument, so a call reaches execution (and the token check). */
function value(type: GraphQLInputType, allianceId: string, name: string, depth = 0): unknown {
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) return [value(t.ofType as GraphQLInputType, allianceId, name, depth + 1)];
  const named = getNamedType(t);
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named)) {
    const obj: Record<string, unknown> = {};
    for (const f of Object.values(named.getFields()))
      if (isNonNullType(f.type) || f.name === 'allianceId') obj[f.name] = value(f.type, allianceId, f.name, depth + 1);
    return obj;
  }
  if (!isScalarType(named)) return null;
  if (name === 'allianceId') return allianceId;
  return { ID: randomUUID(), Int: 1, Float: 1, Boolean: false, DateTime: new Date().toISOString() }[named.name as 'ID'] ?? 'x';
}

function selection(type: unknown, depth = 0): string {
  const named = getNamedType(type as any);
  if (!isObjectType(named)) return '';
  return depth > 1
    ? '{ __typename }'
    : `{ __typename ${Object.values(named.getFields())
        .filter((f) => !f.args.length)
        .slice(0, 3)
        .map((f) => `${f.name}${selection(f.type, depth + 1)}`)
        .join(' ')} }`;
}

/**
 * The surface of API tokens, from the schema: every query and mutation, called with a READ_ONLY
 * and a REPORTING token of the caller's own alliance. Operations on the role's list get past the
 * token check (they may still fail on the made-up ids); every other operation — account, login,
 * tokens, invitations, memberships, review, configuration, and any operation added later — is
 * refused as API_TOKEN_NOT_ALLOWED, and nothing changes.
 */
describe('API token surface', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start({ RATE_LIMIT_POINTS_PER_MINUTE: '100000000' })));
  afterAll(() => t.close());

  it("every operation off the role's list is refused before it runs; the listed ones get through", async () => {
    const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../../schema.graphql'), 'utf8'));
    const { allianceId, backbone, partner } = await t.allianceWithRoles('Oberflächenbündnis');
    const expiresOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const create = `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret } }`;
    const tokens = {
      READ_ONLY: (await t.ok(create, { i: { allianceId, name: 'Lesen', role: 'READ_ONLY', expiresOn } }, { token: backbone.token })).createApiToken.secret,
      REPORTING: (
        await t.ok(create, { i: { allianceId, name: 'Melden', role: 'REPORTING', membershipId: partner.membershipId, expiresOn } }, { token: backbone.token })
      ).createApiToken.secret,
    };
    const state = async () =>
      JSON.stringify(
        await t.sql(`SELECT (SELECT count(*) FROM audit_events) AS audit, (SELECT count(*) FROM sessions) AS sessions, (SELECT md5(string_agg(u::text, '' ORDER BY id)) FROM users u) AS users,
                            (SELECT md5(string_agg((x.id, x.revoked_at, x.expires_at, x.role, x.name)::text, '' ORDER BY id)) FROM api_tokens x) AS tokens, (SELECT count(*) FROM invitations) AS invitations, (SELECT count(*) FROM alliances) AS alliances`),
      );
    const before = await state();
    const ops: { kind: string; field: GraphQLField<unknown, unknown> }[] = [
      ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: 'query', field })),
      ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ kind: 'mutation', field })),
    ];
    // Everything listed exists (a renamed operation would silently drop out of the surface).
    const names = ops.map((o) => o.field.name);
    expect(
      Object.values(API_TOKEN_SURFACE)
        .flat()
        .filter((n) => !names.includes(n)),
    ).toEqual([]);
    const wrong: string[] = [];
    let refused = 0;
    for (const [role, secret] of Object.entries(tokens) as [keyof typeof API_TOKEN_SURFACE, string][]) {
      for (const { kind, field } of ops) {
        const args = field.args.filter((a) => isNonNullType(a.type) || a.name === 'allianceId');
        const defs = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
        const query = `${kind} S${defs ? `(${defs})` : ''} { ${field.name}${args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : ''} ${selection(field.type)} }`;
        const variables = Object.fromEntries(args.map((a) => [a.name, value(a.type, allianceId, a.name)]));
        const r = await t.gql(query, variables, { token: secret });
        const code = r.errors?.[0]?.extensions?.code;
        const listed = API_TOKEN_SURFACE[role].includes(field.name);
        if (listed && code === 'API_TOKEN_NOT_ALLOWED') wrong.push(`${role} ${field.name}: refused though listed`);
        if (!listed && code !== 'API_TOKEN_NOT_ALLOWED')
          wrong.push(`${role} ${field.name}: ${code ?? 'answered'} ${JSON.stringify(r.errors?.[0] ?? r.data).slice(0, 200)}`);
        if (!listed) refused++;
      }
    }
    expect(wrong).toEqual([]);
    // Both roles together refuse far more than they allow (the list is short on purpose).
    expect(refused).toBeGreaterThan(2 * ops.length - 30);
    expect(await state()).toEqual(before);
    // The answer is translated.
    const en = await t.gql(`{ me { id } }`, {}, { token: tokens.READ_ONLY, lang: 'en' });
    expect(en.errors?.[0].message).toBe('“me” is not possible with an API token. Sign in as a person for that.');
  });
});
