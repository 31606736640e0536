import { useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const PortalRightsDocument = graphql(`
  query PortalRights($allianceId: ID!) {
    portalRights(allianceId: $allianceId) {
      editor
      manager
    }
  }
`);

/**
 * Whether the caller edits the portal (queue, freshness, planning: the backbone or an appointed
 * editor) and manages it (settings: the backbone): the API's own rules, for the navigation. Not
 * for providers (no workspace).
 */
export const usePortalRights = (allianceId: string, enabled = true) =>
  useQuery({
    queryKey: [...allianceKey(allianceId), 'portal', 'rights'],
    queryFn: async () => (await request(PortalRightsDocument, { allianceId })).portalRights,
    enabled,
    staleTime: 5 * 60_000,
  });
