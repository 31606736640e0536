import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import type { Measurement } from './get-measurements';
import { reportingKey } from './keys';

const ReviewQueueDocument = graphql(`
  query ReviewQueue($allianceId: ID!) {
    reviewQueue(allianceId: $allianceId, page: { first: 100 }) {
      totalCount
      nodes {
        ...ReportingMeasurementFields
      }
    }
  }
`);

export async function getReviewQueue(allianceId: string): Promise<{ totalCount: number; nodes: Measurement[] }> {
  return (await request(ReviewQueueDocument, { allianceId })).reviewQueue;
}

export const reviewQueueQueryOptions = (allianceId: string) =>
  queryOptions({ queryKey: [...reportingKey(allianceId), 'review-queue'], queryFn: () => getReviewQueue(allianceId) });

/** Submitted values waiting for review, longest waiting first (backbone only). */
export function useReviewQueue(allianceId: string) {
  return useQuery(reviewQueueQueryOptions(allianceId));
}
