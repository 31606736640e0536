import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { ME_QUERY_KEY } from '@/lib/query-client';

const CompletePlatformSetupDocument = graphql(`
  mutation CompletePlatformSetup($input: CompletePlatformSetupInput!) {
    completePlatformSetup(input: $input) {
      expiresAt
      user {
        id
        email
        name
        locale
        isPlatformAdmin
        organisations {
          id
          name
          kind
        }
      }
    }
  }
`);

export interface PlatformSetupVariables {
  token: string;
  name: string;
  email: string;
  password: string;
  locale: string;
}

/** Creates the platform administrator with the one-time link and starts their (cookie) session. */
export async function completePlatformSetup(variables: PlatformSetupVariables) {
  return (await request(CompletePlatformSetupDocument, { input: { ...variables, mode: 'COOKIE' } })).completePlatformSetup.user;
}

export function useCompletePlatformSetup(options: { onSuccess?: () => void } = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: completePlatformSetup,
    onSuccess: (user) => {
      client.clear();
      client.setQueryData(ME_QUERY_KEY, user);
      options.onSuccess?.();
    },
  });
}
