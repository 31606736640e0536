import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { useCommunicationMutation } from './use-communication-mutation';

const CompleteActionItemDocument = graphql(`
  mutation CompleteActionItem($input: CompleteActionItemInput!) {
    completeActionItem(input: $input) {
      ...ActionItemFields
    }
  }
`);

export interface ActionItemVersion {
  actionItemId: string;
  version: number;
}

export async function completeActionItem(allianceId: string, input: ActionItemVersion) {
  return (await request(CompleteActionItemDocument, { input: { allianceId, ...input } })).completeActionItem;
}

export function useCompleteActionItem(allianceId: string) {
  return useCommunicationMutation(allianceId, (input: ActionItemVersion) => completeActionItem(allianceId, input));
}
