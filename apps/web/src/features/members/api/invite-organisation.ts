import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { InviteOrganisationInput, InviteOrganisationMutation } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { membersQueryKey } from './get-members';
import { pendingInvitationsQueryKey } from './get-pending-invitations';

const InviteOrganisationDocument = graphql(`
  mutation InviteOrganisation($input: InviteOrganisationInput!) {
    inviteOrganisation(input: $input) {
      token
      acceptPath
      mailedTo
      invitation {
        id
        email
        role
        createdAt
        expiresAt
        organisation {
          id
          name
          kind
        }
      }
    }
  }
`);

export type InvitationCreated = InviteOrganisationMutation['inviteOrganisation'];

export async function inviteOrganisation(input: InviteOrganisationInput): Promise<InvitationCreated> {
  return (await request(InviteOrganisationDocument, { input })).inviteOrganisation;
}

export function useInviteOrganisation(allianceId: string, options: { onSuccess?: (created: InvitationCreated) => void } = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<InviteOrganisationInput, 'allianceId'>) => inviteOrganisation({ ...input, allianceId }),
    onSuccess: (created) => {
      void client.invalidateQueries({ queryKey: membersQueryKey(allianceId) });
      void client.invalidateQueries({ queryKey: pendingInvitationsQueryKey(allianceId) });
      options.onSuccess?.(created);
    },
  });
}
