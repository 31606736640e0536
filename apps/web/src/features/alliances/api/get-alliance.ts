import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { AllianceQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const AllianceDocument = graphql(`
  query Alliance($allianceId: ID!) {
    alliance(allianceId: $allianceId) {
      ...AllianceProfileFields
      lifecycle
      myRole
      myIsAdmin
      myMembershipId
      myOrganisation {
        id
        name
        kind
      }
    }
  }
`);

export type Alliance = AllianceQuery['alliance'];

export async function getAlliance(allianceId: string): Promise<Alliance> {
  return (await request(AllianceDocument, { allianceId })).alliance;
}

export const allianceQueryOptions = (allianceId: string) =>
  queryOptions({ queryKey: [...allianceKey(allianceId), 'detail'] as const, queryFn: () => getAlliance(allianceId) });

export function useAlliance(allianceId: string) {
  return useQuery(allianceQueryOptions(allianceId));
}
