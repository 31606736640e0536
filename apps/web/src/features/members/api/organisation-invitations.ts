import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { OrganisationInvitationsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { myAlliancesKey } from '@/lib/query-keys';

const OrganisationInvitationsDocument = graphql(`
  query OrganisationInvitations {
    organisationInvitations {
      id
      allianceId
      allianceName
      invitedByOrganisation
      organisationId
      organisationName
      role
      expiresAt
    }
  }
`);

const AcceptOrganisationInvitationDocument = graphql(`
  mutation AcceptOrganisationInvitation($input: AcceptOrganisationInvitationInput!) {
    acceptOrganisationInvitation(input: $input) {
      allianceId
    }
  }
`);

export type OrganisationInvitation = OrganisationInvitationsQuery['organisationInvitations'][number];

/** Not alliance data: invitations of the caller's organisations, from alliances they are not in yet. */
export const organisationInvitationsKey = ['organisation-invitations'] as const;

export const organisationInvitationsQueryOptions = () =>
  queryOptions({ queryKey: organisationInvitationsKey, queryFn: async () => (await request(OrganisationInvitationsDocument)).organisationInvitations });

export function useOrganisationInvitations() {
  return useQuery(organisationInvitationsQueryOptions());
}

export function useAcceptOrganisationInvitation(options: { onSuccess?: (allianceId: string) => void } = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (i: { allianceId: string; invitationId: string }) =>
      (await request(AcceptOrganisationInvitationDocument, { input: i })).acceptOrganisationInvitation,
    onSuccess: async (accepted) => {
      await Promise.all([client.invalidateQueries({ queryKey: organisationInvitationsKey }), client.invalidateQueries({ queryKey: myAlliancesKey })]);
      options.onSuccess?.(accepted.allianceId);
    },
  });
}
