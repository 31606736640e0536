import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { IndicatorDetailQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { indicatorsKey } from './get-indicators';

const IndicatorDetailDocument = graphql(`
  query IndicatorDetail($allianceId: ID!, $indicatorId: ID!) {
    indicator(allianceId: $allianceId, indicatorId: $indicatorId) {
      id
      code
      name
      definition
      ...IndicatorValueRules
      direction
      frequency
      rbaKind
      collectionMethod
      fromParticipation
      baselineValue
      baselinePeriod
      status
      version
      goals {
        id
        title
      }
      dimensions {
        id
        name
      }
      targets {
        ...IndicatorTargetFields
      }
    }
  }
`);

export type IndicatorDetail = IndicatorDetailQuery['indicator'];
export type IndicatorTarget = IndicatorDetail['targets'][number];

export async function getIndicator(allianceId: string, indicatorId: string): Promise<IndicatorDetail> {
  return (await request(IndicatorDetailDocument, { allianceId, indicatorId })).indicator;
}

export const indicatorKey = (allianceId: string, indicatorId: string) => [...indicatorsKey(allianceId), 'detail', indicatorId] as const;

export const indicatorQueryOptions = (allianceId: string, indicatorId: string) =>
  queryOptions({ queryKey: indicatorKey(allianceId, indicatorId), queryFn: () => getIndicator(allianceId, indicatorId) });

export function useIndicator(allianceId: string, indicatorId: string) {
  return useQuery(indicatorQueryOptions(allianceId, indicatorId));
}
