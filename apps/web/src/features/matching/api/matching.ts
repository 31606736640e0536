import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { MatchSuggestionsQuery, MemberResourcesQuery, PartnerSearchInput, ResourceCategory, ResourceDirection } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

const MemberResourcesDocument = graphql(`
  query MemberResources($allianceId: ID!) {
    memberResources(allianceId: $allianceId) {
      id
      membershipId
      organisation {
        id
        name
      }
      direction
      category
      field
      districtId
      districtName
      targetGroup
      note
      version
      editable
    }
  }
`);

const MatchingVocabularyDocument = graphql(`
  query MatchingVocabulary($allianceId: ID!) {
    matchingVocabulary(allianceId: $allianceId) {
      districts {
        id
        name
      }
      targetGroups
      fields
    }
  }
`);

const MatchSuggestionsDocument = graphql(`
  query MatchSuggestions($allianceId: ID!, $membershipId: ID, $search: PartnerSearchInput) {
    matchSuggestions(allianceId: $allianceId, membershipId: $membershipId, search: $search) {
      membershipId
      needCount
      suggestions {
        kind
        membershipId
        offerId
        name
        providerName
        score
        contactRequested
        reasons {
          kind
          category
          field
          districtName
          targetGroup
        }
      }
    }
  }
`);

const AddMemberResourceDocument = graphql(`
  mutation AddMemberResource($input: AddMemberResourceInput!) {
    addMemberResource(input: $input) {
      id
    }
  }
`);

const UpdateMemberResourceDocument = graphql(`
  mutation UpdateMemberResource($input: UpdateMemberResourceInput!) {
    updateMemberResource(input: $input) {
      id
      version
    }
  }
`);

const RemoveMemberResourceDocument = graphql(`
  mutation RemoveMemberResource($allianceId: ID!, $resourceId: ID!, $version: Int!) {
    removeMemberResource(allianceId: $allianceId, resourceId: $resourceId, version: $version)
  }
`);

const RequestContactDocument = graphql(`
  mutation RequestContact($input: RequestContactInput!) {
    requestContact(input: $input) {
      id
      logEntryId
    }
  }
`);

export type MemberResource = MemberResourcesQuery['memberResources'][number];
export type MatchSuggestion = MatchSuggestionsQuery['matchSuggestions']['suggestions'][number];
export type MatchReason = MatchSuggestion['reasons'][number];

export const matchingKey = (allianceId: string) => ['alliance', allianceId, 'matching'] as const;

export function useMemberResources(allianceId: string) {
  return useQuery({
    queryKey: [...matchingKey(allianceId), 'resources'] as const,
    queryFn: async () => (await request(MemberResourcesDocument, { allianceId })).memberResources,
  });
}

export function useMatchingVocabulary(allianceId: string) {
  return useQuery({
    queryKey: [...matchingKey(allianceId), 'vocabulary'] as const,
    queryFn: async () => (await request(MatchingVocabularyDocument, { allianceId })).matchingVocabulary,
  });
}

export const matchSuggestionsOptions = (allianceId: string, search: PartnerSearchInput | null) =>
  queryOptions({
    queryKey: [...matchingKey(allianceId), 'suggestions', search] as const,
    queryFn: async () => (await request(MatchSuggestionsDocument, { allianceId, search })).matchSuggestions,
    placeholderData: (previous) => previous,
  });

export function useMatchSuggestions(allianceId: string, search: PartnerSearchInput | null) {
  return useQuery(matchSuggestionsOptions(allianceId, search));
}

export interface ResourceVariables {
  direction: ResourceDirection;
  category: ResourceCategory;
  field: string;
  districtId: string | null;
  targetGroup: string | null;
  note: string;
  membershipId?: string | null;
}

export function useAddMemberResource(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: ResourceVariables) => (await request(AddMemberResourceDocument, { input: { allianceId, ...input } })).addMemberResource,
    onSuccess: () => client.invalidateQueries({ queryKey: matchingKey(allianceId) }),
  });
}

export function useUpdateMemberResource(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ membershipId: _owner, ...input }: ResourceVariables & { resourceId: string; version: number }) =>
      (await request(UpdateMemberResourceDocument, { input: { allianceId, ...input } })).updateMemberResource,
    onSuccess: () => client.invalidateQueries({ queryKey: matchingKey(allianceId) }),
  });
}

export function useRemoveMemberResource(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (r: { id: string; version: number }) =>
      (await request(RemoveMemberResourceDocument, { allianceId, resourceId: r.id, version: r.version })).removeMemberResource,
    onSuccess: () => client.invalidateQueries({ queryKey: matchingKey(allianceId) }),
  });
}

export function useRequestContact(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { toMembershipId?: string | null; offerId?: string | null; message: string }) =>
      (await request(RequestContactDocument, { input: { allianceId, ...input } })).requestContact,
    onSuccess: () => client.invalidateQueries({ queryKey: matchingKey(allianceId) }),
  });
}
