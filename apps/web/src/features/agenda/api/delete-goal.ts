import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { DeleteGoalInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { goalsQueryKey } from './get-goals';
import { refreshAfterChange } from './invalidate';

const DeleteGoalDocument = graphql(`
  mutation DeleteGoal($input: DeleteGoalInput!) {
    deleteGoal(input: $input)
  }
`);

export type DeleteGoalVariables = Omit<DeleteGoalInput, 'allianceId'>;

export async function deleteGoal(allianceId: string, input: DeleteGoalVariables): Promise<string> {
  return (await request(DeleteGoalDocument, { input: { allianceId, ...input } })).deleteGoal;
}

export function useDeleteGoal(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: DeleteGoalVariables) => deleteGoal(allianceId, input),
    onSettled: () => refreshAfterChange(client, allianceId, goalsQueryKey(allianceId)),
  });
}
