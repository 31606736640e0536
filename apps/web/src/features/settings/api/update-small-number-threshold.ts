import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const UpdateSmallNumberThresholdDocument = graphql(`
  mutation UpdateSmallNumberThreshold($input: UpdateSmallNumberThresholdInput!) {
    updateSmallNumberThreshold(input: $input) {
      allianceId
      smallNumberThreshold
      appliesToMe
      version
    }
  }
`);

/** Saves k; refreshes the whole alliance afterwards (its version is shared with the profile, and every view of numbers changes). */
export function useUpdateSmallNumberThreshold(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, threshold }: { version: number; threshold: number }) =>
      (await request(UpdateSmallNumberThresholdDocument, { input: { allianceId, version, smallNumberThreshold: threshold } })).updateSmallNumberThreshold,
    onSettled: () => client.invalidateQueries({ queryKey: allianceKey(allianceId) }),
  });
}
