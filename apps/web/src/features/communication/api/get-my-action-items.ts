import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ActionItemFieldsFragment } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { communicationKey } from './keys';

const MyActionItemsDocument = graphql(`
  query MyActionItems($allianceId: ID!, $includeDone: Boolean!, $page: PageInput) {
    myActionItems(allianceId: $allianceId, includeDone: $includeDone, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...ActionItemFields
      }
    }
  }
`);

export type ActionItem = ActionItemFieldsFragment;

export async function getMyActionItems(allianceId: string, includeDone: boolean, after: string | null) {
  return (await request(MyActionItemsDocument, { allianceId, includeDone, page: { first: 50, after } })).myActionItems;
}

export const myActionItemsQueryOptions = (allianceId: string, includeDone: boolean) =>
  infiniteQueryOptions({
    queryKey: [...communicationKey(allianceId), 'my-action-items', includeDone] as const,
    queryFn: ({ pageParam }) => getMyActionItems(allianceId, includeDone, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? last.pageInfo.endCursor : undefined),
  });

/** The caller's organisation's (and personally assigned) action items: overdue first, then by due date. */
export function useMyActionItems(allianceId: string, includeDone: boolean) {
  return useInfiniteQuery(myActionItemsQueryOptions(allianceId, includeDone));
}
