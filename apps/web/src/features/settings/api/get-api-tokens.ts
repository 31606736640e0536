import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ApiTokensQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const ApiTokensDocument = graphql(`
  query ApiTokens($allianceId: ID!, $page: PageInput) {
    apiTokens(allianceId: $allianceId, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        name
        role
        membershipId
        memberName
        tokenPrefix
        createdByName
        createdAt
        expiresAt
        lastUsedAt
        revokedAt
      }
    }
  }
`);

export type ApiToken = ApiTokensQuery['apiTokens']['nodes'][number];

export const apiTokensKey = (allianceId: string) => [...allianceKey(allianceId), 'settings', 'api-tokens'] as const;

export async function getApiTokens(allianceId: string, after: string | null) {
  return (await request(ApiTokensDocument, { allianceId, page: { first: 25, after } })).apiTokens;
}

export const apiTokensQueryOptions = (allianceId: string) =>
  infiniteQueryOptions({
    queryKey: apiTokensKey(allianceId),
    queryFn: ({ pageParam }) => getApiTokens(allianceId, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? last.pageInfo.endCursor : undefined),
  });

/** The alliance's API tokens, newest first (revoked ones too), 25 at a time. */
export function useApiTokens(allianceId: string) {
  return useInfiniteQuery(apiTokensQueryOptions(allianceId));
}
