import { graphql } from '@/gql';
import type { CreateProposalInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { useCommunicationMutation } from './use-communication-mutation';

const CreateProposalDocument = graphql(`
  mutation CreateProposal($input: CreateProposalInput!) {
    createProposal(input: $input) {
      id
    }
  }
`);

export type CreateProposalVariables = Omit<CreateProposalInput, 'allianceId'>;

export async function createProposal(allianceId: string, input: CreateProposalVariables) {
  return (await request(CreateProposalDocument, { input: { allianceId, ...input } })).createProposal;
}

export function useCreateProposal(allianceId: string) {
  return useCommunicationMutation(allianceId, (input: CreateProposalVariables) => createProposal(allianceId, input));
}
