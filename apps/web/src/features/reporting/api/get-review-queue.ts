import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import type { ReviewQueueQuery } from '@/gql/graphql';
import { reportingKey } from './keys';

const ReviewQueueDocument = graphql(`
  query ReviewQueue($allianceId: ID!) {
    reviewQueue(allianceId: $allianceId, page: { first: 100 }) {
      totalCount
      nodes {
        ...ReportingMeasurementFields
        previous {
          periodKey
          value
          numerator
          denominator
          status
        }
        warnings {
          ...ReportingMeasurementWarning
        }
      }
    }
  }
`);

/** A queued value with what it follows (the member's latest earlier value that was not rejected) and the jump warning the reporter saw. */
export type QueuedMeasurement = ReviewQueueQuery['reviewQueue']['nodes'][number];

export async function getReviewQueue(allianceId: string): Promise<{ totalCount: number; nodes: QueuedMeasurement[] }> {
  return (await request(ReviewQueueDocument, { allianceId })).reviewQueue;
}

export const reviewQueueQueryOptions = (allianceId: string) =>
  queryOptions({ queryKey: [...reportingKey(allianceId), 'review-queue'], queryFn: () => getReviewQueue(allianceId) });

/** Submitted values waiting for review, longest waiting first (backbone only). */
export function useReviewQueue(allianceId: string) {
  return useQuery(reviewQueueQueryOptions(allianceId));
}
