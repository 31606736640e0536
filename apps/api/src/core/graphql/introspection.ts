import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, Kind, visit } from 'graphql';
import type { GqlContext } from '../request-context';

/** Whether the document asks for the schema (`__schema`, `__type`; `__typename` is ordinary). */
export function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.FIELD](node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

/**
 * GRAPHQL_INTROSPECTION=authenticated: a schema explorer for integrators, but only for
 * logged-in callers. Anonymous introspection gets the same answer as with introspection off.
 */
export function authenticatedIntrospectionPlugin(): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (contextValue.req.auth || !asksForSchema(document)) return;
          throw new GraphQLError('GraphQL introspection is not allowed here: log in to explore the schema.', {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
          });
        },
      };
    },
  };
}
