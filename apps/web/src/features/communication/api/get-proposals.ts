import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ProposalFieldsFragment, ProposalState } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { communicationKey } from './keys';

const ProposalsDocument = graphql(`
  query Proposals($allianceId: ID!, $state: ProposalState, $page: PageInput) {
    proposals(allianceId: $allianceId, state: $state, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...ProposalFields
      }
    }
  }
`);

export type Proposal = ProposalFieldsFragment;

export async function getProposals(allianceId: string, state: ProposalState | null, after: string | null) {
  return (await request(ProposalsDocument, { allianceId, state, page: { first: 25, after } })).proposals;
}

export const proposalsQueryOptions = (allianceId: string, state: ProposalState | null) =>
  infiniteQueryOptions({
    queryKey: [...communicationKey(allianceId), 'proposals', state ?? 'ALL'] as const,
    queryFn: ({ pageParam }) => getProposals(allianceId, state, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? last.pageInfo.endCursor : undefined),
  });

export function useProposals(allianceId: string, state: ProposalState | null) {
  return useInfiniteQuery(proposalsQueryOptions(allianceId, state));
}
