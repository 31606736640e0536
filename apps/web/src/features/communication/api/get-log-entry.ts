import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { LogEntryQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { communicationKey } from './keys';

const LogEntryDocument = graphql(`
  query LogEntry($allianceId: ID!, $logEntryId: ID!) {
    logEntry(allianceId: $allianceId, logEntryId: $logEntryId) {
      id
      type
      title
      body
      occurredOn
      createdAt
      updatedAt
      version
      canEdit
      commentCount
      openActionItemCount
      conflictState
      resolution
      resolvedAt
      proposalId
      authorMember {
        membershipId
        role
        organisation {
          id
          name
        }
      }
      authorUser {
        id
        name
      }
      participants {
        membershipId
        organisation {
          id
          name
        }
      }
      goals {
        id
        title
      }
      indicators {
        id
        name
      }
      comments {
        id
        body
        createdAt
        canDelete
        authorMember {
          membershipId
          organisation {
            id
            name
          }
        }
        authorUser {
          id
          name
        }
      }
      actionItems {
        ...ActionItemFields
      }
    }
  }
`);

export type LogEntryDetail = LogEntryQuery['logEntry'];
export type Comment = LogEntryDetail['comments'][number];

export async function getLogEntry(allianceId: string, logEntryId: string): Promise<LogEntryDetail> {
  return (await request(LogEntryDocument, { allianceId, logEntryId })).logEntry;
}

export const logEntryQueryKey = (allianceId: string, logEntryId: string) => [...communicationKey(allianceId), 'entry', logEntryId] as const;

export const logEntryQueryOptions = (allianceId: string, logEntryId: string) =>
  queryOptions({ queryKey: logEntryQueryKey(allianceId, logEntryId), queryFn: () => getLogEntry(allianceId, logEntryId) });

export function useLogEntry(allianceId: string, logEntryId: string) {
  return useQuery(logEntryQueryOptions(allianceId, logEntryId));
}
