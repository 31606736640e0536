import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { DashboardActionItemsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const DashboardActionItemsDocument = graphql(`
  query DashboardActionItems($allianceId: ID!) {
    myActionItems(allianceId: $allianceId, page: { first: 5 }) {
      totalCount
      nodes {
        id
        title
        dueOn
        overdue
      }
    }
  }
`);

export type DashboardActionItems = DashboardActionItemsQuery['myActionItems'];

export async function getDashboardActionItems(allianceId: string): Promise<DashboardActionItems> {
  return (await request(DashboardActionItemsDocument, { allianceId })).myActionItems;
}

export const dashboardActionItemsQueryOptions = (allianceId: string) =>
  queryOptions({ queryKey: [...allianceKey(allianceId), 'dashboard', 'my-action-items'] as const, queryFn: () => getDashboardActionItems(allianceId) });

export function useDashboardActionItems(allianceId: string) {
  return useQuery(dashboardActionItemsQueryOptions(allianceId));
}
