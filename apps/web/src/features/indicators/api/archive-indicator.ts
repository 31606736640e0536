import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { indicatorsKey } from './get-indicators';

const ArchiveIndicatorDocument = graphql(`
  mutation ArchiveIndicator($input: IndicatorVersionInput!) {
    archiveIndicator(input: $input) {
      id
      status
      version
    }
  }
`);

const RestoreIndicatorDocument = graphql(`
  mutation RestoreIndicator($input: IndicatorVersionInput!) {
    restoreIndicator(input: $input) {
      id
      status
      version
    }
  }
`);

export interface ArchiveVariables {
  indicatorId: string;
  version: number;
  /** true archives, false makes it active again. */
  archive: boolean;
}

export async function setIndicatorArchived(allianceId: string, { indicatorId, version, archive }: ArchiveVariables) {
  const input = { allianceId, indicatorId, version };
  return archive
    ? (await request(ArchiveIndicatorDocument, { input })).archiveIndicator
    : (await request(RestoreIndicatorDocument, { input })).restoreIndicator;
}

export function useSetIndicatorArchived(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (variables: ArchiveVariables) => setIndicatorArchived(allianceId, variables),
    onSuccess: () => void client.invalidateQueries({ queryKey: indicatorsKey(allianceId) }),
  });
}
