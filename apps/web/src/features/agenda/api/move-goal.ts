import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { MoveGoalInput, MoveGoalMutation } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { goalsQueryKey } from './get-goals';
import { refreshAfterChange } from './invalidate';

const MoveGoalDocument = graphql(`
  mutation MoveGoal($input: MoveGoalInput!) {
    moveGoal(input: $input) {
      id
      title
      parentId
      position
      version
    }
  }
`);

export type MoveGoalVariables = Omit<MoveGoalInput, 'allianceId'>;

export async function moveGoal(allianceId: string, input: MoveGoalVariables): Promise<MoveGoalMutation['moveGoal']> {
  return (await request(MoveGoalDocument, { input: { allianceId, ...input } })).moveGoal;
}

export function useMoveGoal(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MoveGoalVariables) => moveGoal(allianceId, input),
    onSuccess: () => refreshAfterChange(client, allianceId, goalsQueryKey(allianceId)),
  });
}
