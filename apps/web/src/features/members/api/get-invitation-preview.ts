import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { InvitationPreviewQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

const InvitationPreviewDocument = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      allianceName
      invitedByOrganisation
      organisationName
      role
      emailHint
      forOrganisationAdmins
      expiresAt
      state
    }
  }
`);

export type InvitationPreview = InvitationPreviewQuery['invitationPreview'];

export async function getInvitationPreview(token: string): Promise<InvitationPreview> {
  return (await request(InvitationPreviewDocument, { token })).invitationPreview;
}

/** Not alliance data: the link is read before anyone has entered (or may enter) the alliance. */
export const invitationPreviewQueryKey = (token: string) => ['invitation-preview', token] as const;

export const invitationPreviewQueryOptions = (token: string) =>
  queryOptions({ queryKey: invitationPreviewQueryKey(token), queryFn: () => getInvitationPreview(token), staleTime: 60_000 });

export function useInvitationPreview(token: string) {
  return useQuery(invitationPreviewQueryOptions(token));
}
