import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ReportingOverlapMembersQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { reportingKey } from './keys';

/** The alliance's members, to name the one an overlap is declared with (read here: features stay apart). */
const ReportingOverlapMembersDocument = graphql(`
  query ReportingOverlapMembers($allianceId: ID!) {
    members(allianceId: $allianceId) {
      ...MemberOptionFields
    }
  }
`);

export type OverlapMember = ReportingOverlapMembersQuery['members'][number];

export async function getOverlapMembers(allianceId: string): Promise<OverlapMember[]> {
  return (await request(ReportingOverlapMembersDocument, { allianceId })).members;
}

export const overlapMembersQueryOptions = (allianceId: string) =>
  queryOptions({ queryKey: [...reportingKey(allianceId), 'overlap-members'] as const, queryFn: () => getOverlapMembers(allianceId), staleTime: 5 * 60_000 });

/**
 * Who an overlap can be declared with: the other active members that report values themselves
 * (funders and observers count nobody), by name.
 */
export function useOverlapCandidates(allianceId: string, ownMembershipId: string, enabled = true) {
  return useQuery({
    ...overlapMembersQueryOptions(allianceId),
    enabled,
    select: (members) =>
      members
        .filter((m) => m.id !== ownMembershipId && m.state === 'ACTIVE' && (m.role === 'PARTNER' || m.role === 'BACKBONE'))
        .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name)),
  });
}
