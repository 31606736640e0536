import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { JoinSettingsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const JoinSettingsDocument = graphql(`
  query JoinSettings($allianceId: ID!) {
    joinSettings(allianceId: $allianceId) {
      joinRequestsOpen
      joinLinkPath
    }
  }
`);

const SetJoinRequestsOpenDocument = graphql(`
  mutation SetJoinRequestsOpen($input: SetJoinRequestsOpenInput!) {
    setJoinRequestsOpen(input: $input) {
      joinRequestsOpen
      joinLinkPath
    }
  }
`);

const RenewJoinLinkDocument = graphql(`
  mutation RenewJoinLink($input: JoinLinkInput!) {
    renewJoinLink(input: $input) {
      joinRequestsOpen
      joinLinkPath
    }
  }
`);

const RevokeJoinLinkDocument = graphql(`
  mutation RevokeJoinLink($input: JoinLinkInput!) {
    revokeJoinLink(input: $input) {
      joinRequestsOpen
      joinLinkPath
    }
  }
`);

export type JoinSettings = JoinSettingsQuery['joinSettings'];

export const joinSettingsKey = (allianceId: string) => [...allianceKey(allianceId), 'join-settings'] as const;

export const joinSettingsQueryOptions = (allianceId: string) =>
  queryOptions({ queryKey: joinSettingsKey(allianceId), queryFn: async () => (await request(JoinSettingsDocument, { allianceId })).joinSettings });

export function useJoinSettings(allianceId: string) {
  return useQuery(joinSettingsQueryOptions(allianceId));
}

export function useChangeJoinSettings(allianceId: string) {
  const queryClient = useQueryClient();
  const onSuccess = (settings: JoinSettings) => queryClient.setQueryData(joinSettingsKey(allianceId), settings);
  const input = { allianceId };
  return {
    setOpen: useMutation({
      mutationFn: async (open: boolean) => (await request(SetJoinRequestsOpenDocument, { input: { allianceId, open } })).setJoinRequestsOpen,
      onSuccess,
    }),
    renew: useMutation({ mutationFn: async () => (await request(RenewJoinLinkDocument, { input })).renewJoinLink, onSuccess }),
    revoke: useMutation({ mutationFn: async () => (await request(RevokeJoinLinkDocument, { input })).revokeJoinLink, onSuccess }),
  };
}
