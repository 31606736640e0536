import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { MembersQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const MembersDocument = graphql(`
  query Members($allianceId: ID!) {
    members(allianceId: $allianceId) {
      id
      role
      state
      version
      joinedAt
      leftAt
      seatCount
      organisation {
        id
        name
        kind
        city
      }
    }
  }
`);

export type Member = MembersQuery['members'][number];

export async function getMembers(allianceId: string): Promise<Member[]> {
  return (await request(MembersDocument, { allianceId })).members;
}

export const membersQueryKey = (allianceId: string) => [...allianceKey(allianceId), 'members'] as const;

export const membersQueryOptions = (allianceId: string) => queryOptions({ queryKey: membersQueryKey(allianceId), queryFn: () => getMembers(allianceId) });

export function useMembers(allianceId: string) {
  return useQuery(membersQueryOptions(allianceId));
}
