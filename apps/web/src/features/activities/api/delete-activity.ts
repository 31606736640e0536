import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { activitiesKey } from './get-activities';
import { activityQueryKey } from './get-activity';

const DeleteActivityDocument = graphql(`
  mutation DeleteActivity($input: DeleteActivityInput!) {
    deleteActivity(input: $input)
  }
`);

export interface DeleteActivityVariables {
  activityId: string;
  version: number;
}

export async function deleteActivity(allianceId: string, input: DeleteActivityVariables): Promise<boolean> {
  return (await request(DeleteActivityDocument, { input: { allianceId, ...input } })).deleteActivity;
}

export function useDeleteActivity(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: DeleteActivityVariables) => deleteActivity(allianceId, input),
    onSuccess: (_, input) => {
      // The deleted record must not be refetched (it would answer NOT_FOUND); drop it, refresh the rest.
      client.removeQueries({ queryKey: activityQueryKey(allianceId, input.activityId) });
      void client.invalidateQueries({ queryKey: activitiesKey(allianceId) });
    },
  });
}
