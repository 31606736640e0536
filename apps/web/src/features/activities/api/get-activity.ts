import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ActivityQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { activitiesKey } from './get-activities';

const ActivityDocument = graphql(`
  query Activity($allianceId: ID!, $activityId: ID!) {
    activity(allianceId: $allianceId, activityId: $activityId) {
      id
      title
      description
      status
      version
      districtId
      district
      place
      periodStart
      periodEnd
      targetGroups
      resources
      budgetEur
      staffHoursPerMonth
      membershipId
      organisation {
        id
        name
      }
      goals {
        id
        title
      }
      indicators {
        id
        name
      }
      createdAt
      updatedAt
    }
  }
`);

export type Activity = ActivityQuery['activity'];

export async function getActivity(allianceId: string, activityId: string): Promise<Activity> {
  return (await request(ActivityDocument, { allianceId, activityId })).activity;
}

export const activityQueryKey = (allianceId: string, activityId: string) => [...activitiesKey(allianceId), 'detail', activityId] as const;

export const activityQueryOptions = (allianceId: string, activityId: string) =>
  queryOptions({ queryKey: activityQueryKey(allianceId, activityId), queryFn: () => getActivity(allianceId, activityId) });

export function useActivity(allianceId: string, activityId: string, enabled = true) {
  return useQuery({ ...activityQueryOptions(allianceId, activityId), enabled: enabled && activityId !== '' });
}
