import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { MeasurementFilter, ReportingMeasurementFieldsFragment } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { reportingKey } from './keys';

const ReportingMeasurementsDocument = graphql(`
  query ReportingMeasurements($allianceId: ID!, $filter: MeasurementFilter!, $first: Int!) {
    measurements(allianceId: $allianceId, filter: $filter, page: { first: $first }) {
      totalCount
      nodes {
        ...ReportingMeasurementFields
      }
    }
  }
`);

export type Measurement = ReportingMeasurementFieldsFragment;

export async function getMeasurements(allianceId: string, filter: MeasurementFilter, first = 100): Promise<Measurement[]> {
  return (await request(ReportingMeasurementsDocument, { allianceId, filter, first })).measurements.nodes;
}

export const measurementsQueryOptions = (allianceId: string, filter: MeasurementFilter, first = 100) =>
  queryOptions({
    queryKey: [...reportingKey(allianceId), 'measurements', filter, first],
    queryFn: () => getMeasurements(allianceId, filter, first),
  });

/** One organisation's values in one period (every indicator of the period's frequency fits in a page). */
export function usePeriodMeasurements(allianceId: string, periodId: string, membershipId: string, enabled = true) {
  return useQuery({ ...measurementsQueryOptions(allianceId, { reportingPeriodId: periodId, membershipId }), enabled });
}

/** One organisation's values in several periods, one request per period, combined. */
export function useMeasurementsOfPeriods(allianceId: string, periodIds: string[], filter: Omit<MeasurementFilter, 'reportingPeriodId'>) {
  return useQueries({
    queries: periodIds.map((reportingPeriodId) => measurementsQueryOptions(allianceId, { ...filter, reportingPeriodId })),
    combine: (results) => ({
      data: results.every((r) => r.isSuccess) ? results.flatMap((r) => r.data ?? []) : undefined,
      isPending: results.some((r) => r.isPending),
      error: results.find((r) => r.isError)?.error ?? null,
      refetch: () => Promise.all(results.map((r) => r.refetch())),
    }),
  });
}
