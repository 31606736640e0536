import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { MyPortalOffersQuery, PortalOfferContentInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const OfferFieldsFragment = graphql(`
  fragment PortalOfferFields on PortalOffer {
    id
    status
    providerName
    version
    publishedAt
    confirmedAt
    freshness
    districtName
    content {
      title
      summary
      description
      categories
      targetGroups
      ageMin
      ageMax
      districtId
      street
      postalCode
      city
      scheduleKind
      scheduleNote
      isFree
      costNote
      stepFree
      signLanguage
      easyLanguage
      languages
      registrationRequired
      contactName
      contactEmail
      contactPhone
      imageIds
    }
    openRevision {
      id
      state
      version
      returnReason
      content {
        title
      }
    }
  }
`);

const MyPortalOffersDocument = graphql(`
  query MyPortalOffers($allianceId: ID!) {
    portalSettings(allianceId: $allianceId) {
      name
      enabled
    }
    myPortalOffers(allianceId: $allianceId) {
      ...PortalOfferFields
    }
    portalDistricts(allianceId: $allianceId) {
      id
      name
    }
  }
`);

const CreatePortalOfferDocument = graphql(`
  mutation CreatePortalOffer($input: CreatePortalOfferInput!) {
    createPortalOffer(input: $input) {
      ...PortalOfferFields
    }
  }
`);

const UpdatePortalOfferDocument = graphql(`
  mutation UpdatePortalOffer($input: UpdatePortalOfferInput!) {
    updatePortalOffer(input: $input) {
      ...PortalOfferFields
    }
  }
`);

const ConfirmPortalOfferDocument = graphql(`
  mutation ConfirmPortalOffer($allianceId: ID!, $offerId: ID!, $version: Int!) {
    confirmPortalOffer(allianceId: $allianceId, offerId: $offerId, version: $version) {
      id
      confirmedAt
      version
    }
  }
`);

const UploadPortalImageDocument = graphql(`
  mutation UploadPortalImage($input: UploadPortalImageInput!) {
    uploadPortalImage(input: $input) {
      id
      width
      height
    }
  }
`);

export { OfferFieldsFragment };
export type MyOffers = MyPortalOffersQuery;
export type MyOffer = MyPortalOffersQuery['myPortalOffers'][number];

export const myOffersKey = (allianceId: string) => [...allianceKey(allianceId), 'portal', 'my-offers'] as const;

export function useMyOffers(allianceId: string) {
  return useQuery({ queryKey: myOffersKey(allianceId), queryFn: () => request(MyPortalOffersDocument, { allianceId }) });
}

function useOfferMutation<V, R>(allianceId: string, fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => client.invalidateQueries({ queryKey: [...allianceKey(allianceId), 'portal'] }) });
}

export const useCreateOffer = (allianceId: string) =>
  useOfferMutation(
    allianceId,
    async (content: PortalOfferContentInput) => (await request(CreatePortalOfferDocument, { input: { allianceId, content } })).createPortalOffer,
  );

export const useUpdateOffer = (allianceId: string) =>
  useOfferMutation(
    allianceId,
    async (v: { offerId: string; version: number; content: PortalOfferContentInput }) =>
      (await request(UpdatePortalOfferDocument, { input: { allianceId, ...v } })).updatePortalOffer,
  );

export const useConfirmOffer = (allianceId: string) =>
  useOfferMutation(
    allianceId,
    async (v: { offerId: string; version: number }) => (await request(ConfirmPortalOfferDocument, { allianceId, ...v })).confirmPortalOffer,
  );

export const useUploadImage = (allianceId: string) =>
  useMutation({
    mutationFn: async (v: { base64: string; altText: string }) => (await request(UploadPortalImageDocument, { input: { allianceId, ...v } })).uploadPortalImage,
  });
