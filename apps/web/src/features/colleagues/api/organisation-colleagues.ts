import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { OrganisationColleaguesQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { ME_QUERY_KEY } from '@/lib/query-client';

const AdministeredOrganisationsDocument = graphql(`
  query AdministeredOrganisations {
    myOrganisations {
      id
      name
      canAdminister
    }
  }
`);
const OrganisationColleaguesDocument = graphql(`
  query OrganisationColleagues($organisationId: ID!) {
    organisationColleagues(organisationId: $organisationId) {
      organisationId
      organisationName
      people {
        userId
        name
        email
        isAdmin
        since
        isMe
      }
      invitations {
        id
        email
        createdAt
        expiresAt
      }
    }
  }
`);
const InviteColleagueDocument = graphql(`
  mutation InviteColleague($input: InviteColleagueInput!) {
    inviteColleague(input: $input) {
      id
      email
    }
  }
`);
const RevokeColleagueInvitationDocument = graphql(`
  mutation RevokeColleagueInvitation($input: RevokeColleagueInvitationInput!) {
    revokeColleagueInvitation(input: $input)
  }
`);
const RemoveColleagueDocument = graphql(`
  mutation RemoveColleague($input: RemoveColleagueInput!) {
    removeColleague(input: $input)
  }
`);
const SetColleagueAdminDocument = graphql(`
  mutation SetColleagueAdmin($input: SetColleagueAdminInput!) {
    setColleagueAdmin(input: $input) {
      userId
      isAdmin
    }
  }
`);

export type OrganisationPeople = OrganisationColleaguesQuery['organisationColleagues'];
export type Colleague = OrganisationPeople['people'][number];

/** Not alliance data: an organisation's people, across its alliances. */
export const colleaguesKey = (organisationId: string) => ['organisation', organisationId, 'colleagues'] as const;
const administeredKey = ['administered-organisations'] as const;

export function useAdministeredOrganisations() {
  return useQuery({
    queryKey: administeredKey,
    queryFn: async () => (await request(AdministeredOrganisationsDocument)).myOrganisations.filter((o) => o.canAdminister),
  });
}

export const colleaguesQueryOptions = (organisationId: string) =>
  queryOptions({
    queryKey: colleaguesKey(organisationId),
    queryFn: async () => (await request(OrganisationColleaguesDocument, { organisationId })).organisationColleagues,
  });

export function useOrganisationColleagues(organisationId: string) {
  return useQuery(colleaguesQueryOptions(organisationId));
}

/** Every change refreshes the organisation's list (and the caller's own rights, which may change). */
function useColleagueMutation<V, R>(organisationId: string, run: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: colleaguesKey(organisationId) }),
        client.invalidateQueries({ queryKey: administeredKey }),
        client.invalidateQueries({ queryKey: ME_QUERY_KEY }),
      ]),
  });
}

export const useInviteColleague = (organisationId: string) =>
  useColleagueMutation(
    organisationId,
    async (v: { email: string }) => (await request(InviteColleagueDocument, { input: { organisationId, email: v.email } })).inviteColleague,
  );

export const useRevokeColleagueInvitation = (organisationId: string) =>
  useColleagueMutation(organisationId, async (invitationId: string) => request(RevokeColleagueInvitationDocument, { input: { organisationId, invitationId } }));

export const useRemoveColleague = (organisationId: string) =>
  useColleagueMutation(organisationId, async (userId: string) => request(RemoveColleagueDocument, { input: { organisationId, userId } }));

export const useSetColleagueAdmin = (organisationId: string) =>
  useColleagueMutation(organisationId, async (v: { userId: string; isAdmin: boolean }) =>
    request(SetColleagueAdminDocument, { input: { organisationId, ...v } }),
  );
