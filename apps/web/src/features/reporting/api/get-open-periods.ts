import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { OpenReportingPeriodsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { reportingKey } from './keys';

const OpenReportingPeriodsDocument = graphql(`
  query OpenReportingPeriods($allianceId: ID!) {
    reportingPeriods(allianceId: $allianceId, state: OPEN, page: { first: 100 }) {
      nodes {
        id
        periodKey
        frequency
        startsOn
        endsOn
        dueOn
        state
        version
      }
    }
  }
`);

export type ReportingPeriod = OpenReportingPeriodsQuery['reportingPeriods']['nodes'][number];

export async function getOpenPeriods(allianceId: string): Promise<ReportingPeriod[]> {
  return (await request(OpenReportingPeriodsDocument, { allianceId })).reportingPeriods.nodes;
}

export const openPeriodsQueryOptions = (allianceId: string) =>
  queryOptions({ queryKey: [...reportingKey(allianceId), 'open-periods'], queryFn: () => getOpenPeriods(allianceId) });

export function useOpenPeriods(allianceId: string) {
  return useQuery(openPeriodsQueryOptions(allianceId));
}
