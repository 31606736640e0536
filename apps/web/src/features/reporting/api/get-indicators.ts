import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ReportingIndicatorsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { reportingKey } from './keys';

const ReportingIndicatorsDocument = graphql(`
  query ReportingIndicators($allianceId: ID!) {
    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 100 }) {
      nodes {
        id
        code
        name
        ...IndicatorValueRules
        frequency
        dimensions {
          id
          name
          categories {
            id
            name
            position
          }
        }
      }
    }
  }
`);

export type ReportingIndicator = ReportingIndicatorsQuery['indicators']['nodes'][number];

export async function getReportingIndicators(allianceId: string): Promise<ReportingIndicator[]> {
  return (await request(ReportingIndicatorsDocument, { allianceId })).indicators.nodes;
}

export const reportingIndicatorsQueryOptions = (allianceId: string) =>
  queryOptions({ queryKey: [...reportingKey(allianceId), 'indicators'], queryFn: () => getReportingIndicators(allianceId) });

export function useReportingIndicators(allianceId: string) {
  return useQuery(reportingIndicatorsQueryOptions(allianceId));
}
