import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ActivityOptionsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { activitiesKey } from './get-activities';

/** What filters and the form offer: the goal tree, the members, the active indicators and the districts. */
const ActivityOptionsDocument = graphql(`
  query ActivityOptions($allianceId: ID!) {
    goals(allianceId: $allianceId) {
      id
      parentId
      depth
      title
      status
    }
    members(allianceId: $allianceId) {
      ...MemberOptionFields
    }
    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 100 }) {
      nodes {
        id
        name
      }
    }
    districts(allianceId: $allianceId) {
      id
      name
    }
  }
`);

export type ActivityOptions = {
  goals: ActivityOptionsQuery['goals'];
  members: ActivityOptionsQuery['members'];
  indicators: ActivityOptionsQuery['indicators']['nodes'];
  districts: ActivityOptionsQuery['districts'];
};

export async function getActivityOptions(allianceId: string): Promise<ActivityOptions> {
  const data = await request(ActivityOptionsDocument, { allianceId });
  return { goals: data.goals, members: data.members, indicators: data.indicators.nodes, districts: data.districts };
}

export const activityOptionsQueryOptions = (allianceId: string) =>
  queryOptions({ queryKey: [...activitiesKey(allianceId), 'options'] as const, queryFn: () => getActivityOptions(allianceId) });

export function useActivityOptions(allianceId: string, enabled = true) {
  return useQuery({ ...activityOptionsQueryOptions(allianceId), enabled });
}
