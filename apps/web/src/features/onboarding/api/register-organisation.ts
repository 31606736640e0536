import { useMutation } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { RegisterOrganisationInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

const RegisterOrganisationDocument = graphql(`
  mutation RegisterOrganisation($input: RegisterOrganisationInput!) {
    registerOrganisation(input: $input)
  }
`);

const VerifyEmailDocument = graphql(`
  mutation VerifyEmail($input: VerifyEmailInput!) {
    verifyEmail(input: $input)
  }
`);

/** Always true: the answer does not tell whether the address has an account. */
export function useRegisterOrganisation() {
  return useMutation({ mutationFn: async (input: RegisterOrganisationInput) => (await request(RegisterOrganisationDocument, { input })).registerOrganisation });
}

export function useVerifyEmail() {
  return useMutation({ mutationFn: async (token: string) => (await request(VerifyEmailDocument, { input: { token } })).verifyEmail });
}
