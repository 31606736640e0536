import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { AgendaGoalsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const AgendaGoalsDocument = graphql(`
  query AgendaGoals($allianceId: ID!) {
    goals(allianceId: $allianceId) {
      id
      parentId
      depth
      position
      title
      description
      status
      periodStart
      periodEnd
      ownerMembershipId
      ownerOrganisation {
        id
        name
      }
      indicatorCount
      runningActivityCount
      version
    }
  }
`);

export type Goal = AgendaGoalsQuery['goals'][number];

export async function getGoals(allianceId: string): Promise<Goal[]> {
  return (await request(AgendaGoalsDocument, { allianceId })).goals;
}

/** Goals are read by several areas (indicators, activities); they share this key. */
export const goalsQueryKey = (allianceId: string) => [...allianceKey(allianceId), 'goals'] as const;

export const goalsQueryOptions = (allianceId: string) => queryOptions({ queryKey: goalsQueryKey(allianceId), queryFn: () => getGoals(allianceId) });

export function useGoals(allianceId: string) {
  return useQuery(goalsQueryOptions(allianceId));
}
