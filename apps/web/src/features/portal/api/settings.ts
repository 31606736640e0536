import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { PortalSettingsPageQuery, UpdatePortalSettingsInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const PortalSettingsPageDocument = graphql(`
  query PortalSettingsPage($allianceId: ID!) {
    portalSettings(allianceId: $allianceId) {
      enabled
      name
      intro
      primaryColor
      accentColor
      providerSignupOpen
      reminderMonths
      flagMonths
      hideMonths
      version
      slug
      mapStyleUrl
      tileUrl
      logoDataUrl
    }
    portalPlanning(allianceId: $allianceId) {
      districts {
        id
        name
        population
      }
    }
  }
`);

const UpdatePortalSettingsDocument = graphql(`
  mutation UpdatePortalSettings($input: UpdatePortalSettingsInput!) {
    updatePortalSettings(input: $input) {
      version
    }
  }
`);

const SetPortalLogoDocument = graphql(`
  mutation SetPortalLogo($input: SetPortalLogoInput!) {
    setPortalLogo(input: $input) {
      logoDataUrl
    }
  }
`);

const SetDistrictPopulationDocument = graphql(`
  mutation SetDistrictPopulation($allianceId: ID!, $districtId: ID!, $population: Int) {
    setDistrictPopulation(allianceId: $allianceId, districtId: $districtId, population: $population)
  }
`);

export type PortalSettingsPage = PortalSettingsPageQuery;
const settingsKey = (allianceId: string) => [...allianceKey(allianceId), 'portal', 'settings'] as const;

export const usePortalSettingsPage = (allianceId: string) =>
  useQuery({ queryKey: settingsKey(allianceId), queryFn: () => request(PortalSettingsPageDocument, { allianceId }) });

export function useUpdatePortalSettings(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: Omit<UpdatePortalSettingsInput, 'allianceId'>) =>
      (await request(UpdatePortalSettingsDocument, { input: { allianceId, ...input } })).updatePortalSettings,
    onSettled: () => client.invalidateQueries({ queryKey: [...allianceKey(allianceId), 'portal'] }),
  });
}

/** Sets (base64 of the file) or removes (null) the portal's logo. */
export function useSetPortalLogo(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (base64: string | null) => (await request(SetPortalLogoDocument, { input: { allianceId, base64 } })).setPortalLogo,
    onSettled: () => client.invalidateQueries({ queryKey: [...allianceKey(allianceId), 'portal'] }),
  });
}

export function useSetDistrictPopulation(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (v: { districtId: string; population: number | null }) =>
      (await request(SetDistrictPopulationDocument, { allianceId, ...v })).setDistrictPopulation,
    onSettled: () => client.invalidateQueries({ queryKey: [...allianceKey(allianceId), 'portal'] }),
  });
}
