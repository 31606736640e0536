import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { CheckImportInput, ImportBatchStepInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { importBatchKey, importsKey, type ImportBatch } from './get-import-batch';

const CheckImportDocument = graphql(`
  mutation CheckImport($input: CheckImportInput!) {
    checkImport(input: $input) {
      ...ImportBatchFields
    }
  }
`);

const CommitImportDocument = graphql(`
  mutation CommitImport($input: ImportBatchStepInput!) {
    commitImport(input: $input) {
      ...ImportBatchFields
    }
  }
`);

const UndoImportDocument = graphql(`
  mutation UndoImport($input: ImportBatchStepInput!) {
    undoImport(input: $input) {
      ...ImportBatchFields
    }
  }
`);

/** The three steps after the upload share their cache handling: the batch's answer replaces the cached batch; the list and everything the rows touch refresh. */
function useStep<I>(allianceId: string, run: (input: I) => Promise<ImportBatch>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (batch) => {
      client.setQueryData(importBatchKey(allianceId, batch.id), batch);
      void client.invalidateQueries({ queryKey: [...importsKey(allianceId), 'list'] });
      // Committed or undone values change reporting, review and dashboards.
      if (batch.status === 'COMMITTED' || batch.status === 'UNDONE') void client.invalidateQueries({ queryKey: ['alliance', allianceId] });
    },
  });
}

export const useCheckImport = (allianceId: string) =>
  useStep(
    allianceId,
    async (input: Omit<CheckImportInput, 'allianceId'>) => (await request(CheckImportDocument, { input: { allianceId, ...input } })).checkImport,
  );

export const useCommitImport = (allianceId: string) =>
  useStep(
    allianceId,
    async (input: Omit<ImportBatchStepInput, 'allianceId'>) => (await request(CommitImportDocument, { input: { allianceId, ...input } })).commitImport,
  );

export const useUndoImport = (allianceId: string) =>
  useStep(
    allianceId,
    async (input: Omit<ImportBatchStepInput, 'allianceId'>) => (await request(UndoImportDocument, { input: { allianceId, ...input } })).undoImport,
  );
