import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { DeclareOverlapInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import type { Measurement } from './get-measurements';
import { invalidateAfterMeasurementChange } from './invalidate';
import { reportingKey } from './keys';

const DeclareOverlapDocument = graphql(`
  mutation DeclareOverlap($input: DeclareOverlapInput!) {
    declareOverlap(input: $input) {
      ...ReportingMeasurementFields
    }
  }
`);

const RemoveOverlapDocument = graphql(`
  mutation RemoveOverlap($input: RemoveOverlapInput!) {
    removeOverlap(input: $input) {
      ...ReportingMeasurementFields
    }
  }
`);

export type DeclareOverlapVariables = Omit<DeclareOverlapInput, 'allianceId'>;

export async function declareOverlap(allianceId: string, input: DeclareOverlapVariables): Promise<Measurement> {
  return (await request(DeclareOverlapDocument, { input: { allianceId, ...input } })).declareOverlap;
}

export async function removeOverlap(allianceId: string, overlapId: string): Promise<Measurement> {
  return (await request(RemoveOverlapDocument, { input: { allianceId, overlapId } })).removeOverlap;
}

/**
 * An overlap changes the measurement's list of overlaps but not its version, so the answer is
 * written into the cached lists at once (the editor prefers the cached copy at equal versions);
 * then everything of the alliance refreshes, since the indicator's roll-up deducts overlaps.
 */
function settle(client: QueryClient, allianceId: string, changed: Measurement | undefined) {
  if (changed) {
    client.setQueriesData<Measurement[]>({ queryKey: [...reportingKey(allianceId), 'measurements'] }, (list) =>
      list?.map((m) => (m.id === changed.id ? changed : m)),
    );
  }
  return invalidateAfterMeasurementChange(client, allianceId);
}

export function useDeclareOverlap(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: DeclareOverlapVariables) => declareOverlap(allianceId, input),
    onSettled: (changed) => settle(client, allianceId, changed),
  });
}

export function useRemoveOverlap(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (overlapId: string) => removeOverlap(allianceId, overlapId),
    onSettled: (changed) => settle(client, allianceId, changed),
  });
}
