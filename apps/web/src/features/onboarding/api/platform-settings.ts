import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { PlatformSettingsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

const PlatformSettingsDocument = graphql(`
  query PlatformSettings {
    platformSettings {
      registrationOpen
      updatedAt
    }
  }
`);

const SetRegistrationOpenDocument = graphql(`
  mutation SetRegistrationOpen($input: SetRegistrationOpenInput!) {
    setRegistrationOpen(input: $input) {
      registrationOpen
      updatedAt
    }
  }
`);

export type PlatformSettings = PlatformSettingsQuery['platformSettings'];

/** Platform data, not an alliance's: its key has its own root. */
export const platformSettingsKey = ['platform', 'settings'] as const;

export const platformSettingsQueryOptions = () =>
  queryOptions({ queryKey: platformSettingsKey, queryFn: async () => (await request(PlatformSettingsDocument)).platformSettings });

/** Public: the sign-up page asks whether organisations may register themselves. */
export function usePlatformSettings() {
  return useQuery(platformSettingsQueryOptions());
}

export function useSetRegistrationOpen() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (open: boolean) => (await request(SetRegistrationOpenDocument, { input: { open } })).setRegistrationOpen,
    onSuccess: (settings) => queryClient.setQueryData(platformSettingsKey, settings),
  });
}
