import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import type { Measurement } from './get-measurements';
import { invalidateAfterMeasurementChange } from './invalidate';

const ApproveMeasurementDocument = graphql(`
  mutation ApproveMeasurement($input: ApproveMeasurementInput!) {
    approveMeasurement(input: $input) {
      ...ReportingMeasurementFields
    }
  }
`);

const RejectMeasurementDocument = graphql(`
  mutation RejectMeasurement($input: RejectMeasurementInput!) {
    rejectMeasurement(input: $input) {
      ...ReportingMeasurementFields
    }
  }
`);

const ReopenMeasurementDocument = graphql(`
  mutation ReopenMeasurement($input: ReopenMeasurementInput!) {
    reopenMeasurement(input: $input) {
      ...ReportingMeasurementFields
    }
  }
`);

export type ReviewAction =
  | { kind: 'approve'; measurementId: string; version: number }
  | { kind: 'reject'; measurementId: string; version: number; reason: string }
  | { kind: 'reopen'; measurementId: string; version: number; reason: string };

export async function reviewMeasurement(allianceId: string, action: ReviewAction): Promise<Measurement> {
  const { kind, ...input } = action;
  if (kind === 'approve')
    return (await request(ApproveMeasurementDocument, { input: { allianceId, measurementId: input.measurementId, version: input.version } }))
      .approveMeasurement;
  const withReason = { allianceId, ...(input as Omit<Extract<ReviewAction, { kind: 'reject' }>, 'kind'>) };
  if (kind === 'reject') return (await request(RejectMeasurementDocument, { input: withReason })).rejectMeasurement;
  return (await request(ReopenMeasurementDocument, { input: withReason })).reopenMeasurement;
}

/** Approve, reject (with reason) or reopen (with reason) one value; backbone only. */
export function useReviewMeasurement(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: ReviewAction) => reviewMeasurement(allianceId, action),
    onSettled: () => invalidateAfterMeasurementChange(client, allianceId),
  });
}

const ApproveMeasurementsDocument = graphql(`
  mutation ApproveMeasurements($input: ApproveMeasurementsInput!) {
    approveMeasurements(input: $input) {
      ...ReportingMeasurementFields
    }
  }
`);

/** Approves the selected values at once, each with the version the reviewer saw: all or nothing (backbone only). */
export function useApproveMeasurements(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (items: { measurementId: string; version: number }[]) =>
      (await request(ApproveMeasurementsDocument, { input: { allianceId, items } })).approveMeasurements,
    onSettled: () => invalidateAfterMeasurementChange(client, allianceId),
  });
}
