import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { PublishAgreementVersionInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { agreementQueryKey } from './get-agreement';
import { refreshAfterChange } from './invalidate';

const PublishAgreementVersionDocument = graphql(`
  mutation PublishAgreementVersion($input: PublishAgreementVersionInput!) {
    publishAgreementVersion(input: $input) {
      current {
        id
        number
      }
    }
  }
`);

export type PublishAgreementVersionVariables = Omit<PublishAgreementVersionInput, 'allianceId'>;

export async function publishAgreementVersion(allianceId: string, input: PublishAgreementVersionVariables) {
  return (await request(PublishAgreementVersionDocument, { input: { allianceId, ...input } })).publishAgreementVersion;
}

export function usePublishAgreementVersion(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: PublishAgreementVersionVariables) => publishAgreementVersion(allianceId, input),
    onSettled: () => refreshAfterChange(client, allianceId, agreementQueryKey(allianceId)),
  });
}
