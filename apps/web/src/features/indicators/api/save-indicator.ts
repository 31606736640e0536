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

const SetIndicatorGoalsDocument = graphql(`
  mutation SetIndicatorGoals($input: SetIndicatorGoalsInput!) {
    setIndicatorGoals(input: $input) {
      id
      version
    }
  }
`);

export type IndicatorFields = Omit<CreateIndicatorInput, 'allianceId' | 'goalIds' | 'dimensionIds'>;

export interface SaveIndicatorVariables {
  fields: IndicatorFields;
  goalIds: string[];
  /** Present when editing: the indicator, the version the user saw and its goals then. */
  existing?: { id: string; version: number; goalIds: string[] };
}

function sameSet(a: string[], b: string[]) {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Creates an indicator with its goals, or updates one and replaces its goals when they changed. */
export async function saveIndicator(allianceId: string, { fields, goalIds, existing }: SaveIndicatorVariables): Promise<{ id: string }> {
  if (!existing) {
    const created = await request(CreateIndicatorDocument, { input: { allianceId, ...fields, goalIds } });
    return created.createIndicator;
  }
  const input: UpdateIndicatorInput = { allianceId, indicatorId: existing.id, version: existing.version, ...fields };
  const updated = (await request(UpdateIndicatorDocument, { input })).updateIndicator;
  if (!sameSet(goalIds, existing.goalIds)) {
    await request(SetIndicatorGoalsDocument, { input: { allianceId, indicatorId: existing.id, version: updated.version, goalIds } });
  }
  return updated;
}

export function useSaveIndicator(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (variables: SaveIndicatorVariables) => saveIndicator(allianceId, variables),
    onSuccess: () => void client.invalidateQueries({ queryKey: indicatorsKey(allianceId) }),
  });
}
