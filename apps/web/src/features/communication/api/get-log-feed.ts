import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { LogEntryFieldsFragment, LogFeedFilter } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { communicationKey } from './keys';

const LogFeedDocument = graphql(`
  query LogFeed($allianceId: ID!, $filter: LogFeedFilter, $page: PageInput) {
    logFeed(allianceId: $allianceId, filter: $filter, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...LogEntryFields
      }
    }
  }
`);

export type LogEntry = LogEntryFieldsFragment;
export type { LogFeedFilter };

export const LOG_PAGE_SIZE = 25;

export async function getLogFeed(allianceId: string, filter: LogFeedFilter, after: string | null) {
  return (await request(LogFeedDocument, { allianceId, filter, page: { first: LOG_PAGE_SIZE, after } })).logFeed;
}

export const logFeedQueryOptions = (allianceId: string, filter: LogFeedFilter) =>
  infiniteQueryOptions({
    queryKey: [...communicationKey(allianceId), 'feed', filter] as const,
    queryFn: ({ pageParam }) => getLogFeed(allianceId, filter, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? last.pageInfo.endCursor : undefined),
  });

/** The timeline, newest first, filtered on the server, one page of 25 at a time. */
export function useLogFeed(allianceId: string, filter: LogFeedFilter) {
  return useInfiniteQuery(logFeedQueryOptions(allianceId, filter));
}
