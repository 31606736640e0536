import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { AuditEventFilter, AuditEventsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const AuditEventsDocument = graphql(`
  query AuditEvents($allianceId: ID!, $filter: AuditEventFilter, $page: PageInput) {
    auditEvents(allianceId: $allianceId, filter: $filter, page: $page) {
      totalCount
      totalCountCapped
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        actorUserId
        actorName
        action
        entityType
        entityId
        before
        after
        occurredAt
      }
    }
  }
`);

export type AuditEvent = AuditEventsQuery['auditEvents']['nodes'][number];
export type { AuditEventFilter };

export const AUDIT_PAGE_SIZE = 25;

export async function getAuditEvents(allianceId: string, filter: AuditEventFilter, after: string | null) {
  return (await request(AuditEventsDocument, { allianceId, filter, page: { first: AUDIT_PAGE_SIZE, after } })).auditEvents;
}

export const auditEventsQueryOptions = (allianceId: string, filter: AuditEventFilter) =>
  infiniteQueryOptions({
    queryKey: [...allianceKey(allianceId), 'audit', 'events', filter] as const,
    queryFn: ({ pageParam }) => getAuditEvents(allianceId, filter, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? last.pageInfo.endCursor : undefined),
  });

/** The audit trail, newest first, filtered on the server, 25 events at a time. */
export function useAuditEvents(allianceId: string, filter: AuditEventFilter) {
  return useInfiniteQuery(auditEventsQueryOptions(allianceId, filter));
}
