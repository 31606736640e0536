import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { mySessionsKey } from './my-sessions';

const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

/** A new password ends every other session (the list of sessions changes too). */
export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { currentPassword: string; newPassword: string }) => (await request(ChangePasswordDocument, { input })).changePassword,
    onSuccess: () => void client.invalidateQueries({ queryKey: mySessionsKey }),
  });
}
