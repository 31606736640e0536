import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ReportingFrequency, ReportingPeriodListQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const ReportingPeriodListDocument = graphql(`
  query ReportingPeriodList($allianceId: ID!, $page: PageInput!) {
    reportingPeriods(allianceId: $allianceId, page: $page) {
      totalCount
      nodes {
        ...ReportingPeriodFields
        closedAt
        counts {
          expected
          approved
        }
      }
    }
  }
`);

const OpenReportingPeriodDocument = graphql(`
  mutation OpenReportingPeriod($input: OpenReportingPeriodInput!) {
    openReportingPeriod(input: $input) {
      id
      periodKey
      state
      version
    }
  }
`);

const CloseReportingPeriodDocument = graphql(`
  mutation CloseReportingPeriod($input: CloseReportingPeriodInput!) {
    closeReportingPeriod(input: $input) {
      id
      state
      version
    }
  }
`);

export type ReportingPeriod = ReportingPeriodListQuery['reportingPeriods']['nodes'][number];

/** The newest 100 periods: monthly, quarterly and yearly ones of several years. */
const PAGE_SIZE = 100;

export async function getReportingPeriods(allianceId: string) {
  return (await request(ReportingPeriodListDocument, { allianceId, page: { first: PAGE_SIZE } })).reportingPeriods;
}

export const reportingPeriodsKey = (allianceId: string) => [...allianceKey(allianceId), 'reporting-periods'] as const;

export const reportingPeriodsQueryOptions = (allianceId: string) =>
  queryOptions({ queryKey: [...reportingPeriodsKey(allianceId), 'admin'], queryFn: () => getReportingPeriods(allianceId) });

export function useReportingPeriods(allianceId: string) {
  return useQuery(reportingPeriodsQueryOptions(allianceId));
}

export interface OpenPeriodVariables {
  frequency: ReportingFrequency;
  periodKey: string;
  dueOn: string | null;
}

export async function openReportingPeriod(allianceId: string, input: OpenPeriodVariables) {
  return (await request(OpenReportingPeriodDocument, { input: { allianceId, ...input } })).openReportingPeriod;
}

export async function closeReportingPeriod(allianceId: string, input: { reportingPeriodId: string; version: number }) {
  return (await request(CloseReportingPeriodDocument, { input: { allianceId, ...input } })).closeReportingPeriod;
}

/*
 * Opening or closing a period changes more than this list: what members can report, the
 * completeness figures and the dashboard. Those belong to other areas, so the whole alliance's
 * data is refreshed rather than guessing their keys.
 */
export function useOpenReportingPeriod(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (variables: OpenPeriodVariables) => openReportingPeriod(allianceId, variables),
    onSuccess: () => void client.invalidateQueries({ queryKey: allianceKey(allianceId) }),
  });
}

export function useCloseReportingPeriod(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (variables: { reportingPeriodId: string; version: number }) => closeReportingPeriod(allianceId, variables),
    onSuccess: () => void client.invalidateQueries({ queryKey: allianceKey(allianceId) }),
  });
}
