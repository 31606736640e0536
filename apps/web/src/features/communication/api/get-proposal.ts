import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ProposalQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { communicationKey } from './keys';

const ProposalDocument = graphql(`
  query Proposal($allianceId: ID!, $proposalId: ID!) {
    proposal(allianceId: $allianceId, proposalId: $proposalId) {
      id
      title
      body
      state
      outcome
      closesAt
      createdAt
      decidedAt
      votingOpen
      version
      decisionLogEntryId
      createdBy {
        id
        name
      }
      createdByMember {
        membershipId
        organisation {
          id
          name
        }
      }
      indicator {
        id
        name
        unit
      }
      indicatorSnapshot {
        name
        unit
        aggregation
        periods
        values
        reportCounts
        takenAt
      }
      myVote {
        vote
        comment
      }
      tally {
        ...VoteTallyFields
      }
      votes {
        vote
        comment
        votedAt
        votedBy {
          id
          name
        }
        member {
          membershipId
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);

export type ProposalDetail = ProposalQuery['proposal'];

export async function getProposal(allianceId: string, proposalId: string): Promise<ProposalDetail> {
  return (await request(ProposalDocument, { allianceId, proposalId })).proposal;
}

export const proposalQueryOptions = (allianceId: string, proposalId: string) =>
  queryOptions({ queryKey: [...communicationKey(allianceId), 'proposal', proposalId] as const, queryFn: () => getProposal(allianceId, proposalId) });

export function useProposal(allianceId: string, proposalId: string) {
  return useQuery(proposalQueryOptions(allianceId, proposalId));
}
