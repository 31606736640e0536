// The GraphQL operations the harness sends to the peer, one per bench/sql/<scenario>.sql, derived
// from the statement's `-- params:` header so that they follow the lower bound without edits.
//
//   operations[scenario] = { query, variables(ctx), extract(json), params(ctx) }
//
// variables(ctx): with ctx.params (the array the harness binds to the lower bound's $1..$n) the
// values are passed in the same order: the exact same inputs, nothing to keep in sync. Without it
// they are taken from ctx by the parameter's name (see fromContext).
// extract(json): the parsed HTTP response body → the scenario's result (the lower bound's `result`
// column), or throws on GraphQL errors.
import { DEFAULT_SQL_DIR, camel, fieldName, graphqlType, loadScenarios } from './functions.mjs';

/**
 * The GraphQL variable of a parameter. Alliance parameters get fixed names because the server
 * reads them to set the tenancy (app.alliance_id from `allianceId`, app.alliance_ids from `allianceIds`).
 */
function variableName(p) {
  if (/^alliance/.test(p.name) && p.type === 'uuid') return 'allianceId';
  if (/^alliance/.test(p.name) && p.type === 'uuid[]') return 'allianceIds';
  return camel(p.name);
}

/** A parameter's value from the ids the harness knows, when it does not pass ctx.params. */
function fromContext(p, ctx, scenario) {
  const v = variableName(p);
  const candidates =
    v === 'allianceId'
      ? [ctx.allianceId]
      : v === 'allianceIds'
        ? [ctx.allianceIds, ctx.funderAllianceIds]
        : /^indicator/.test(p.name)
          ? p.type.endsWith('[]')
            ? [ctx.indicatorIds]
            : [ctx.indicatorId, ctx.indicatorIds?.[0]]
          : /^user/.test(p.name)
            ? [ctx.userId]
            : /^membership/.test(p.name)
              ? [ctx.membershipId]
              : [ctx[v], ctx[p.name]];
  const value = candidates.find((c) => c !== undefined);
  if (value === undefined) throw new Error(`peer ${scenario}: ctx has no value for $${p.n} ${p.name} (pass ctx.${v} or ctx.params)`);
  return value;
}

/** GraphQL wants JSON arguments as values; the lower bound binds them as text or objects alike. */
function asGraphqlValue(p, value) {
  if ((p.type === 'json' || p.type === 'jsonb') && typeof value === 'string') return JSON.parse(value);
  if (value instanceof Date) return value.toISOString();
  return value;
}

export function operationFor(s) {
  const field = fieldName(s.fn);
  const opName = field[0].toUpperCase() + field.slice(1);
  const decls = s.params.map((p) => `$${variableName(p)}: ${graphqlType(p.type)}`).join(', ');
  const args = s.params.map((p) => `${camel(p.name)}: $${variableName(p)}`).join(', ');
  const sig = decls ? `(${decls})` : '';
  // A VOLATILE function is a mutation: input object, payload with the scalar result under `result`.
  const query = s.volatile
    ? `mutation ${opName}${sig} { ${field}(input: { ${args} }) { result } }`
    : `query ${opName}${sig} { ${field}${args ? `(${args})` : ''} }`;
  return {
    query,
    /** The positional values ($1..$n) for ctx: ctx.params itself, or taken from ctx by name. */
    params(ctx = {}) {
      const values = Array.isArray(ctx.params) ? ctx.params : s.params.map((p) => fromContext(p, ctx, s.scenario));
      if (values.length !== s.params.length) throw new Error(`peer ${s.scenario}: ${values.length} params for ${s.params.length}`);
      return values;
    },
    variables(ctx = {}) {
      const values = this.params(ctx);
      return Object.fromEntries(s.params.map((p, i) => [variableName(p), asGraphqlValue(p, values[i])]));
    },
    extract(json) {
      if (json?.errors?.length) throw new Error(`peer ${s.scenario}: ${json.errors.map((e) => e.message).join('; ')}`);
      const value = json?.data?.[field];
      if (value === undefined) throw new Error(`peer ${s.scenario}: no data.${field} in the response`);
      return s.volatile ? (value?.result ?? null) : value;
    },
  };
}

export function operationsFor(sqlDir = DEFAULT_SQL_DIR) {
  return Object.fromEntries(loadScenarios(sqlDir).map((s) => [s.scenario, operationFor(s)]));
}

/** The operations for bench/sql as it is (empty while that folder does not exist yet). */
let fallback = {};
try {
  fallback = operationsFor();
} catch (e) {
  if (e.code !== 'ENOENT') throw e;
}
export const operations = fallback;
export default operations;
