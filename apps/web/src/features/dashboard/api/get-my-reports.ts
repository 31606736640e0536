import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { MyOpenReportsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';
import { getOpenReportingPeriods, type OpenReportingPeriod } from './get-reporting-status';

const MyOpenReportsDocument = graphql(`
  query MyOpenReports($allianceId: ID!, $membershipId: ID!, $reportingPeriodId: ID!) {
    measurements(allianceId: $allianceId, filter: { membershipId: $membershipId, reportingPeriodId: $reportingPeriodId }, page: { first: 100 }) {
      nodes {
        id
        indicatorId
        status
      }
    }
  }
`);

const ReportableIndicatorsDocument = graphql(`
  query ReportableIndicators($allianceId: ID!) {
    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 100 }) {
      nodes {
        id
        frequency
      }
    }
  }
`);

export type MyMeasurement = MyOpenReportsQuery['measurements']['nodes'][number];

export interface MyPeriodReports {
  period: OpenReportingPeriod;
  /** Active indicators of the period's frequency: what the organisation is expected to report. */
  indicatorIds: string[];
  measurements: MyMeasurement[];
}

/** For each open period: what the caller's organisation should report and what it has so far. */
export async function getMyReports(allianceId: string, membershipId: string): Promise<MyPeriodReports[]> {
  const [periods, indicators] = await Promise.all([
    getOpenReportingPeriods(allianceId),
    request(ReportableIndicatorsDocument, { allianceId }).then((r) => r.indicators.nodes),
  ]);
  return Promise.all(
    periods.map(async (period) => ({
      period,
      indicatorIds: indicators.filter((i) => i.frequency === period.frequency).map((i) => i.id),
      measurements: (await request(MyOpenReportsDocument, { allianceId, membershipId, reportingPeriodId: period.id })).measurements.nodes,
    })),
  );
}

export const myReportsQueryOptions = (allianceId: string, membershipId: string) =>
  queryOptions({
    queryKey: [...allianceKey(allianceId), 'dashboard', 'my-reports', membershipId] as const,
    queryFn: () => getMyReports(allianceId, membershipId),
  });

export function useMyReports(allianceId: string, membershipId: string) {
  return useQuery(myReportsQueryOptions(allianceId, membershipId));
}
