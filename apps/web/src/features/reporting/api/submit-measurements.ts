import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { SaveMeasurementRow, SubmitMeasurementsMutation } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { invalidateAfterMeasurementChange } from './invalidate';

const SubmitMeasurementsDocument = graphql(`
  mutation SubmitMeasurements($input: SubmitMeasurementsInput!) {
    submitMeasurements(input: $input) {
      ok
      errors {
        row
        code
        field
        fieldCode
        params
        message
      }
      warnings {
        row
        code
        field
        previousPeriodKey
        previousValue
        value
        change
      }
      saved {
        ...ReportingMeasurementFields
      }
    }
  }
`);

export type BulkResult = SubmitMeasurementsMutation['submitMeasurements'];

/** Saves (and with `submit` on each row, submits) many values at once, all or nothing. */
export async function submitMeasurements(allianceId: string, rows: SaveMeasurementRow[]): Promise<BulkResult> {
  return (await request(SubmitMeasurementsDocument, { input: { allianceId, rows } })).submitMeasurements;
}

export function useSubmitMeasurements(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (rows: SaveMeasurementRow[]) => submitMeasurements(allianceId, rows),
    onSettled: () => invalidateAfterMeasurementChange(client, allianceId),
  });
}
