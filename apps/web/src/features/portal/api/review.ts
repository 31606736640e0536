import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { PortalReviewQueueQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const PortalReviewQueueDocument = graphql(`
  query PortalReviewQueue($allianceId: ID!) {
    portalReviewQueue(allianceId: $allianceId) {
      id
      offerId
      version
      providerName
      submittedAt
      submittedByName
      baseContent {
        title
      }
      content {
        title
      }
      changes {
        field
        before
        after
      }
    }
    portalDistricts(allianceId: $allianceId) {
      id
      name
    }
  }
`);

const ApproveDocument = graphql(`
  mutation ApprovePortalOfferRevision($input: DecideOfferRevisionInput!) {
    approvePortalOfferRevision(input: $input) {
      id
      status
    }
  }
`);

const ReturnDocument = graphql(`
  mutation ReturnPortalOfferRevision($input: DecideOfferRevisionInput!) {
    returnPortalOfferRevision(input: $input) {
      id
      status
    }
  }
`);

export type QueueItem = PortalReviewQueueQuery['portalReviewQueue'][number];
const queueKey = (allianceId: string) => [...allianceKey(allianceId), 'portal', 'queue'] as const;

export const useReviewQueue = (allianceId: string) =>
  useQuery({ queryKey: queueKey(allianceId), queryFn: () => request(PortalReviewQueueDocument, { allianceId }) });

export function useDecide(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (v: { revisionId: string; version: number; reason?: string }) =>
      v.reason === undefined
        ? (await request(ApproveDocument, { input: { allianceId, revisionId: v.revisionId, version: v.version } })).approvePortalOfferRevision
        : (await request(ReturnDocument, { input: { allianceId, revisionId: v.revisionId, version: v.version, reason: v.reason } })).returnPortalOfferRevision,
    onSettled: () => client.invalidateQueries({ queryKey: [...allianceKey(allianceId), 'portal'] }),
  });
}
