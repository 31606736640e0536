import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { AcceptInvitationMutation } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { ME_QUERY_KEY } from '@/lib/query-client';
import { myAlliancesKey } from '@/lib/query-keys';

const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      allianceId
      membership {
        id
        role
        state
      }
    }
  }
`);

export type AcceptedInvitation = AcceptInvitationMutation['acceptInvitation'];

/** Without name and password the logged-in user accepts; with them a new account is created. */
export interface AcceptInvitationVariables {
  token: string;
  name?: string;
  password?: string;
}

export async function acceptInvitation(variables: AcceptInvitationVariables): Promise<AcceptedInvitation> {
  return (await request(AcceptInvitationDocument, { input: { ...variables, mode: 'COOKIE' } })).acceptInvitation;
}

export function useAcceptInvitation(options: { onSuccess?: (accepted: AcceptedInvitation) => void } = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: async (accepted) => {
      // A new account is now logged in by cookie; an existing one has a new alliance.
      await Promise.all([client.invalidateQueries({ queryKey: ME_QUERY_KEY }), client.invalidateQueries({ queryKey: myAlliancesKey })]);
      options.onSuccess?.(accepted);
    },
  });
}
