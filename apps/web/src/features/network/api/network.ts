import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { NetworkFilterInput, NetworkQuery, RelationshipKind, RelationshipsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

/** The fields of a network every picture, table and path finder reads (also of a survey round's network). */
export const NetworkFieldsFragment = graphql(`
  fragment NetworkFields on Network {
    asOf
    density
    componentCount
    statedDyads
    reciprocity
    quarters
    nodes {
      id
      role
      organisation {
        id
        name
        kind
        city
      }
      degree
      betweenness
      closeness
      component
      broker
      isolated
    }
    ties {
      a
      b
      weight
      kinds
      sources {
        source
        weight
        since
      }
    }
  }
`);

const NetworkDocument = graphql(`
  query Network($allianceId: ID!, $filter: NetworkFilterInput) {
    network(allianceId: $allianceId, filter: $filter) {
      ...NetworkFields
    }
  }
`);

const RelationshipsDocument = graphql(`
  query Relationships($allianceId: ID!) {
    relationships(allianceId: $allianceId) {
      id
      fromMembershipId
      toMembershipId
      from {
        id
        name
      }
      to {
        id
        name
      }
      kind
      directed
      strength
      since
      until
      note
      version
    }
  }
`);

const StateRelationshipDocument = graphql(`
  mutation StateRelationship($input: StateRelationshipInput!) {
    stateRelationship(input: $input) {
      id
    }
  }
`);

const RemoveRelationshipDocument = graphql(`
  mutation RemoveRelationship($allianceId: ID!, $relationshipId: ID!, $version: Int!) {
    removeRelationship(allianceId: $allianceId, relationshipId: $relationshipId, version: $version)
  }
`);

export type NetworkData = NetworkQuery['network'];
export type NetworkNode = NetworkData['nodes'][number];
export type NetworkTie = NetworkData['ties'][number];
export type Relationship = RelationshipsQuery['relationships'][number];

export const networkKey = (allianceId: string) => ['network', allianceId] as const;

export const networkQueryOptions = (allianceId: string, filter: NetworkFilterInput) =>
  queryOptions({
    queryKey: [...networkKey(allianceId), filter] as const,
    queryFn: async () => (await request(NetworkDocument, { allianceId, filter })).network,
    placeholderData: (previous) => previous,
  });

export function useNetwork(allianceId: string, filter: NetworkFilterInput, enabled = true) {
  return useQuery({ ...networkQueryOptions(allianceId, filter), enabled });
}

export function useRelationships(allianceId: string, enabled = true) {
  return useQuery({
    queryKey: [...networkKey(allianceId), 'relationships'] as const,
    queryFn: async () => (await request(RelationshipsDocument, { allianceId })).relationships,
    enabled,
  });
}

export interface StateRelationshipVariables {
  toMembershipId: string;
  kind: RelationshipKind;
  directed: boolean;
  strength: number;
  since: string | null;
  note: string;
}

export function useStateRelationship(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: StateRelationshipVariables) => (await request(StateRelationshipDocument, { input: { allianceId, ...input } })).stateRelationship,
    onSuccess: () => client.invalidateQueries({ queryKey: networkKey(allianceId) }),
  });
}

export function useRemoveRelationship(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (r: { id: string; version: number }) =>
      (await request(RemoveRelationshipDocument, { allianceId, relationshipId: r.id, version: r.version })).removeRelationship,
    onSuccess: () => client.invalidateQueries({ queryKey: networkKey(allianceId) }),
  });
}

const NetworkPathDocument = graphql(`
  query NetworkPath($allianceId: ID!, $from: ID!, $to: ID!, $filter: NetworkFilterInput) {
    networkPath(allianceId: $allianceId, fromMembershipId: $from, toMembershipId: $to, filter: $filter) {
      distance
      path {
        id
        organisation {
          id
          name
        }
      }
    }
  }
`);

export function useNetworkPath(allianceId: string, from: string | null, to: string | null, filter: NetworkFilterInput) {
  return useQuery({
    queryKey: [...networkKey(allianceId), 'path', from, to, filter] as const,
    queryFn: async () => (await request(NetworkPathDocument, { allianceId, from: from!, to: to!, filter })).networkPath,
    enabled: Boolean(from && to && from !== to),
  });
}
