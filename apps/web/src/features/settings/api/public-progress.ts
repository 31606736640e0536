import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const PublicProgressSettingsDocument = graphql(`
  query PublicProgressSettings($allianceId: ID!) {
    publicProgressSettings(allianceId: $allianceId) {
      allianceId
      published
      slug
      goalIds
      indicatorIds
      version
    }
    goals(allianceId: $allianceId) {
      id
      title
      depth
    }
    indicators(allianceId: $allianceId, page: { first: 100 }) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

const UpdatePublicProgressDocument = graphql(`
  mutation UpdatePublicProgress($input: UpdatePublicProgressInput!) {
    updatePublicProgress(input: $input) {
      allianceId
      published
      slug
      goalIds
      indicatorIds
      version
    }
  }
`);

const key = (allianceId: string) => [...allianceKey(allianceId), 'public-progress'] as const;

/** The page's settings with the goals and indicators to choose from (the backbone's). */
export const publicProgressQuery = (allianceId: string) =>
  queryOptions({ queryKey: key(allianceId), queryFn: () => request(PublicProgressSettingsDocument, { allianceId }) });
export const usePublicProgressSettings = (allianceId: string) => useQuery(publicProgressQuery(allianceId));

export interface PublicProgressChanges {
  version: number;
  published: boolean;
  slug: string;
  goalIds: string[];
  indicatorIds: string[];
}

export function useUpdatePublicProgress(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (changes: PublicProgressChanges) =>
      (await request(UpdatePublicProgressDocument, { input: { allianceId, ...changes } })).updatePublicProgress,
    onSettled: () => client.invalidateQueries({ queryKey: key(allianceId) }),
  });
}
