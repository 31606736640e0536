import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { apiTokensKey } from './get-api-tokens';

const RevokeApiTokenDocument = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      id
      revokedAt
    }
  }
`);

export async function revokeApiToken(allianceId: string, apiTokenId: string) {
  return (await request(RevokeApiTokenDocument, { input: { allianceId, apiTokenId } })).revokeApiToken;
}

export function useRevokeApiToken(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (apiTokenId: string) => revokeApiToken(allianceId, apiTokenId),
    onSettled: () => client.invalidateQueries({ queryKey: apiTokensKey(allianceId) }),
  });
}
