import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { useCommunicationMutation } from './use-communication-mutation';

const DeleteCommentDocument = graphql(`
  mutation DeleteComment($input: DeleteCommentInput!) {
    deleteComment(input: $input)
  }
`);

export async function deleteComment(allianceId: string, commentId: string) {
  return (await request(DeleteCommentDocument, { input: { allianceId, commentId } })).deleteComment;
}

export function useDeleteComment(allianceId: string) {
  return useCommunicationMutation(allianceId, (commentId: string) => deleteComment(allianceId, commentId));
}
