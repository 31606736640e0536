import { useMutation } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

const ResetPasswordDocument = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

export interface ResetPasswordVariables {
  token: string;
  newPassword: string;
}

/** Sets the new password with the token from the mail; all sessions of the account end. */
export async function resetPassword(variables: ResetPasswordVariables): Promise<boolean> {
  return (await request(ResetPasswordDocument, { input: variables })).resetPassword;
}

export function useResetPassword(options: { onSuccess?: () => void } = {}) {
  return useMutation({ mutationFn: resetPassword, onSuccess: () => options.onSuccess?.() });
}
