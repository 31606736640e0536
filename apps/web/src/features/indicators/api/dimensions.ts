import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { IndicatorDimensionOptionsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { indicatorsKey } from './get-indicators';

/** A dimension as forms offer it; the same selection answers the query and the create mutation. */
export const DimensionOptionFieldsFragment = graphql(`
  fragment DimensionOptionFields on Dimension {
    id
    name
    categories {
      id
      name
    }
  }
`);

const IndicatorDimensionOptionsDocument = graphql(`
  query IndicatorDimensionOptions($allianceId: ID!) {
    dimensions(allianceId: $allianceId) {
      ...DimensionOptionFields
    }
  }
`);

const CreateDimensionDocument = graphql(`
  mutation CreateDimension($input: CreateDimensionInput!) {
    createDimension(input: $input) {
      ...DimensionOptionFields
    }
  }
`);

export type DimensionOption = IndicatorDimensionOptionsQuery['dimensions'][number];

export async function getDimensions(allianceId: string): Promise<DimensionOption[]> {
  return (await request(IndicatorDimensionOptionsDocument, { allianceId })).dimensions;
}

const dimensionsKey = (allianceId: string) => [...indicatorsKey(allianceId), 'dimensions'] as const;

export const dimensionsQueryOptions = (allianceId: string) => queryOptions({ queryKey: dimensionsKey(allianceId), queryFn: () => getDimensions(allianceId) });

export function useDimensions(allianceId: string) {
  return useQuery(dimensionsQueryOptions(allianceId));
}

export async function createDimension(allianceId: string, input: { name: string; categories: string[] }) {
  return (await request(CreateDimensionDocument, { input: { allianceId, ...input } })).createDimension;
}

/** Dimensions are defined once per alliance and reused, so a category means the same in every report. */
export function useCreateDimension(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; categories: string[] }) => createDimension(allianceId, input),
    onSuccess: () => void client.invalidateQueries({ queryKey: dimensionsKey(allianceId) }),
  });
}
