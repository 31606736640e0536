import { useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { PortalPlanningQuery, PortalFreshnessQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const PortalPlanningDocument = graphql(`
  query PortalPlanning($allianceId: ID!) {
    portalPlanning(allianceId: $allianceId) {
      targetGroups
      medianOffers
      districts {
        id
        name
        population
        offers
        perThousand
      }
      cells {
        districtId
        targetGroup
        offers
        perThousand
        activities
      }
    }
    portalDistricts(allianceId: $allianceId, withShapes: true) {
      id
      name
      geojson
    }
  }
`);

const PortalFreshnessDocument = graphql(`
  query PortalFreshness($allianceId: ID!, $fromDay: String!, $toDay: String!) {
    portalFreshness(allianceId: $allianceId, fromDay: $fromDay, toDay: $toDay) {
      kind
      id
      title
      count
      owner
      dueOn
      state
    }
  }
`);

export type Planning = PortalPlanningQuery;
export type FreshnessEntry = PortalFreshnessQuery['portalFreshness'][number];

export const usePlanning = (allianceId: string) =>
  useQuery({ queryKey: [...allianceKey(allianceId), 'portal', 'planning'], queryFn: () => request(PortalPlanningDocument, { allianceId }) });

export const useFreshness = (allianceId: string, fromDay: string, toDay: string) =>
  useQuery({
    queryKey: [...allianceKey(allianceId), 'portal', 'freshness', fromDay, toDay],
    queryFn: async () => (await request(PortalFreshnessDocument, { allianceId, fromDay, toDay })).portalFreshness,
  });
