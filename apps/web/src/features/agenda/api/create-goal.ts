import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { CreateGoalInput, CreateGoalMutation } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { goalsQueryKey } from './get-goals';
import { refreshAfterChange } from './invalidate';

const CreateGoalDocument = graphql(`
  mutation CreateGoal($input: CreateGoalInput!) {
    createGoal(input: $input) {
      id
      title
      version
    }
  }
`);

export type CreateGoalVariables = Omit<CreateGoalInput, 'allianceId'>;

export async function createGoal(allianceId: string, input: CreateGoalVariables): Promise<CreateGoalMutation['createGoal']> {
  return (await request(CreateGoalDocument, { input: { allianceId, ...input } })).createGoal;
}

export function useCreateGoal(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateGoalVariables) => createGoal(allianceId, input),
    onSuccess: () => refreshAfterChange(client, allianceId, goalsQueryKey(allianceId)),
  });
}
