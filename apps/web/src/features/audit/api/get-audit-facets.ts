import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { AuditFacetsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const AuditFacetsDocument = graphql(`
  query AuditFacets($allianceId: ID!) {
    auditFacets(allianceId: $allianceId) {
      actors {
        id
        name
      }
      actions
      entityTypes
    }
  }
`);

export type AuditFacets = AuditFacetsQuery['auditFacets'];

export async function getAuditFacets(allianceId: string): Promise<AuditFacets> {
  return (await request(AuditFacetsDocument, { allianceId })).auditFacets;
}

export const auditFacetsQueryOptions = (allianceId: string) =>
  queryOptions({ queryKey: [...allianceKey(allianceId), 'audit', 'facets'] as const, queryFn: () => getAuditFacets(allianceId) });

/** Who and what occurs in the trail: the choices of its filters. */
export function useAuditFacets(allianceId: string) {
  return useQuery(auditFacetsQueryOptions(allianceId));
}
