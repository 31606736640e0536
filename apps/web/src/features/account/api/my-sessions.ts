import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { MySessionsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

const MySessionsDocument = graphql(`
  query MySessions {
    mySessions {
      id
      userAgent
      ip
      createdAt
      lastSeenAt
      current
    }
  }
`);
const RevokeMySessionDocument = graphql(`
  mutation RevokeMySession($input: RevokeMySessionInput!) {
    revokeMySession(input: $input)
  }
`);
const RevokeMyOtherSessionsDocument = graphql(`
  mutation RevokeMyOtherSessions {
    revokeMyOtherSessions
  }
`);

export type AccountSession = MySessionsQuery['mySessions'][number];

export const mySessionsKey = ['account', 'sessions'] as const;

export const mySessionsQueryOptions = () => queryOptions({ queryKey: mySessionsKey, queryFn: async () => (await request(MySessionsDocument)).mySessions });

export function useMySessions() {
  return useQuery(mySessionsQueryOptions());
}

export function useRevokeMySession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (sessionId: string) => (await request(RevokeMySessionDocument, { input: { sessionId } })).revokeMySession,
    onSuccess: () => void client.invalidateQueries({ queryKey: mySessionsKey }),
  });
}

export function useRevokeMyOtherSessions() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => (await request(RevokeMyOtherSessionsDocument)).revokeMyOtherSessions,
    onSuccess: () => void client.invalidateQueries({ queryKey: mySessionsKey }),
  });
}
