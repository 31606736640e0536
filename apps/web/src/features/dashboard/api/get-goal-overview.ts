import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { DashboardGoalsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const DashboardGoalsDocument = graphql(`
  query DashboardGoals($allianceId: ID!) {
    goals(allianceId: $allianceId) {
      id
      depth
      status
    }
  }
`);

export type DashboardGoal = DashboardGoalsQuery['goals'][number];

export async function getGoalOverview(allianceId: string): Promise<DashboardGoal[]> {
  return (await request(DashboardGoalsDocument, { allianceId })).goals;
}

export const goalOverviewQueryOptions = (allianceId: string) =>
  queryOptions({ queryKey: [...allianceKey(allianceId), 'dashboard', 'goals'] as const, queryFn: () => getGoalOverview(allianceId) });

export function useGoalOverview(allianceId: string) {
  return useQuery(goalOverviewQueryOptions(allianceId));
}
