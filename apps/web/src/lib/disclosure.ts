import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from './graphql-client';
import { allianceKey } from './query-keys';

/**
 * Small-number protection (issue 12): the alliance's threshold k and whether the caller's views
 * hide small numbers. Shared here because every feature that shows numbers marks hidden ones.
 */
const DisclosureSettingsDocument = graphql(`
  query DisclosureSettings($allianceId: ID!) {
    disclosureSettings(allianceId: $allianceId) {
      allianceId
      smallNumberThreshold
      appliesToMe
      version
    }
  }
`);

export const disclosureKey = (allianceId: string) => [...allianceKey(allianceId), 'disclosure'] as const;

export const disclosureQueryOptions = (allianceId: string) =>
  queryOptions({
    queryKey: disclosureKey(allianceId),
    queryFn: async () => (await request(DisclosureSettingsDocument, { allianceId })).disclosureSettings,
    staleTime: 5 * 60_000,
  });

export function useDisclosure(allianceId: string) {
  return useQuery(disclosureQueryOptions(allianceId));
}
