import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { membersQueryKey } from './get-members';
import { pendingInvitationsQueryKey } from './get-pending-invitations';

const RevokeInvitationDocument = graphql(`
  mutation RevokeInvitation($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input)
  }
`);

export async function revokeInvitation(allianceId: string, invitationId: string): Promise<boolean> {
  return (await request(RevokeInvitationDocument, { input: { allianceId, invitationId } })).revokeInvitation;
}

export function useRevokeInvitation(allianceId: string, options: { onSuccess?: () => void } = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => revokeInvitation(allianceId, invitationId),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: membersQueryKey(allianceId) });
      void client.invalidateQueries({ queryKey: pendingInvitationsQueryKey(allianceId) });
      options.onSuccess?.();
    },
  });
}
