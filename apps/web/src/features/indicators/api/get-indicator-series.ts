import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { IndicatorSeriesQuery, SeriesBreakdown } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { indicatorsKey } from './get-indicators';

const IndicatorSeriesDocument = graphql(`
  query IndicatorSeries($allianceId: ID!, $indicatorIds: [ID!]!, $by: SeriesBreakdown!, $from: String!, $to: String!) {
    indicatorSeries(allianceId: $allianceId, indicatorIds: $indicatorIds, by: $by, from: $from, to: $to) {
      indicatorId
      key
      label
      periods
      actual
      target
      approvedReports
      expectedReports
      provisional
    }
  }
`);

export type Series = IndicatorSeriesQuery['indicatorSeries'][number];

/** The API answers at most this many indicators per request. */
const MAX_INDICATORS = 50;

export interface SeriesRequest {
  indicatorIds: string[];
  by: SeriesBreakdown;
  /** Period keys of any frequency, e.g. `2024` … `2026`. */
  from: string;
  to: string;
}

export async function getIndicatorSeries(allianceId: string, { indicatorIds, ...rest }: SeriesRequest): Promise<Series[]> {
  const chunks: string[][] = [];
  for (let i = 0; i < indicatorIds.length; i += MAX_INDICATORS) chunks.push(indicatorIds.slice(i, i + MAX_INDICATORS));
  const answers = await Promise.all(chunks.map((ids) => request(IndicatorSeriesDocument, { allianceId, indicatorIds: ids, ...rest })));
  return answers.flatMap((a) => a.indicatorSeries);
}

export const indicatorSeriesQueryOptions = (allianceId: string, args: SeriesRequest) =>
  queryOptions({
    queryKey: [...indicatorsKey(allianceId), 'series', args.by, args.from, args.to, args.indicatorIds],
    queryFn: () => getIndicatorSeries(allianceId, args),
    enabled: args.indicatorIds.length > 0,
  });

export function useIndicatorSeries(allianceId: string, args: SeriesRequest) {
  return useQuery(indicatorSeriesQueryOptions(allianceId, args));
}
