import { graphql } from '@/gql';
import type { UpdateLogEntryInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { useCommunicationMutation } from './use-communication-mutation';

const UpdateLogEntryDocument = graphql(`
  mutation UpdateLogEntry($input: UpdateLogEntryInput!) {
    updateLogEntry(input: $input) {
      id
      version
    }
  }
`);

/** `version` is the one the user edited: a newer one on the server answers CONFLICT. */
export type UpdateLogEntryVariables = Omit<UpdateLogEntryInput, 'allianceId'>;

export async function updateLogEntry(allianceId: string, input: UpdateLogEntryVariables) {
  return (await request(UpdateLogEntryDocument, { input: { allianceId, ...input } })).updateLogEntry;
}

export function useUpdateLogEntry(allianceId: string) {
  return useCommunicationMutation(allianceId, (input: UpdateLogEntryVariables) => updateLogEntry(allianceId, input));
}
