import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import type { ActionItemVersion } from './complete-action-item';
import { useCommunicationMutation } from './use-communication-mutation';

const ReopenActionItemDocument = graphql(`
  mutation ReopenActionItem($input: ReopenActionItemInput!) {
    reopenActionItem(input: $input) {
      ...ActionItemFields
    }
  }
`);

export async function reopenActionItem(allianceId: string, input: ActionItemVersion) {
  return (await request(ReopenActionItemDocument, { input: { allianceId, ...input } })).reopenActionItem;
}

export function useReopenActionItem(allianceId: string) {
  return useCommunicationMutation(allianceId, (input: ActionItemVersion) => reopenActionItem(allianceId, input));
}
