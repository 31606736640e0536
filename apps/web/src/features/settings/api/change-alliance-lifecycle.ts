import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ChangeAllianceLifecycleInput, ChangeAllianceLifecycleMutation } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey, myAlliancesKey } from '@/lib/query-keys';

const ChangeAllianceLifecycleDocument = graphql(`
  mutation ChangeAllianceLifecycle($input: ChangeAllianceLifecycleInput!) {
    changeAllianceLifecycle(input: $input) {
      alliance {
        id
        lifecycle
        version
      }
      warnings {
        code
        goalId
        goalTitle
      }
    }
  }
`);

export type LifecycleChange = Omit<ChangeAllianceLifecycleInput, 'allianceId'>;
export type LifecycleResult = ChangeAllianceLifecycleMutation['changeAllianceLifecycle'];

export async function changeAllianceLifecycle(allianceId: string, input: LifecycleChange): Promise<LifecycleResult> {
  return (await request(ChangeAllianceLifecycleDocument, { input: { allianceId, ...input } })).changeAllianceLifecycle;
}

/** A renewal also creates a goal, so everything of the alliance is refreshed. */
export function useChangeAllianceLifecycle(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: LifecycleChange) => changeAllianceLifecycle(allianceId, input),
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: allianceKey(allianceId) });
      void client.invalidateQueries({ queryKey: myAlliancesKey });
    },
  });
}
