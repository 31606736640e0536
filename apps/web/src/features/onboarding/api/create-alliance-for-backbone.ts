import { useMutation } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { CreateAllianceForBackboneInput, CreateAllianceForBackboneMutation } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

const CreateAllianceForBackboneDocument = graphql(`
  mutation CreateAllianceForBackbone($input: CreateAllianceForBackboneInput!) {
    createAllianceForBackbone(input: $input) {
      allianceId
      allianceName
      organisationName
      mailedTo
      acceptPath
    }
  }
`);

export type AllianceForBackbone = CreateAllianceForBackboneMutation['createAllianceForBackbone'];

export async function createAllianceForBackbone(input: CreateAllianceForBackboneInput): Promise<AllianceForBackbone> {
  return (await request(CreateAllianceForBackboneDocument, { input })).createAllianceForBackbone;
}

export function useCreateAllianceForBackbone() {
  return useMutation({ mutationFn: createAllianceForBackbone });
}
