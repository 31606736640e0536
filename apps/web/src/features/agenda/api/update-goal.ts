import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { UpdateGoalInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { goalsQueryKey } from './get-goals';
import { refreshAfterChange } from './invalidate';
import { moveGoal } from './move-goal';

const UpdateGoalDocument = graphql(`
  mutation UpdateGoal($input: UpdateGoalInput!) {
    updateGoal(input: $input) {
      id
      title
      version
    }
  }
`);

export type UpdateGoalVariables = Omit<UpdateGoalInput, 'allianceId'> & {
  /** A new parent (null: top level); left out when the goal stays where it is. */
  moveTo?: { parentId: string | null; position: number };
};

/**
 * Saves the fields, then moves the goal when its parent changed. The move uses the version the
 * update returned, so a change someone else made in between still answers CONFLICT.
 */
export async function updateGoal(allianceId: string, { moveTo, ...input }: UpdateGoalVariables) {
  const updated = (await request(UpdateGoalDocument, { input: { allianceId, ...input } })).updateGoal;
  if (!moveTo) return updated;
  return moveGoal(allianceId, { goalId: updated.id, version: updated.version, ...moveTo });
}

export function useUpdateGoal(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateGoalVariables) => updateGoal(allianceId, input),
    // Also after a failed move: the field update before it may have been saved.
    onSettled: () => refreshAfterChange(client, allianceId, goalsQueryKey(allianceId)),
  });
}
