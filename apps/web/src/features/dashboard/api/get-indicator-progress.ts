import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { DashboardIndicatorProgressQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

/** Indicators, their TOTAL lines and each period's completeness in ONE request (one statement in the API). */
const DashboardIndicatorProgressDocument = graphql(`
  query DashboardIndicatorProgress($allianceId: ID!, $from: String!, $to: String!) {
    indicatorProgress(allianceId: $allianceId, from: $from, to: $to) {
      id
      code
      name
      unit
      decimals
      direction
      frequency
      aggregation
      baseline
      periods
      actual
      target
      approvedReports
      expectedReports
      provisional
    }
  }
`);

export type DashboardIndicator = DashboardIndicatorProgressQuery['indicatorProgress'][number];

/** Every active indicator (ordered by code, name) with its approved roll-ups, targets and completeness over `from`…`to`. */
export async function getIndicatorProgress(allianceId: string, from: string, to: string): Promise<DashboardIndicator[]> {
  return (await request(DashboardIndicatorProgressDocument, { allianceId, from, to })).indicatorProgress;
}

/** The last three calendar years, so every frequency has enough periods for a line. */
export function seriesRange(today = new Date()): { from: string; to: string } {
  const year = today.getFullYear();
  return { from: String(year - 2), to: String(year) };
}

export const indicatorProgressQueryOptions = (allianceId: string, { from, to } = seriesRange()) =>
  queryOptions({
    queryKey: [...allianceKey(allianceId), 'dashboard', 'indicator-progress', from, to] as const,
    queryFn: () => getIndicatorProgress(allianceId, from, to),
  });

export function useIndicatorProgress(allianceId: string) {
  return useQuery(indicatorProgressQueryOptions(allianceId));
}
