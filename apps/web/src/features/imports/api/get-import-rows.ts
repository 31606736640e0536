import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ImportRowsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { importBatchKey } from './get-import-batch';

const ImportRowsDocument = graphql(`
  query ImportRows($allianceId: ID!, $batchId: ID!, $onlyProblems: Boolean!, $page: PageInput) {
    importRows(allianceId: $allianceId, batchId: $batchId, onlyProblems: $onlyProblems, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        rowNo
        cells
        problems {
          field
          code
          message
        }
      }
    }
  }
`);

export type ImportRowPage = ImportRowsQuery['importRows'];

export const importRowsQuery = (allianceId: string, batchId: string, version: number, onlyProblems: boolean, after: string | null) =>
  queryOptions({
    // The batch's version is in the key: a new check (new version) shows its own problems.
    queryKey: [...importBatchKey(allianceId, batchId), 'rows', version, onlyProblems, after] as const,
    queryFn: async () => (await request(ImportRowsDocument, { allianceId, batchId, onlyProblems, page: { first: 50, after: after ?? undefined } })).importRows,
    placeholderData: keepPreviousData,
  });

export function useImportRows(allianceId: string, batchId: string, version: number, onlyProblems: boolean, after: string | null) {
  return useQuery(importRowsQuery(allianceId, batchId, version, onlyProblems, after));
}
