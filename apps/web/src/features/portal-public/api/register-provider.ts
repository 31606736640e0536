import { useMutation } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { RegisterPortalProviderInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

const RegisterPortalProviderDocument = graphql(`
  mutation RegisterPortalProvider($input: RegisterPortalProviderInput!) {
    registerPortalProvider(input: $input)
  }
`);

/** A provider's sign-up to a portal. Always true: the answer does not tell whether the address has an account. */
export function useRegisterPortalProvider() {
  return useMutation({
    mutationFn: async (input: RegisterPortalProviderInput) => (await request(RegisterPortalProviderDocument, { input })).registerPortalProvider,
  });
}
