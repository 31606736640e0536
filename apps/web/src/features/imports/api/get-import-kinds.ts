import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { importsKey } from './get-import-batch';

const ImportKindsDocument = graphql(`
  query ImportKinds($allianceId: ID!) {
    importKinds(allianceId: $allianceId) {
      name
      fields {
        key
        label
        required
        type
      }
    }
  }
`);

export const importKindsQuery = (allianceId: string) =>
  queryOptions({
    queryKey: [...importsKey(allianceId), 'kinds'] as const,
    queryFn: async () => (await request(ImportKindsDocument, { allianceId })).importKinds,
    staleTime: Infinity,
  });

export function useImportKinds(allianceId: string) {
  return useQuery(importKindsQuery(allianceId));
}
