import { graphql } from '@/gql';
import type { Vote } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { useCommunicationMutation } from './use-communication-mutation';

const CastVoteDocument = graphql(`
  mutation CastVote($input: CastVoteInput!) {
    castVote(input: $input) {
      id
      myVote {
        vote
        comment
      }
    }
  }
`);

export interface CastVoteVariables {
  proposalId: string;
  vote: Vote;
  comment?: string;
}

export async function castVote(allianceId: string, input: CastVoteVariables) {
  return (await request(CastVoteDocument, { input: { allianceId, ...input } })).castVote;
}

export function useCastVote(allianceId: string) {
  return useCommunicationMutation(allianceId, (input: CastVoteVariables) => castVote(allianceId, input));
}
