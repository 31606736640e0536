import { graphql } from '@/gql';
import type { CreateActionItemInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { useCommunicationMutation } from './use-communication-mutation';

const CreateActionItemDocument = graphql(`
  mutation CreateActionItem($input: CreateActionItemInput!) {
    createActionItem(input: $input) {
      ...ActionItemFields
    }
  }
`);

export type CreateActionItemVariables = Omit<CreateActionItemInput, 'allianceId'>;

export async function createActionItem(allianceId: string, input: CreateActionItemVariables) {
  return (await request(CreateActionItemDocument, { input: { allianceId, ...input } })).createActionItem;
}

export function useCreateActionItem(allianceId: string) {
  return useCommunicationMutation(allianceId, (input: CreateActionItemVariables) => createActionItem(allianceId, input));
}
