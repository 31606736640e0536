import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import type { ProposalVersion } from './close-proposal';
import { useCommunicationMutation } from './use-communication-mutation';

const WithdrawProposalDocument = graphql(`
  mutation WithdrawProposal($input: WithdrawProposalInput!) {
    withdrawProposal(input: $input) {
      id
      state
    }
  }
`);

export async function withdrawProposal(allianceId: string, input: ProposalVersion) {
  return (await request(WithdrawProposalDocument, { input: { allianceId, ...input } })).withdrawProposal;
}

export function useWithdrawProposal(allianceId: string) {
  return useCommunicationMutation(allianceId, (input: ProposalVersion) => withdrawProposal(allianceId, input));
}
