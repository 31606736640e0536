import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ModerationStatus, ParticipationQueueQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

/*
 * Co-production in the workspace (issue 16): the moderators' queue, the reports forwarded to a
 * member, and the public answers to feedback. Keys: ['alliance', id, 'participation', …].
 */

export const ParticipationItemFieldsFragment = graphql(`
  fragment ParticipationItemFields on ParticipationItem {
    id
    kind
    offerId
    offerTitle
    category
    targetGroup
    districtName
    address
    lat
    lng
    text
    rating
    authorLabel
    moderation
    moderationReason
    status
    statusReason
    publicAnswer
    answeredByName
    answeredAt
    changedText
    forwardedMembershipId
    forwardedOrganisationName
    forwardNote
    forwardedAt
    supportCount
    abuseReports
    hasEmail
    hasPhoto
    version
    createdAt
  }
`);

const ParticipationQueueDocument = graphql(`
  query ParticipationQueue($allianceId: ID!, $status: ModerationStatus!) {
    participationQueue(allianceId: $allianceId, status: $status) {
      ...ParticipationItemFields
    }
  }
`);

const ParticipationPhotoDocument = graphql(`
  query ParticipationPhoto($allianceId: ID!, $itemId: ID!) {
    participationItem(allianceId: $allianceId, itemId: $itemId) {
      id
      photoDataUrl
    }
  }
`);

const ForwardedReportsDocument = graphql(`
  query ForwardedReports($allianceId: ID!) {
    forwardedReports(allianceId: $allianceId) {
      ...ParticipationItemFields
    }
  }
`);

const OfferFeedbackDocument = graphql(`
  query OfferFeedback($allianceId: ID!) {
    offerFeedback(allianceId: $allianceId) {
      ...ParticipationItemFields
    }
  }
`);

const ParticipationRightsDocument = graphql(`
  query ParticipationRights($allianceId: ID!) {
    participationRights(allianceId: $allianceId) {
      moderator
      forwardedReports
      answersFeedback
    }
  }
`);

const ParticipationMembersDocument = graphql(`
  query ParticipationMembers($allianceId: ID!) {
    members(allianceId: $allianceId) {
      ...MemberOptionFields
    }
  }
`);

const ModerateParticipationDocument = graphql(`
  mutation ModerateParticipation($input: ModerateParticipationInput!) {
    moderateParticipation(input: $input) {
      ...ParticipationItemFields
    }
  }
`);

const MergeReportsDocument = graphql(`
  mutation MergeReports($input: MergeReportsInput!) {
    mergeReports(input: $input) {
      ...ParticipationItemFields
    }
  }
`);

const ForwardReportDocument = graphql(`
  mutation ForwardReport($input: ForwardReportInput!) {
    forwardReport(input: $input) {
      ...ParticipationItemFields
    }
  }
`);

const ResolveReportDocument = graphql(`
  mutation ResolveReport($input: ResolveReportInput!) {
    resolveReport(input: $input) {
      ...ParticipationItemFields
    }
  }
`);

const AnswerFeedbackDocument = graphql(`
  mutation AnswerFeedback($input: AnswerFeedbackInput!) {
    answerFeedback(input: $input) {
      ...ParticipationItemFields
    }
  }
`);

const MarkFeedbackChangedDocument = graphql(`
  mutation MarkFeedbackChanged($input: MarkFeedbackChangedInput!) {
    markFeedbackChanged(input: $input) {
      ...ParticipationItemFields
    }
  }
`);

export type ParticipationItem = ParticipationQueueQuery['participationQueue'][number];

const participationKey = (allianceId: string) => [...allianceKey(allianceId), 'participation'] as const;

export const useParticipationQueue = (allianceId: string, status: ModerationStatus) =>
  useQuery({
    queryKey: [...participationKey(allianceId), 'queue', status],
    queryFn: async () => (await request(ParticipationQueueDocument, { allianceId, status })).participationQueue,
  });

