import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { AllianceDistrictsQuery } from '@/gql/graphql';
import { request } from './graphql-client';
import { allianceKey } from './query-keys';

/**
 * The alliance's district list (issue 17): kept by the backbone in the settings, chosen from in
 * activities (and later offers and citizen reports). Shared here because two features use it.
 */
export const DistrictFieldsFragment = graphql(`
  fragment DistrictFields on District {
    id
    name
    version
    hasShape
    activityCount
  }
`);

const AllianceDistrictsDocument = graphql(`
  query AllianceDistricts($allianceId: ID!) {
    districts(allianceId: $allianceId) {
      ...DistrictFields
    }
  }
`);

export type District = AllianceDistrictsQuery['districts'][number];

export const districtsKey = (allianceId: string) => [...allianceKey(allianceId), 'districts'] as const;

export const districtsQueryOptions = (allianceId: string) =>
  queryOptions({ queryKey: districtsKey(allianceId), queryFn: async () => (await request(AllianceDistrictsDocument, { allianceId })).districts });

export function useDistricts(allianceId: string) {
  return useQuery(districtsQueryOptions(allianceId));
}
