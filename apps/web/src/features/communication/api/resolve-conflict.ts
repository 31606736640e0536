import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { useCommunicationMutation } from './use-communication-mutation';

const ResolveConflictDocument = graphql(`
  mutation ResolveConflict($input: ResolveConflictInput!) {
    resolveConflict(input: $input) {
      id
      version
      conflictState
    }
  }
`);

export interface ResolveConflictVariables {
  logEntryId: string;
  resolution: string;
  version: number;
}

export async function resolveConflict(allianceId: string, input: ResolveConflictVariables) {
  return (await request(ResolveConflictDocument, { input: { allianceId, ...input } })).resolveConflict;
}

export function useResolveConflict(allianceId: string) {
  return useCommunicationMutation(allianceId, (input: ResolveConflictVariables) => resolveConflict(allianceId, input));
}
