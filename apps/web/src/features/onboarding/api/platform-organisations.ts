import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { PlatformOrganisationsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

const PlatformOrganisationsDocument = graphql(`
  query PlatformOrganisations($query: String!) {
    platformOrganisations(query: $query) {
      id
      name
      kind
      city
    }
  }
`);

export type PlatformOrganisation = PlatformOrganisationsQuery['platformOrganisations'][number];

/** Organisations on the platform, for the platform admin to appoint one as backbone (2+ characters). */
export function usePlatformOrganisations(query: string) {
  return useQuery({
    queryKey: ['platform', 'organisations', query],
    queryFn: async () => (await request(PlatformOrganisationsDocument, { query })).platformOrganisations,
    enabled: query.length >= 2,
    placeholderData: keepPreviousData,
  });
}
