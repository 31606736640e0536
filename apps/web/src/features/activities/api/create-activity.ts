import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { CreateActivityInput, CreateActivityMutation } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { activitiesKey } from './get-activities';

const CreateActivityDocument = graphql(`
  mutation CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      ...ActivitySavedFields
    }
  }
`);

export type CreateActivityVariables = Omit<CreateActivityInput, 'allianceId'>;

export async function createActivity(allianceId: string, input: CreateActivityVariables): Promise<CreateActivityMutation['createActivity']> {
  return (await request(CreateActivityDocument, { input: { allianceId, ...input } })).createActivity;
}

export function useCreateActivity(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateActivityVariables) => createActivity(allianceId, input),
    onSuccess: () => void client.invalidateQueries({ queryKey: activitiesKey(allianceId) }),
  });
}
