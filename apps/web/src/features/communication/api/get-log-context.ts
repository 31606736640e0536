import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { LogContextQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { communicationKey } from './keys';

/**
 * What the log's filters and forms choose from: member organisations, goals, indicators, and
 * whether guests may comment. Read here rather than from other features (features stay apart).
 */
const LogContextDocument = graphql(`
  query LogContext($allianceId: ID!) {
    alliance(allianceId: $allianceId) {
      id
      guestComments
    }
    members(allianceId: $allianceId) {
      ...MemberOptionFields
    }
    goals(allianceId: $allianceId) {
      id
      title
      depth
    }
    indicators(allianceId: $allianceId, page: { first: 100 }) {
      nodes {
        id
        name
        unit
        status
      }
    }
  }
`);

export type LogContext = LogContextQuery;
export type LogMemberOption = LogContextQuery['members'][number];

export async function getLogContext(allianceId: string): Promise<LogContext> {
  return request(LogContextDocument, { allianceId });
}

export const logContextQueryOptions = (allianceId: string) =>
  queryOptions({ queryKey: [...communicationKey(allianceId), 'context'] as const, queryFn: () => getLogContext(allianceId), staleTime: 5 * 60_000 });

export function useLogContext(allianceId: string) {
  return useQuery(logContextQueryOptions(allianceId));
}
