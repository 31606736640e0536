import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { PendingInvitationsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const PendingInvitationsDocument = graphql(`
  query PendingInvitations($allianceId: ID!) {
    pendingInvitations(allianceId: $allianceId) {
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
`);

export type PendingInvitation = PendingInvitationsQuery['pendingInvitations'][number];

export async function getPendingInvitations(allianceId: string): Promise<PendingInvitation[]> {
  return (await request(PendingInvitationsDocument, { allianceId })).pendingInvitations;
}

export const pendingInvitationsQueryKey = (allianceId: string) => [...allianceKey(allianceId), 'invitations', 'pending'] as const;

export const pendingInvitationsQueryOptions = (allianceId: string) =>
  queryOptions({ queryKey: pendingInvitationsQueryKey(allianceId), queryFn: () => getPendingInvitations(allianceId) });

/** Backbone only: pass `enabled: false` for other roles instead of provoking FORBIDDEN. */
export function usePendingInvitations(allianceId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...pendingInvitationsQueryOptions(allianceId), enabled });
}
