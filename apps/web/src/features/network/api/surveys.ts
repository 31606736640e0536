import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type {
  MySurveyResponseQuery,
  SurveyAnswerInput,
  SurveyComparisonQuery,
  SurveyRoundNetworkFilterInput,
  SurveyRoundNetworkQuery,
  SurveyRoundsQuery,
} from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const SurveyRoundFields = graphql(`
  fragment SurveyRoundFields on SurveyRound {
    id
    title
    opensOn
    closesOn
    state
    closedAt
    version
    respondentCount
    submittedCount
    responseRate
    myResponseState
  }
`);

const SurveyRoundsDocument = graphql(`
  query SurveyRounds($allianceId: ID!) {
    surveyRounds(allianceId: $allianceId) {
      ...SurveyRoundFields
    }
  }
`);

const SurveyRoundDocument = graphql(`
  query SurveyRound($allianceId: ID!, $roundId: ID!) {
    surveyRound(allianceId: $allianceId, roundId: $roundId) {
      round {
        ...SurveyRoundFields
      }
      respondents {
        id
        state
        submittedAt
        organisation {
          id
          name
        }
      }
    }
  }
`);

const MySurveyResponseDocument = graphql(`
  query MySurveyResponse($allianceId: ID!, $roundId: ID!) {
    mySurveyResponse(allianceId: $allianceId, roundId: $roundId) {
      state
      version
      others {
        id
        organisation {
          id
          name
        }
      }
      answers {
        toMembershipId
        kind
        frequency
        trust
        value
      }
    }
  }
`);

const SurveyRoundNetworkDocument = graphql(`
  query SurveyRoundNetwork($allianceId: ID!, $roundId: ID!, $filter: SurveyRoundNetworkFilterInput) {
    surveyRoundNetwork(allianceId: $allianceId, roundId: $roundId, filter: $filter) {
      meanTrust
      meanValue
      mutualDyads
      answers {
        fromMembershipId
        toMembershipId
        kind
        frequency
        trust
        value
      }
      network {
        ...NetworkFields
      }
    }
  }
`);

const SurveyComparisonDocument = graphql(`
  query SurveyComparison($allianceId: ID!, $before: ID!, $after: ID!) {
    compareSurveyRounds(allianceId: $allianceId, beforeRoundId: $before, afterRoundId: $after) {
      newTies
      lostTies
      keptTies
      densityChange
      meanTrustChange
      meanValueChange
      reciprocityChange
      before {
        density
        ties
        meanTrust
        meanValue
        reciprocity
        round {
          id
          title
        }
      }
      after {
        density
        ties
        meanTrust
        meanValue
        reciprocity
        round {
          id
          title
        }
      }
      pairs {
        change
        trustBefore
        trustAfter
        valueBefore
        valueAfter
        a {
          id
          organisation {
            id
            name
          }
        }
        b {
          id
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);

const OpenSurveyRoundDocument = graphql(`
  mutation OpenSurveyRound($input: OpenSurveyRoundInput!) {
    openSurveyRound(input: $input) {
      id
    }
  }
`);

const CloseSurveyRoundDocument = graphql(`
  mutation CloseSurveyRound($input: CloseSurveyRoundInput!) {
    closeSurveyRound(input: $input) {
      id
      state
    }
  }
`);

const SaveSurveyResponseDocument = graphql(`
  mutation SaveSurveyResponse($input: SaveSurveyResponseInput!) {
    saveSurveyResponse(input: $input) {
      state
      version
    }
  }
`);

export type SurveyRoundItem = SurveyRoundsQuery['surveyRounds'][number];
export type MySurveyResponse = MySurveyResponseQuery['mySurveyResponse'];
export type SurveyRoundNetwork = SurveyRoundNetworkQuery['surveyRoundNetwork'];
export type SurveyComparison = SurveyComparisonQuery['compareSurveyRounds'];

export const surveysKey = (allianceId: string) => ['alliance', allianceId, 'surveys'] as const;

export const surveyRoundsQueryOptions = (allianceId: string) =>
  queryOptions({
    queryKey: [...surveysKey(allianceId), 'list'] as const,
    queryFn: async () => (await request(SurveyRoundsDocument, { allianceId })).surveyRounds,
  });

export function useSurveyRounds(allianceId: string) {
  return useQuery(surveyRoundsQueryOptions(allianceId));
}

export function useSurveyRound(allianceId: string, roundId: string) {
  return useQuery({
    queryKey: [...surveysKey(allianceId), 'round', roundId] as const,
    queryFn: async () => (await request(SurveyRoundDocument, { allianceId, roundId })).surveyRound,
  });
}

export function useMySurveyResponse(allianceId: string, roundId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...surveysKey(allianceId), 'round', roundId, 'mine'] as const,
    queryFn: async () => (await request(MySurveyResponseDocument, { allianceId, roundId })).mySurveyResponse,
    enabled,
  });
}

export function useSurveyRoundNetwork(allianceId: string, roundId: string, filter: SurveyRoundNetworkFilterInput, enabled: boolean) {
  return useQuery({
    queryKey: [...surveysKey(allianceId), 'round', roundId, 'network', filter] as const,
    queryFn: async () => (await request(SurveyRoundNetworkDocument, { allianceId, roundId, filter })).surveyRoundNetwork,
    enabled,
    placeholderData: (previous) => previous,
  });
}

export function useSurveyComparison(allianceId: string, before: string, after: string) {
  return useQuery({
    queryKey: [...surveysKey(allianceId), 'compare', before, after] as const,
    queryFn: async () => (await request(SurveyComparisonDocument, { allianceId, before, after })).compareSurveyRounds,
    enabled: Boolean(before && after),
  });
}

export function useOpenSurveyRound(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { title: string; opensOn: string; closesOn: string }) =>
      (await request(OpenSurveyRoundDocument, { input: { allianceId, ...input } })).openSurveyRound,
    onSuccess: () => client.invalidateQueries({ queryKey: surveysKey(allianceId) }),
  });
}

export function useCloseSurveyRound(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { roundId: string; version: number }) =>
      (await request(CloseSurveyRoundDocument, { input: { allianceId, ...input } })).closeSurveyRound,
    onSuccess: () => client.invalidateQueries({ queryKey: surveysKey(allianceId) }),
  });
}

export function useSaveSurveyResponse(allianceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { roundId: string; version: number; answers: SurveyAnswerInput[]; submit: boolean }) =>
      (await request(SaveSurveyResponseDocument, { input: { allianceId, ...input } })).saveSurveyResponse,
    onSuccess: () => client.invalidateQueries({ queryKey: surveysKey(allianceId) }),
  });
}
