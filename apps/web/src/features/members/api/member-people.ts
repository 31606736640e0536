import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { MemberPeopleQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const MemberPeopleDocument = graphql(`
  query MemberPeople($allianceId: ID!) {
    memberPeople(allianceId: $allianceId) {
      membershipId
      userId
      name
      isAdmin
    }
  }
`);

export type MemberPerson = MemberPeopleQuery['memberPeople'][number];

/** The people with a seat, by membership: names only (the backbone sees all members, others their own). */
export const memberPeopleQueryOptions = (allianceId: string) =>
  queryOptions({
    queryKey: [...allianceKey(allianceId), 'members', 'people'] as const,
    queryFn: async () => {
      const byMembership = new Map<string, MemberPerson[]>();
      for (const p of (await request(MemberPeopleDocument, { allianceId })).memberPeople)
        byMembership.set(p.membershipId, [...(byMembership.get(p.membershipId) ?? []), p]);
      return byMembership;
    },
  });

export function useMemberPeople(allianceId: string) {
  return useQuery(memberPeopleQueryOptions(allianceId));
}
