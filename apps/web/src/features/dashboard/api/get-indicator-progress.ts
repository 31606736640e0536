import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { DashboardIndicatorsQuery, DashboardSeriesQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const DashboardIndicatorsDocument = graphql(`
  query DashboardIndicators($allianceId: ID!) {
    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 50 }) {
      nodes {
        id
        code
        name
        unit
        decimals
        direction
        frequency
        aggregation
      }
    }
  }
`);

const DashboardSeriesDocument = graphql(`
  query DashboardSeries($allianceId: ID!, $indicatorIds: [ID!]!, $from: String!, $to: String!) {
    indicatorSeries(allianceId: $allianceId, indicatorIds: $indicatorIds, from: $from, to: $to, by: TOTAL) {
      indicatorId
      periods
      actual
      target
    }
  }
`);

export type DashboardIndicator = DashboardIndicatorsQuery['indicators']['nodes'][number];
export type DashboardSeries = DashboardSeriesQuery['indicatorSeries'][number];

export interface IndicatorsWithSeries {
  indicators: DashboardIndicator[];
  series: DashboardSeries[];
}

/** The TOTAL line (approved roll-ups and targets) of every active indicator over `from`…`to`. */
export async function getIndicatorProgress(allianceId: string, from: string, to: string): Promise<IndicatorsWithSeries> {
  const indicators = (await request(DashboardIndicatorsDocument, { allianceId })).indicators.nodes;
  if (indicators.length === 0) return { indicators, series: [] };
  const series = (await request(DashboardSeriesDocument, { allianceId, indicatorIds: indicators.map((i) => i.id), from, to })).indicatorSeries;
  return { indicators, series };
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
