import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { useCommunicationMutation } from './use-communication-mutation';

const ReopenConflictDocument = graphql(`
  mutation ReopenConflict($input: ReopenConflictInput!) {
    reopenConflict(input: $input) {
      id
      version
      conflictState
    }
  }
`);

export interface ReopenConflictVariables {
  logEntryId: string;
  version: number;
}

export async function reopenConflict(allianceId: string, input: ReopenConflictVariables) {
  return (await request(ReopenConflictDocument, { input: { allianceId, ...input } })).reopenConflict;
}

export function useReopenConflict(allianceId: string) {
  return useCommunicationMutation(allianceId, (input: ReopenConflictVariables) => reopenConflict(allianceId, input));
}
