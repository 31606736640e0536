import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { CreateApiTokenInput, CreateApiTokenMutation } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { apiTokensKey } from './get-api-tokens';

const CreateApiTokenDocument = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      token {
        id
        name
      }
    }
  }
`);

export type NewApiToken = Omit<CreateApiTokenInput, 'allianceId'>;
export type CreatedApiToken = CreateApiTokenMutation['createApiToken'];

export async function createApiToken(allianceId: string, input: NewApiToken): Promise<CreatedApiToken> {
  return (await request(CreateApiTokenDocument, { input: { allianceId, ...input } })).createApiToken;
}

export function useCreateApiToken(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewApiToken) => createApiToken(allianceId, input),
    onSuccess: () => client.invalidateQueries({ queryKey: apiTokensKey(allianceId) }),
  });
}
