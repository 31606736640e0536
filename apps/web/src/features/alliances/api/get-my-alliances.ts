import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { MyAlliancesQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { myAlliancesKey } from '@/lib/query-keys';

const MyAlliancesDocument = graphql(`
  query MyAlliances {
    myAlliances {
      id
      name
      kind
      lifecycle
      periodStart
      periodEnd
      myRole
      myIsAdmin
      myMembershipId
      myOrganisation {
        id
        name
      }
    }
  }
`);

export type AllianceSummary = MyAlliancesQuery['myAlliances'][number];

export async function getMyAlliances(): Promise<AllianceSummary[]> {
  return (await request(MyAlliancesDocument)).myAlliances;
}

export const myAlliancesQueryOptions = () => queryOptions({ queryKey: myAlliancesKey, queryFn: getMyAlliances });

export function useMyAlliances() {
  return useQuery(myAlliancesQueryOptions());
}
