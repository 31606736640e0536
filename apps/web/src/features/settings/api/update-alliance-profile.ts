import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { UpdateAllianceProfileInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey, myAlliancesKey } from '@/lib/query-keys';

const UpdateAllianceProfileDocument = graphql(`
  mutation UpdateAllianceProfile($input: UpdateAllianceProfileInput!) {
    updateAllianceProfile(input: $input) {
      ...AllianceProfileFields
    }
  }
`);

export type ProfileChanges = Omit<UpdateAllianceProfileInput, 'allianceId' | 'version'>;

export async function updateAllianceProfile(allianceId: string, version: number, changes: ProfileChanges) {
  return (await request(UpdateAllianceProfileDocument, { input: { allianceId, version, ...changes } })).updateAllianceProfile;
}

/** Refreshes the whole alliance afterwards (its name, colour and logo show on every page) and the alliance list. */
export function useUpdateAllianceProfile(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ version, changes }: { version: number; changes: ProfileChanges }) => updateAllianceProfile(allianceId, version, changes),
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: allianceKey(allianceId) });
      void client.invalidateQueries({ queryKey: myAlliancesKey });
    },
  });
}
