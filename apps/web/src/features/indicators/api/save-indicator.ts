import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { CreateIndicatorInput, UpdateIndicatorInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { indicatorsKey } from './get-indicators';

const CreateIndicatorDocument = graphql(`
  mutation CreateIndicator($input: CreateIndicatorInput!) {
    createIndicator(input: $input) {
      id
      version
    }
  }
`);

const UpdateIndicatorDocument = graphql(`
  mutation UpdateIndicator($input: UpdateIndicatorInput!) {
    updateIndicator(input: $input) {
      id
      version
    }
  }
`);

const SetIndicatorDimensionsDocument = graphql(`
  mutation SetIndicatorDimensions($input: SetIndicatorDimensionsInput!) {
    setIndicatorDimensions(input: $input) {
      id
      version
    }
  }
`);

const SetIndicatorGoalsDocument = graphql(`
  mutation SetIndicatorGoals($input: SetIndicatorGoalsInput!) {
    setIndicatorGoals(input: $input) {
      id
      version
    }
  }
`);

export type IndicatorFields = Omit<CreateIndicatorInput, 'allianceId' | 'goalIds' | 'dimensionIds'>;

/** Present when editing: the indicator, the version to save against and its goals and dimensions in that version. */
export interface ExistingIndicator {
  id: string;
  version: number;
  goalIds: string[];
  dimensionIds: string[];
}

/** Creating sends every field; editing sends only the changed ones, so a save never overwrites what someone else changed meanwhile. */
export type SaveIndicatorVariables =
  | { fields: IndicatorFields; goalIds: string[]; dimensionIds: string[]; existing?: undefined }
  | { fields: Partial<IndicatorFields>; goalIds: string[]; dimensionIds: string[]; existing: ExistingIndicator };

function sameSet(a: string[], b: string[]) {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * Creates an indicator with its goals and dimensions, or updates one and then replaces its goals
 * and dimensions where they changed — each step with the version the previous one returned, so a
 * change by someone else in between still answers CONFLICT. An edit without changes sends nothing.
 */
export async function saveIndicator(allianceId: string, variables: SaveIndicatorVariables): Promise<{ id: string }> {
  const { goalIds, dimensionIds, existing } = variables;
  if (!existing) {
    const created = await request(CreateIndicatorDocument, { input: { allianceId, ...variables.fields, goalIds, dimensionIds } });
    return created.createIndicator;
  }
  let saved = { id: existing.id, version: existing.version };
  if (Object.keys(variables.fields).length > 0) {
    const input: UpdateIndicatorInput = { allianceId, indicatorId: existing.id, version: existing.version, ...variables.fields };
    saved = (await request(UpdateIndicatorDocument, { input })).updateIndicator;
  }
  if (!sameSet(goalIds, existing.goalIds)) {
    saved = (await request(SetIndicatorGoalsDocument, { input: { allianceId, indicatorId: existing.id, version: saved.version, goalIds } })).setIndicatorGoals;
  }
  if (!sameSet(dimensionIds, existing.dimensionIds)) {
    saved = (await request(SetIndicatorDimensionsDocument, { input: { allianceId, indicatorId: existing.id, version: saved.version, dimensionIds } }))
      .setIndicatorDimensions;
  }
  return saved;
}

export function useSaveIndicator(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (variables: SaveIndicatorVariables) => saveIndicator(allianceId, variables),
    onSuccess: () => void client.invalidateQueries({ queryKey: indicatorsKey(allianceId) }),
  });
}
