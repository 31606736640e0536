import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { AcceptJoinRequestInput, DeclineJoinRequestInput, JoinRequestsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const JoinRequestsDocument = graphql(`
  query JoinRequests($allianceId: ID!) {
    joinRequests(allianceId: $allianceId) {
      id
      message
      requestedByName
      viaLink
      version
      createdAt
      organisation {
        id
        name
        kind
        city
      }
    }
  }
`);

const AcceptJoinRequestDocument = graphql(`
  mutation AcceptJoinRequest($input: AcceptJoinRequestInput!) {
    acceptJoinRequest(input: $input) {
      id
      state
      role
    }
  }
`);

const DeclineJoinRequestDocument = graphql(`
  mutation DeclineJoinRequest($input: DeclineJoinRequestInput!) {
    declineJoinRequest(input: $input) {
      id
      state
    }
  }
`);

export type PendingJoinRequest = JoinRequestsQuery['joinRequests'][number];

export const joinRequestsKey = (allianceId: string) => [...allianceKey(allianceId), 'join-requests'] as const;

export const joinRequestsQueryOptions = (allianceId: string) =>
  queryOptions({ queryKey: joinRequestsKey(allianceId), queryFn: async () => (await request(JoinRequestsDocument, { allianceId })).joinRequests });

export function useJoinRequests(allianceId: string) {
  return useQuery(joinRequestsQueryOptions(allianceId));
}

/** Accepting adds a member: the alliance's whole key refreshes (members list, counts). */
export function useDecideJoinRequest(allianceId: string) {
  const queryClient = useQueryClient();
  const onSuccess = () => void queryClient.invalidateQueries({ queryKey: allianceKey(allianceId) });
  const accept = useMutation({
    mutationFn: async (input: AcceptJoinRequestInput) => (await request(AcceptJoinRequestDocument, { input })).acceptJoinRequest,
    onSuccess,
  });
  const decline = useMutation({
    mutationFn: async (input: DeclineJoinRequestInput) => (await request(DeclineJoinRequestDocument, { input })).declineJoinRequest,
    onSuccess,
  });
  return { accept, decline };
}
