import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { AcceptColleagueInvitationMutation } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { ME_QUERY_KEY } from '@/lib/query-client';
import { myAlliancesKey } from '@/lib/query-keys';

const ColleagueInvitationPreviewDocument = graphql(`
  query ColleagueInvitationPreview($token: String!) {
    colleagueInvitationPreview(token: $token) {
      organisationName
      invitedByName
      emailHint
      accountExists
      expiresAt
    }
  }
`);
const AcceptColleagueInvitationDocument = graphql(`
  mutation AcceptColleagueInvitation($input: AcceptColleagueInvitationInput!) {
    acceptColleagueInvitation(input: $input) {
      organisationId
      allianceIds
    }
  }
`);

export type AcceptedColleagueInvitation = AcceptColleagueInvitationMutation['acceptColleagueInvitation'];

export function useColleagueInvitationPreview(token: string) {
  return useQuery({
    queryKey: ['colleague-invitation', token],
    queryFn: async () => (await request(ColleagueInvitationPreviewDocument, { token })).colleagueInvitationPreview,
    retry: false,
    staleTime: 60_000,
  });
}

/** Without name and password the signed-in person accepts; with them a new account is created (cookie session). */
export function useAcceptColleagueInvitation(options: { onSuccess: (accepted: AcceptedColleagueInvitation) => void }) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (v: { token: string; name?: string; password?: string }) =>
      (await request(AcceptColleagueInvitationDocument, { input: { ...v, mode: 'COOKIE' } })).acceptColleagueInvitation,
    onSuccess: async (accepted) => {
      await Promise.all([client.invalidateQueries({ queryKey: ME_QUERY_KEY }), client.invalidateQueries({ queryKey: myAlliancesKey })]);
      options.onSuccess(accepted);
    },
  });
}
