import { useMutation, useQueryClient } from '@tanstack/react-query';
import { communicationKey } from './keys';

/**
 * A mutation of the log area: on success every log query of the alliance is refetched (feed,
 * entries, proposals, action items hang together: a closed proposal writes a decision entry,
 * a completed action item changes the entry's open count and "my action items").
 */
export function useCommunicationMutation<TVariables, TResult>(allianceId: string, mutationFn: (variables: TVariables) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => client.invalidateQueries({ queryKey: communicationKey(allianceId) }),
  });
}
