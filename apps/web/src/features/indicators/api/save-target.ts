import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { indicatorsKey } from './get-indicators';

const SetTargetDocument = graphql(`
  mutation SetTarget($input: SetTargetInput!) {
    setTarget(input: $input) {
      ...IndicatorTargetFields
    }
  }
`);

const DeleteTargetDocument = graphql(`
  mutation DeleteTarget($input: DeleteTargetInput!) {
    deleteTarget(input: $input)
  }
`);

export interface SetTargetVariables {
  indicatorId: string;
  periodKey: string;
  value: number;
  /** null creates the target; otherwise the version of the target the user saw. */
  version: number | null;
}

export async function setTarget(allianceId: string, input: SetTargetVariables) {
  return (await request(SetTargetDocument, { input: { allianceId, ...input } })).setTarget;
}

export async function deleteTarget(allianceId: string, input: { targetId: string; version: number }) {
  return (await request(DeleteTargetDocument, { input: { allianceId, ...input } })).deleteTarget;
}

// Targets change the indicator, its series and the status lights of the list: refresh them all.
export function useSetTarget(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (variables: SetTargetVariables) => setTarget(allianceId, variables),
    onSuccess: () => void client.invalidateQueries({ queryKey: indicatorsKey(allianceId) }),
  });
}

export function useDeleteTarget(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (variables: { targetId: string; version: number }) => deleteTarget(allianceId, variables),
    onSuccess: () => void client.invalidateQueries({ queryKey: indicatorsKey(allianceId) }),
  });
}
