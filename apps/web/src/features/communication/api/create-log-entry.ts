import { graphql } from '@/gql';
import type { CreateLogEntryInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { useCommunicationMutation } from './use-communication-mutation';

const CreateLogEntryDocument = graphql(`
  mutation CreateLogEntry($input: CreateLogEntryInput!) {
    createLogEntry(input: $input) {
      id
      version
    }
  }
`);

export type CreateLogEntryVariables = Omit<CreateLogEntryInput, 'allianceId'>;

export async function createLogEntry(allianceId: string, input: CreateLogEntryVariables) {
  return (await request(CreateLogEntryDocument, { input: { allianceId, ...input } })).createLogEntry;
}

export function useCreateLogEntry(allianceId: string) {
  return useCommunicationMutation(allianceId, (input: CreateLogEntryVariables) => createLogEntry(allianceId, input));
}
