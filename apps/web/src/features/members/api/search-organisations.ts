import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { OrganisationSearchQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const OrganisationSearchDocument = graphql(`
  query OrganisationSearch($allianceId: ID!, $query: String!, $first: Int) {
    organisationSearch(allianceId: $allianceId, query: $query, first: $first) {
      id
      name
      city
      membershipState
    }
  }
`);

export type OrganisationMatch = OrganisationSearchQuery['organisationSearch'][number];

/** The API refuses shorter queries; the form does not ask before this many characters. */
export const MIN_SEARCH_LENGTH = 2;
const MATCHES = 8;

export async function searchOrganisations(allianceId: string, query: string): Promise<OrganisationMatch[]> {
  return (await request(OrganisationSearchDocument, { allianceId, query, first: MATCHES })).organisationSearch;
}

export const organisationSearchQueryKey = (allianceId: string, query: string) => [...allianceKey(allianceId), 'organisation-search', query] as const;

export const organisationSearchQueryOptions = (allianceId: string, query: string) =>
  queryOptions({ queryKey: organisationSearchQueryKey(allianceId, query), queryFn: () => searchOrganisations(allianceId, query), staleTime: 30_000 });

/** Backbone only. Searches once the (already debounced) query has enough characters. */
export function useOrganisationSearch(allianceId: string, query: string) {
  const trimmed = query.trim();
  return useQuery({
    ...organisationSearchQueryOptions(allianceId, trimmed),
    enabled: trimmed.length >= MIN_SEARCH_LENGTH,
    placeholderData: keepPreviousData,
  });
}
