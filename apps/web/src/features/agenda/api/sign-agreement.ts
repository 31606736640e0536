import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { agreementQueryKey } from './get-agreement';
import { refreshAfterChange } from './invalidate';

const SignAgreementDocument = graphql(`
  mutation SignAgreement($input: SignAgreementInput!) {
    signAgreement(input: $input) {
      mySignature {
        id
        signedAt
      }
    }
  }
`);

export async function signAgreement(allianceId: string, versionNumber: number) {
  return (await request(SignAgreementDocument, { input: { allianceId, versionNumber } })).signAgreement;
}

export function useSignAgreement(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (versionNumber: number) => signAgreement(allianceId, versionNumber),
    onSettled: () => refreshAfterChange(client, allianceId, agreementQueryKey(allianceId)),
  });
}
