import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ActivitiesQuery, ActivityFilter } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const ActivitiesDocument = graphql(`
  query Activities($allianceId: ID!, $filter: ActivityFilter, $page: PageInput) {
    activities(allianceId: $allianceId, filter: $filter, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        title
        status
        district
        place
        periodStart
        periodEnd
        targetGroups
        membershipId
        organisation {
          id
          name
        }
        goals {
          id
          title
        }
      }
    }
  }
`);

export type ActivityPage = ActivitiesQuery['activities'];
export type ActivityListItem = ActivityPage['nodes'][number];

export const ACTIVITIES_PAGE_SIZE = 20;

export async function getActivities(allianceId: string, filter: ActivityFilter, after: string | null): Promise<ActivityPage> {
  return (await request(ActivitiesDocument, { allianceId, filter, page: { first: ACTIVITIES_PAGE_SIZE, after } })).activities;
}

/** Every activity read of an alliance sits under this key, so one invalidation refreshes list, detail and map. */
export const activitiesKey = (allianceId: string) => [...allianceKey(allianceId), 'activities'] as const;

export const activitiesQueryOptions = (allianceId: string, filter: ActivityFilter, after: string | null) =>
  queryOptions({
    queryKey: [...activitiesKey(allianceId), 'list', filter, after] as const,
    queryFn: () => getActivities(allianceId, filter, after),
    placeholderData: keepPreviousData,
  });

export function useActivities(allianceId: string, filter: ActivityFilter, after: string | null, enabled = true) {
  return useQuery({ ...activitiesQueryOptions(allianceId, filter, after), enabled });
}
