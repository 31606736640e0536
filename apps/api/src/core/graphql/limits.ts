import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { FragmentDefinitionNode, GraphQLError, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { AppConfig } from '../../config/app-config';
import type { GqlContext } from '../request-context';

/** Static limits checked before execution (depth, cost, aliases, directives, tokens). */
export function armor(config: AppConfig) {
  return new ApolloArmor({
    // A real explorer's introspection query nests `ofType` deeper than any operation needs;
    // where introspection is for logged-in integrators only, it is exempt from the depth limit.
    maxDepth: { n: 10, ignoreIntrospection: config.GRAPHQL_INTROSPECTION === 'authenticated', flattenFragments: true },
    costLimit: { maxCost: 6000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    // Armor's token check re-parses in a plugin hook, where a syntax error becomes a 500;
    // graphql-js enforces the same limit while parsing (see parseOptions in app.module.ts).
    maxTokens: { enabled: false },
    // Suggestions ("did you mean …") reveal the schema; keep them for developers only.
    blockFieldSuggestion: { enabled: config.isProduction },
  }).protect();
}

/**
 * What every operation costs before its fields: one transaction with its session and tenancy
 * bookkeeping. It bounds the number of requests, so a flood of tiny queries (`{ __typename }`)
 * is refused like a flood of wide ones.
 */
export const OPERATION_BASE_COST = 10;

/**
 * What an operation costs against the caller's budget: OPERATION_BASE_COST, then every selected
 * field counts 1, list-ish plural fields and mutations count 10 (they fan out or write).
 * Fragments are expanded once. The budget and the costs of the web app's own operations are
 * documented in docs/security.md ("Rate limit budget").
 */
export function operationCost(op: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): number {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, depth: number): number => {
    if (!set || depth > 20) return 0;
    let cost = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const plural = /s$/.test(s.name.value) && !!s.selectionSet;
        cost += (plural ? 10 : 1) + walk(s.selectionSet, depth + 1);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        cost += walk(s.selectionSet, depth + 1);
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        cost += walk(fragments[s.name.value]?.selectionSet, depth + 1);
      }
    }
    return cost;
  };
  const fields = walk(op.selectionSet, 0);
  return OPERATION_BASE_COST + (op.operation === 'mutation' ? fields + 10 * op.selectionSet.selections.length : fields);
}

/**
 * A per-caller budget of cost points per minute (user id when logged in, else address).
 * In memory: one API instance enforces its own budget; behind several instances, use
 * rate-limiter-flexible's PostgreSQL or Redis store instead (same interface).
 */
export function costRateLimitPlugin(pointsPerMinute: number): ApolloServerPlugin<GqlContext> {
  const limiter = new RateLimiterMemory({ points: pointsPerMinute, duration: 60 });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
          );
          const cost = operationCost(operation, fragments);
          const key = contextValue.req.auth ? `u:${contextValue.req.auth.id}` : `ip:${contextValue.req.ip}`;
          try {
            await limiter.consume(key, cost);
          } catch (e) {
            const retry = e instanceof RateLimiterRes ? Math.ceil(e.msBeforeNext / 1000) : 60;
            contextValue.res.setHeader('Retry-After', String(retry));
            throw new GraphQLError('Too many requests', { extensions: { code: 'TOO_MANY_REQUESTS', http: { status: 429 }, retryAfterSeconds: retry } });
          }
        },
      };
    },
  };
}

/** Parser limit: documents beyond this many tokens are refused as syntax errors (HTTP 400). */
export const MAX_TOKENS = 4000;
