import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { allianceKey, myAlliancesKey } from '@/lib/query-keys';

const LeaveAllianceDocument = graphql(`
  mutation LeaveAlliance($input: LeaveAllianceInput!) {
    leaveAlliance(input: $input) {
      id
      state
    }
  }
`);

export async function leaveAlliance(allianceId: string): Promise<void> {
  await request(LeaveAllianceDocument, { input: { allianceId } });
}

export function useLeaveAlliance(allianceId: string, options: { onSuccess?: () => void } = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => leaveAlliance(allianceId),
    onSuccess: async () => {
      // After leaving, nothing of this alliance may stay on screen or in memory.
      client.removeQueries({ queryKey: allianceKey(allianceId) });
      await client.invalidateQueries({ queryKey: myAlliancesKey });
      options.onSuccess?.();
    },
  });
}
