import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { AgreementQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

/** One published version of the agreement: the current one and each entry of the history. */
export const AgreementVersionFieldsFragment = graphql(`
  fragment AgreementVersionFields on AgreementVersion {
    id
    number
    title
    body
    conflictProcedure
    publishedAt
    publishedByName
    signatureCount
  }
`);

const AgreementDocument = graphql(`
  query Agreement($allianceId: ID!) {
    agreement(allianceId: $allianceId) {
      current {
        ...AgreementVersionFields
      }
      mySignature {
        id
        signedAt
        signedByName
      }
      signatures {
        id
        membershipId
        signedAt
        signedByName
        organisation {
          id
          name
        }
      }
      unsignedMembers {
        id
        role
        organisation {
          id
          name
        }
      }
      versions {
        ...AgreementVersionFields
      }
    }
  }
`);

export type Agreement = AgreementQuery['agreement'];
export type AgreementVersion = Agreement['versions'][number];

export async function getAgreement(allianceId: string): Promise<Agreement> {
  return (await request(AgreementDocument, { allianceId })).agreement;
}

export const agreementQueryKey = (allianceId: string) => [...allianceKey(allianceId), 'agreement'] as const;

export const agreementQueryOptions = (allianceId: string) => queryOptions({ queryKey: agreementQueryKey(allianceId), queryFn: () => getAgreement(allianceId) });

export function useAgreement(allianceId: string) {
  return useQuery(agreementQueryOptions(allianceId));
}
