import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { TokenMembersQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const TokenMembersDocument = graphql(`
  query TokenMembers($allianceId: ID!) {
    members(allianceId: $allianceId) {
      id
      role
      state
      organisation {
        id
        name
      }
    }
  }
`);

export type TokenMember = TokenMembersQuery['members'][number];

/** Active partners: who a REPORTING token may report for (partners report their own values). */
export async function getTokenMembers(allianceId: string): Promise<TokenMember[]> {
  const members = (await request(TokenMembersDocument, { allianceId })).members;
  return members.filter((m) => m.state === 'ACTIVE' && m.role === 'PARTNER').sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, 'de'));
}

export const tokenMembersQueryOptions = (allianceId: string) =>
  queryOptions({ queryKey: [...allianceKey(allianceId), 'settings', 'token-members'] as const, queryFn: () => getTokenMembers(allianceId) });

export function useTokenMembers(allianceId: string, enabled: boolean) {
  return useQuery({ ...tokenMembersQueryOptions(allianceId), enabled });
}
