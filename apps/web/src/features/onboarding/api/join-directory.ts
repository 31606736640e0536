import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { JoinableAlliancesQuery, MyJoinRequestsQuery, RequestToJoinInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

const JoinableAlliancesDocument = graphql(`
  query JoinableAlliances($query: String!) {
    joinableAlliances(query: $query) {
      id
      name
      backboneName
      city
    }
  }
`);

const JoinLinkPreviewDocument = graphql(`
  query JoinLinkPreview($token: String!) {
    joinLinkPreview(token: $token) {
      id
      name
      backboneName
      city
    }
  }
`);

const MyJoinRequestsDocument = graphql(`
  query MyJoinRequests {
    myJoinRequests {
      id
      allianceId
      allianceName
      state
      role
      declineReason
      createdAt
      organisation {
        id
        name
      }
    }
  }
`);

const RequestToJoinDocument = graphql(`
  mutation RequestToJoin($input: RequestToJoinInput!) {
    requestToJoin(input: $input) {
      id
      allianceName
      state
    }
  }
`);

export type JoinableAlliance = JoinableAlliancesQuery['joinableAlliances'][number];
export type MyJoinRequest = MyJoinRequestsQuery['myJoinRequests'][number];

/** The caller's requests: not one alliance's data (the requester is not a member yet). */
export const myJoinRequestsKey = ['my-join-requests'] as const;

export function useJoinableAlliances(query: string) {
  return useQuery({
    queryKey: ['joinable-alliances', query],
    queryFn: async () => (await request(JoinableAlliancesDocument, { query })).joinableAlliances,
    placeholderData: keepPreviousData,
  });
}

export function useJoinLinkPreview(token: string) {
  return useQuery({ queryKey: ['join-link', token], queryFn: async () => (await request(JoinLinkPreviewDocument, { token })).joinLinkPreview, retry: false });
}

export const myJoinRequestsQueryOptions = () =>
  queryOptions({ queryKey: myJoinRequestsKey, queryFn: async () => (await request(MyJoinRequestsDocument)).myJoinRequests });

export function useMyJoinRequests() {
  return useQuery(myJoinRequestsQueryOptions());
}

export function useRequestToJoin({ onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RequestToJoinInput) => (await request(RequestToJoinDocument, { input })).requestToJoin,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: myJoinRequestsKey });
      onSuccess?.();
    },
  });
}
