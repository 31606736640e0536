import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { useCommunicationMutation } from './use-communication-mutation';

const CloseProposalDocument = graphql(`
  mutation CloseProposal($input: CloseProposalInput!) {
    closeProposal(input: $input) {
      id
      state
      outcome
      decisionLogEntryId
    }
  }
`);

export interface ProposalVersion {
  proposalId: string;
  version: number;
}

export async function closeProposal(allianceId: string, input: ProposalVersion) {
  return (await request(CloseProposalDocument, { input: { allianceId, ...input } })).closeProposal;
}

export function useCloseProposal(allianceId: string) {
  return useCommunicationMutation(allianceId, (input: ProposalVersion) => closeProposal(allianceId, input));
}
