import { useMutation } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

/** Always true: the answer does not tell whether the address has an account. */
export async function requestPasswordReset(email: string): Promise<boolean> {
  return (await request(RequestPasswordResetDocument, { input: { email } })).requestPasswordReset;
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