export const useParticipationPhoto = (allianceId: string, id: string, enabled: boolean) =>
  useQuery({
    queryKey: [...participationKey(allianceId), 'photo', id],
    queryFn: async () => (await request(ParticipationPhotoDocument, { allianceId, itemId: id })).participationItem.photoDataUrl,
    enabled,
    staleTime: Infinity,
  });

export const useForwardedReports = (allianceId: string) =>
  useQuery({
    queryKey: [...participationKey(allianceId), 'forwarded'],
    queryFn: async () => (await request(ForwardedReportsDocument, { allianceId })).forwardedReports,
  });

/** Approved feedback on the caller's own offers (moderators: every offer's), unanswered first. */
export const useOfferFeedback = (allianceId: string) =>
  useQuery({
    queryKey: [...participationKey(allianceId), 'offerFeedback'],
    queryFn: async () => (await request(OfferFeedbackDocument, { allianceId })).offerFeedback,
  });

/**
 * Whether the caller moderates (the backbone or an appointed editor), receives forwarded reports
 * and answers feedback: the API's own rules, for the navigation. Not for providers (no workspace).
 */
export const useParticipationRights = (allianceId: string, enabled = true) =>
  useQuery({
    queryKey: [...participationKey(allianceId), 'rights'],
    queryFn: async () => (await request(ParticipationRightsDocument, { allianceId })).participationRights,
    enabled,
    staleTime: 5 * 60_000,
  });

/** The members a report can go to: active partners and the backbone, by name. */
export const useForwardTargets = (allianceId: string) =>
  useQuery({
    queryKey: [...participationKey(allianceId), 'members'],
    queryFn: async () => (await request(ParticipationMembersDocument, { allianceId })).members,
    select: (members) =>
      members
        .filter((m) => m.state === 'ACTIVE' && (m.role === 'PARTNER' || m.role === 'BACKBONE'))
        .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name)),
    staleTime: 5 * 60_000,
  });

function useParticipationMutation<V>(allianceId: string, run: (v: V) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: run, onSettled: () => client.invalidateQueries({ queryKey: participationKey(allianceId) }) });
}

export const useModerate = (allianceId: string) =>
  useParticipationMutation(
    allianceId,
    async (v: { itemId: string; kind: string; action: 'APPROVE' | 'REJECT'; reason?: string; editedText?: string; version: number }) =>
      (await request(ModerateParticipationDocument, { input: { allianceId, ...v, kind: v.kind as never, action: v.action as never } })).moderateParticipation,
  );

export const useMergeReports = (allianceId: string) =>
  useParticipationMutation(
    allianceId,
    async (v: { keepId: string; duplicateId: string }) => (await request(MergeReportsDocument, { input: { allianceId, ...v } })).mergeReports,
  );

export const useForwardReport = (allianceId: string) =>
  useParticipationMutation(
    allianceId,
    async (v: { reportId: string; membershipId: string; note?: string; version: number }) =>
      (await request(ForwardReportDocument, { input: { allianceId, ...v } })).forwardReport,
  );

export const useResolveReport = (allianceId: string) =>
  useParticipationMutation(
    allianceId,
    async (v: { reportId: string; outcome: 'RESOLVED' | 'DECLINED'; publicAnswer: string; version: number }) =>
      (await request(ResolveReportDocument, { input: { allianceId, ...v, outcome: v.outcome as never } })).resolveReport,
  );

export const useAnswerFeedback = (allianceId: string) =>
  useParticipationMutation(
    allianceId,
    async (v: { feedbackId: string; text: string }) => (await request(AnswerFeedbackDocument, { input: { allianceId, ...v } })).answerFeedback,
  );

export const useMarkFeedbackChanged = (allianceId: string) =>
  useParticipationMutation(
    allianceId,
    async (v: { feedbackId: string; whatChanged: string }) => (await request(MarkFeedbackChangedDocument, { input: { allianceId, ...v } })).markFeedbackChanged,
  );
