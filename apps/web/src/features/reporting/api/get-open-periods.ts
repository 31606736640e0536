import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ReportingOpenPeriodsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { reportingKey } from './keys';

const ReportingOpenPeriodsDocument = graphql(`
  query ReportingOpenPeriods($allianceId: ID!) {
    reportingPeriods(allianceId: $allianceId, state: OPEN, page: { first: 100 }) {
      nodes {
        ...ReportingPeriodFields
      }
    }
  }
`);

export type ReportingPeriod = ReportingOpenPeriodsQuery['reportingPeriods']['nodes'][number];

export async function getOpenPeriods(allianceId: string): Promise<ReportingPeriod[]> {
  return (await request(ReportingOpenPeriodsDocument, { allianceId })).reportingPeriods.nodes;
}

export const openPeriodsQueryOptions = (allianceId: string) =>
  queryOptions({ queryKey: [...reportingKey(allianceId), 'open-periods'], queryFn: () => getOpenPeriods(allianceId) });

export function useOpenPeriods(allianceId: string) {
  return useQuery(openPeriodsQueryOptions(allianceId));
}
