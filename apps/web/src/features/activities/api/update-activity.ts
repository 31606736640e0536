import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { UpdateActivityInput, UpdateActivityMutation } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { activitiesKey } from './get-activities';

const UpdateActivityDocument = graphql(`
  mutation UpdateActivity($input: UpdateActivityInput!) {
    updateActivity(input: $input) {
      ...ActivitySavedFields
    }
  }
`);

/** `version` is the one the user edited: a newer one on the server answers CONFLICT. */
export type UpdateActivityVariables = Omit<UpdateActivityInput, 'allianceId'>;

export async function updateActivity(allianceId: string, input: UpdateActivityVariables): Promise<UpdateActivityMutation['updateActivity']> {
  return (await request(UpdateActivityDocument, { input: { allianceId, ...input } })).updateActivity;
}

export function useUpdateActivity(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateActivityVariables) => updateActivity(allianceId, input),
    onSuccess: () => void client.invalidateQueries({ queryKey: activitiesKey(allianceId) }),
  });
}
