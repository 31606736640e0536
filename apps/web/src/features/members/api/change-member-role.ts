import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ChangeMemberRoleMutation, MembershipRole } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const ChangeMemberRoleDocument = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      id
      role
      state
      version
    }
  }
`);

export interface ChangeMemberRoleVariables {
  membershipId: string;
  role: MembershipRole;
  /** The version the user saw: a newer one on the server answers CONFLICT. */
  version: number;
}

export async function changeMemberRole(allianceId: string, input: ChangeMemberRoleVariables): Promise<ChangeMemberRoleMutation['changeMemberRole']> {
  return (await request(ChangeMemberRoleDocument, { input: { allianceId, ...input } })).changeMemberRole;
}

export function useChangeMemberRole(allianceId: string, options: { onSuccess?: () => void } = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangeMemberRoleVariables) => changeMemberRole(allianceId, input),
    onSuccess: () => {
      // A role change can be the caller's own, which changes what the whole workspace allows.
      void client.invalidateQueries({ queryKey: allianceKey(allianceId) });
      options.onSuccess?.();
    },
  });
}
