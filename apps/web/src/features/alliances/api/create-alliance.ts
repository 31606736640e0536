import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { CreateAllianceInput, CreateAllianceMutation } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { myAlliancesKey } from '@/lib/query-keys';

const CreateAllianceDocument = graphql(`
  mutation CreateAlliance($input: CreateAllianceInput!) {
    createAlliance(input: $input) {
      id
      name
      kind
      lifecycle
      myRole
    }
  }
`);

export type CreatedAlliance = CreateAllianceMutation['createAlliance'];

export async function createAlliance(input: CreateAllianceInput): Promise<CreatedAlliance> {
  return (await request(CreateAllianceDocument, { input })).createAlliance;
}

export function useCreateAlliance(options: { onSuccess?: (alliance: CreatedAlliance) => void } = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createAlliance,
    onSuccess: async (alliance) => {
      await client.invalidateQueries({ queryKey: myAlliancesKey });
      options.onSuccess?.(alliance);
    },
  });
}
