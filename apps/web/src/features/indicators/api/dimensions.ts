import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { IndicatorDimensionOptionsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';
import { indicatorsKey } from './get-indicators';

/** A dimension as forms offer it and the dimensions page edits it; the same selection answers the query and both mutations. */
export const DimensionOptionFieldsFragment = graphql(`
  fragment DimensionOptionFields on Dimension {
    id
    name
    version
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

const UpdateDimensionDocument = graphql(`
  mutation UpdateDimension($input: UpdateDimensionInput!) {
    updateDimension(input: $input) {
      ...DimensionOptionFields
    }
  }
`);

export type DimensionOption = IndicatorDimensionOptionsQuery['dimensions'][number];

export async function getDimensions(allianceId: string): Promise<DimensionOption[]> {
  return (await request(IndicatorDimensionOptionsDocument, { allianceId })).dimensions;
}

export const dimensionsKey = (allianceId: string) => [...indicatorsKey(allianceId), 'dimensions'] as const;

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

export interface UpdateDimensionVariables {
  dimensionId: string;
  version: number;
  name: string;
  /** The complete list in its order: an id keeps (and renames) a category, null adds one, the rest are removed. */
  categories: { id: string | null; name: string }[];
}

export async function updateDimension(allianceId: string, input: UpdateDimensionVariables) {
  return (await request(UpdateDimensionDocument, { input: { allianceId, ...input } })).updateDimension;
}

/*
 * A renamed dimension or category shows up in indicator pages, report forms, charts and the
 * dashboard, which belong to other areas; the whole alliance's data is refreshed rather than
 * guessing their keys.
 */
export function useUpdateDimension(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateDimensionVariables) => updateDimension(allianceId, input),
    onSuccess: () => void client.invalidateQueries({ queryKey: allianceKey(allianceId) }),
  });
}
