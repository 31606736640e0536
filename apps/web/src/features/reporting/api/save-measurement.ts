import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ReportingMeasurementWarningFragment, SaveMeasurementInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import type { Measurement } from './get-measurements';
import { invalidateAfterMeasurementChange } from './invalidate';

const SaveMeasurementDocument = graphql(`
  mutation SaveMeasurement($input: SaveMeasurementInput!) {
    saveMeasurement(input: $input) {
      ...ReportingMeasurementFields
      warnings {
        ...ReportingMeasurementWarning
      }
    }
  }
`);

const SubmitMeasurementDocument = graphql(`
  mutation SubmitMeasurement($input: SubmitMeasurementInput!) {
    submitMeasurement(input: $input) {
      ...ReportingMeasurementFields
      warnings {
        ...ReportingMeasurementWarning
      }
    }
  }
`);

export type SaveMeasurementVariables = Omit<SaveMeasurementInput, 'allianceId'>;
export type MeasurementWarning = ReportingMeasurementWarningFragment;
/** A value as a save or submit returned it, with what the reporter should look at again. */
export type SavedMeasurement = Measurement & { warnings: MeasurementWarning[] };

export async function saveMeasurement(allianceId: string, input: SaveMeasurementVariables): Promise<SavedMeasurement> {
  return (await request(SaveMeasurementDocument, { input: { allianceId, ...input } })).saveMeasurement;
}

export async function submitMeasurement(allianceId: string, measurementId: string, version: number): Promise<SavedMeasurement> {
  return (await request(SubmitMeasurementDocument, { input: { allianceId, measurementId, version } })).submitMeasurement;
}

/**
 * Saves the form's value as a draft and, with `submit`, hands it in right after: the submit
 * uses the version the save returned, so what is submitted is exactly what was typed.
 */
/** The draft a failed save-and-submit did store, if any. */
export function savedBeforeFailure(error: unknown): Measurement | undefined {
  return (error as { saved?: Measurement } | null)?.saved;
}

export function useSaveMeasurement(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ submit, ...input }: SaveMeasurementVariables & { submit: boolean }) => {
      const saved = await saveMeasurement(allianceId, input);
      if (!submit) return saved;
      try {
        return await submitMeasurement(allianceId, saved.id, saved.version);
      } catch (error) {
        // The draft is stored with a new version even though handing it in failed.
        throw Object.assign(error as object, { saved });
      }
    },
    onSettled: () => invalidateAfterMeasurementChange(client, allianceId),
  });
}
