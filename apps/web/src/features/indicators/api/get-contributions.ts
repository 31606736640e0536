import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { IndicatorContributionsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { indicatorsKey } from './get-indicators';

const IndicatorContributionsDocument = graphql(`
  query IndicatorContributions($allianceId: ID!, $indicatorId: ID!, $periodKey: String!) {
    contributions(allianceId: $allianceId, indicatorId: $indicatorId, periodKey: $periodKey) {
      measurementId
      membershipId
      organisationName
      reported
      overlapDeducted
      net
      shareOfTotal
      suppressed
    }
  }
`);

export type Contribution = IndicatorContributionsQuery['contributions'][number];

export async function getContributions(allianceId: string, indicatorId: string, periodKey: string): Promise<Contribution[]> {
  return (await request(IndicatorContributionsDocument, { allianceId, indicatorId, periodKey })).contributions;
}

export const contributionsQueryOptions = (allianceId: string, indicatorId: string, periodKey: string) =>
  queryOptions({
    queryKey: [...indicatorsKey(allianceId), 'contributions', indicatorId, periodKey],
    queryFn: () => getContributions(allianceId, indicatorId, periodKey),
    enabled: periodKey !== '',
  });

export function useContributions(allianceId: string, indicatorId: string, periodKey: string) {
  return useQuery(contributionsQueryOptions(allianceId, indicatorId, periodKey));
}
