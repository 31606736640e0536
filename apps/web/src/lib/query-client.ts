import { MutationCache, QueryCache, QueryClient, type Query } from '@tanstack/react-query';
import { isApiError } from './graphql-client';

/** The key of the logged-in user; `null` data means "logged out". Owned here so both auth and the caches agree. */
export const ME_QUERY_KEY = ['me'] as const;

/**
 * One client per app. A request that comes back UNAUTHENTICATED (session expired or ended
 * elsewhere) marks the user as logged out; the route guard then sends them to the login page
 * and back again afterwards.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onUnauthenticated(error) }),
    mutationCache: new MutationCache({ onError: (error) => onUnauthenticated(error) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          if (isApiError(error) && error.code !== 'NETWORK_ERROR' && error.code !== 'INTERNAL_SERVER_ERROR') return false;
          return failureCount < 2;
        },
      },
      mutations: { retry: false },
    },
  });

  function onUnauthenticated(error: unknown) {
    if (!isApiError(error, 'UNAUTHENTICATED')) return;
    if (client.getQueryData(ME_QUERY_KEY) === null) return;
    client.setQueryData(ME_QUERY_KEY, null);
    client.removeQueries({ predicate: (q: Query) => q.queryKey[0] !== ME_QUERY_KEY[0] });
  }

  return client;
}

/**
 * Tenant data lives under `['alliance', allianceId, …]`. When the user enters another alliance,
 * everything cached for the others is dropped so that no screen can show one alliance's rows
 * while working in another.
 */
export function forgetOtherAlliances(client: QueryClient, allianceId: string): void {
  client.removeQueries({ predicate: (q) => q.queryKey[0] === 'alliance' && q.queryKey[1] !== allianceId });
}
