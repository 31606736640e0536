import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ImportBatchFieldsFragment } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

const ImportBatchDocument = graphql(`
  query ImportBatch($allianceId: ID!, $batchId: ID!) {
    importBatch(allianceId: $allianceId, batchId: $batchId) {
      ...ImportBatchFields
    }
  }
`);

export type ImportBatch = ImportBatchFieldsFragment;

export const importsKey = (allianceId: string) => ['alliance', allianceId, 'imports'] as const;
export const importBatchKey = (allianceId: string, batchId: string) => [...importsKey(allianceId), 'batch', batchId] as const;

/** A step that runs as a job (CHECKING, COMMITTING) is polled until it is done: the progress bar. */
export const isRunning = (status: string | undefined) => status === 'CHECKING' || status === 'COMMITTING';

export async function getImportBatch(allianceId: string, batchId: string): Promise<ImportBatch> {
  return (await request(ImportBatchDocument, { allianceId, batchId })).importBatch;
}

export const importBatchQuery = (allianceId: string, batchId: string) =>
  queryOptions({
    queryKey: importBatchKey(allianceId, batchId),
    queryFn: () => getImportBatch(allianceId, batchId),
    refetchInterval: (query) => (isRunning(query.state.data?.status) ? 700 : false),
  });

export function useImportBatch(allianceId: string, batchId: string | undefined) {
  return useQuery({ ...importBatchQuery(allianceId, batchId ?? ''), enabled: Boolean(batchId) });
}
