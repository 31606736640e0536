import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ActivityStatus, ChangeActivityStatusMutation } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { activitiesKey } from './get-activities';

const ChangeActivityStatusDocument = graphql(`
  mutation ChangeActivityStatus($input: ChangeActivityStatusInput!) {
    changeActivityStatus(input: $input) {
      id
      status
      version
    }
  }
`);

export interface ChangeActivityStatusVariables {
  activityId: string;
  status: ActivityStatus;
  version: number;
}

export async function changeActivityStatus(
  allianceId: string,
  input: ChangeActivityStatusVariables,
): Promise<ChangeActivityStatusMutation['changeActivityStatus']> {
  return (await request(ChangeActivityStatusDocument, { input: { allianceId, ...input } })).changeActivityStatus;
}

export function useChangeActivityStatus(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangeActivityStatusVariables) => changeActivityStatus(allianceId, input),
    // Status drives the map's running counts and gaps as well as the list.
    onSuccess: () => void client.invalidateQueries({ queryKey: activitiesKey(allianceId) }),
  });
}
