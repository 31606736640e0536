import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ReportingCompletenessQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { reportingPeriodsKey } from './reporting-periods';

const ReportingCompletenessDocument = graphql(`
  query ReportingCompleteness($allianceId: ID!, $reportingPeriodId: ID!) {
    reportingCompleteness(allianceId: $allianceId, reportingPeriodId: $reportingPeriodId) {
      reportingPeriod {
        id
        periodKey
        frequency
        state
        dueOn
      }
      expected
      submitted
      approved
      missing
      rows {
        indicatorId
        indicatorName
        membershipId
        organisationName
        status
      }
    }
  }
`);

export type ReportingCompleteness = ReportingCompletenessQuery['reportingCompleteness'];
export type CompletenessRow = ReportingCompleteness['rows'][number];

/** Who has reported what in one period (backbone only): one row per expected member × indicator. */
export async function getReportingCompleteness(allianceId: string, reportingPeriodId: string): Promise<ReportingCompleteness> {
  return (await request(ReportingCompletenessDocument, { allianceId, reportingPeriodId })).reportingCompleteness;
}

/*
 * Under the periods' key: opening or closing a period, and any report, refresh the whole alliance
 * (see reporting-periods.ts), so this never shows a stale matrix after a change.
 */
export const reportingCompletenessQueryOptions = (allianceId: string, reportingPeriodId: string) =>
  queryOptions({
    queryKey: [...reportingPeriodsKey(allianceId), 'completeness', reportingPeriodId],
    queryFn: () => getReportingCompleteness(allianceId, reportingPeriodId),
  });

export function useReportingCompleteness(allianceId: string, reportingPeriodId: string) {
  return useQuery(reportingCompletenessQueryOptions(allianceId, reportingPeriodId));
}
