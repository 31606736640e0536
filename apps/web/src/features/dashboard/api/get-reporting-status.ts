import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { OpenReportingPeriodsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const OpenReportingPeriodsDocument = graphql(`
  query OpenReportingPeriods($allianceId: ID!) {
    reportingPeriods(allianceId: $allianceId, state: OPEN, page: { first: 20 }) {
      nodes {
        id
        periodKey
        frequency
        dueOn
        state
        counts {
          expected
          approved
        }
      }
    }
  }
`);

export type OpenReportingPeriod = OpenReportingPeriodsQuery['reportingPeriods']['nodes'][number];

/** Open reporting periods with the counts every role may read (expected, approved). */
export async function getOpenReportingPeriods(allianceId: string): Promise<OpenReportingPeriod[]> {
  return (await request(OpenReportingPeriodsDocument, { allianceId })).reportingPeriods.nodes;
}

export const openReportingPeriodsQueryOptions = (allianceId: string) =>
  queryOptions({ queryKey: [...allianceKey(allianceId), 'dashboard', 'open-periods'] as const, queryFn: () => getOpenReportingPeriods(allianceId) });

export function useOpenReportingPeriods(allianceId: string) {
  return useQuery(openReportingPeriodsQueryOptions(allianceId));
}
