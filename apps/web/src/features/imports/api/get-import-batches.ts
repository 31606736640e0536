import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ImportBatchesQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { importsKey } from './get-import-batch';

const ImportBatchesDocument = graphql(`
  query ImportBatches($allianceId: ID!) {
    importBatches(allianceId: $allianceId, page: { first: 50 }) {
      totalCount
      nodes {
        ...ImportBatchFields
      }
    }
  }
`);

export type ImportBatchList = ImportBatchesQuery['importBatches'];

export const importBatchesQuery = (allianceId: string) =>
  queryOptions({
    queryKey: [...importsKey(allianceId), 'list'] as const,
    queryFn: async () => (await request(ImportBatchesDocument, { allianceId })).importBatches,
  });

export function useImportBatches(allianceId: string) {
  return useQuery(importBatchesQuery(allianceId));
}
