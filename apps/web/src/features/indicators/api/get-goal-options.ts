import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { IndicatorGoalOptionsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { indicatorsKey } from './get-indicators';

const IndicatorGoalOptionsDocument = graphql(`
  query IndicatorGoalOptions($allianceId: ID!) {
    goals(allianceId: $allianceId) {
      id
      title
      depth
      status
    }
  }
`);

export type GoalOption = IndicatorGoalOptionsQuery['goals'][number];

/** The goal tree in tree order, for grouping the list and for linking an indicator to goals. */
export async function getGoalOptions(allianceId: string): Promise<GoalOption[]> {
  return (await request(IndicatorGoalOptionsDocument, { allianceId })).goals;
}

export const goalOptionsQueryOptions = (allianceId: string) =>
  queryOptions({ queryKey: [...indicatorsKey(allianceId), 'goals'], queryFn: () => getGoalOptions(allianceId) });

export function useGoalOptions(allianceId: string) {
  return useQuery(goalOptionsQueryOptions(allianceId));
}
