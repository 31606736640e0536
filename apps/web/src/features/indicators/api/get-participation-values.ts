import { useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ParticipationValuesQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { indicatorsKey } from './get-indicators';

const ParticipationValuesDocument = graphql(`
  query ParticipationValues($allianceId: ID!, $indicatorId: ID!) {
    participationIndicatorValues(allianceId: $allianceId, indicatorId: $indicatorId) {
      values {
        period
        districtId
        districtName
        value
        suppressed
      }
    }
  }
`);

export type ParticipationValue = NonNullable<ParticipationValuesQuery['participationIndicatorValues']>['values'][number];

/** A participation-sourced indicator's values per period and district (null district: the total), small counts suppressed. */
export const useParticipationValues = (allianceId: string, indicatorId: string, enabled: boolean) =>
  useQuery({
    queryKey: [...indicatorsKey(allianceId), 'participationValues', indicatorId],
    queryFn: async () => (await request(ParticipationValuesDocument, { allianceId, indicatorId })).participationIndicatorValues?.values ?? [],
    enabled,
  });
