import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { IndicatorListQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const IndicatorListDocument = graphql(`
  query IndicatorList($allianceId: ID!, $filter: IndicatorFilter, $page: PageInput!) {
    indicators(allianceId: $allianceId, filter: $filter, page: $page) {
      totalCount
      nodes {
        id
        code
        name
        unit
        direction
        aggregation
        frequency
        decimals
        baselineValue
        status
        version
        goals {
          id
          title
        }
      }
    }
  }
`);

export type IndicatorListItem = IndicatorListQuery['indicators']['nodes'][number];

/** Everything the list page needs; an alliance holds a handful to a few dozen indicators. */
const PAGE_SIZE = 100;

export async function getIndicators(allianceId: string, includeArchived: boolean): Promise<IndicatorListItem[]> {
  const filter = includeArchived ? undefined : { status: 'ACTIVE' as const };
  return (await request(IndicatorListDocument, { allianceId, filter, page: { first: PAGE_SIZE } })).indicators.nodes;
}

export const indicatorsKey = (allianceId: string) => [...allianceKey(allianceId), 'indicators'] as const;

export const indicatorListQueryOptions = (allianceId: string, includeArchived: boolean) =>
  queryOptions({
    queryKey: [...indicatorsKey(allianceId), 'list', includeArchived ? 'all' : 'active'],
    queryFn: () => getIndicators(allianceId, includeArchived),
  });

export function useIndicators(allianceId: string, includeArchived: boolean) {
  return useQuery(indicatorListQueryOptions(allianceId, includeArchived));
}
