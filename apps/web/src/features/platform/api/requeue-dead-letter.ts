import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { deadLettersKey } from './get-dead-letters';

const RequeueDeadLetterDocument = graphql(`
  mutation RequeueDeadLetter($input: RequeueDeadLetterInput!) {
    requeueDeadLetter(input: $input)
  }
`);

export async function requeueDeadLetter(mailId: string): Promise<boolean> {
  return (await request(RequeueDeadLetterDocument, { input: { mailId } })).requeueDeadLetter;
}

export function useRequeueDeadLetter() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: requeueDeadLetter,
    onSettled: () => client.invalidateQueries({ queryKey: deadLettersKey }),
  });
}
