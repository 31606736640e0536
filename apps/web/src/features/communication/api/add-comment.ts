import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { useCommunicationMutation } from './use-communication-mutation';

const AddCommentDocument = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      id
    }
  }
`);

export interface AddCommentVariables {
  logEntryId: string;
  body: string;
}

export async function addComment(allianceId: string, input: AddCommentVariables) {
  return (await request(AddCommentDocument, { input: { allianceId, ...input } })).addComment;
}

export function useAddComment(allianceId: string) {
  return useCommunicationMutation(allianceId, (input: AddCommentVariables) => addComment(allianceId, input));
}
