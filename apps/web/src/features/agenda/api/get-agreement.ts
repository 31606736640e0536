import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { AgreementQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const AgreementDocument = graphql(`
  query Agreement($allianceId: ID!) {
    agreement(allianceId: $allianceId) {
      current {
        id
        number
        title
        body
        conflictProcedure
        publishedAt
        publishedByName
        signatureCount
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
        id
        number
        title
        body
        conflictProcedure
        publishedAt
        publishedByName
        signatureCount
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

export const agreementQueryOptions = (allianceId: string) =>
  queryOptions({ queryKey: agreementQueryKey(allianceId), queryFn: () => getAgreement(allianceId) });

export function useAgreement(allianceId: string) {
  return useQuery(agreementQueryOptions(allianceId));
}
