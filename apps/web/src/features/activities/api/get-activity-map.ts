import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ActivityMapQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { activitiesKey } from './get-activities';

const ActivityMapDocument = graphql(`
  query ActivityMap($allianceId: ID!, $asOf: String) {
    activityMap(allianceId: $allianceId, asOf: $asOf) {
      asOf
      goals {
        id
        parentId
        title
      }
      members {
        membershipId
        organisation {
          id
          name
        }
      }
      cells {
        goalId
        membershipId
        activityCount
        runningCount
      }
      gaps {
        goalId
        goalTitle
      }
      overlaps {
        goalId
        goalTitle
        district
        targetGroup
        activities {
          id
          title
          periodStart
          periodEnd
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);

export type ActivityMapData = ActivityMapQuery['activityMap'];

export async function getActivityMap(allianceId: string, asOf: string | null): Promise<ActivityMapData> {
  return (await request(ActivityMapDocument, { allianceId, asOf })).activityMap;
}

export const activityMapQueryOptions = (allianceId: string, asOf: string | null) =>
  queryOptions({ queryKey: [...activitiesKey(allianceId), 'map', asOf] as const, queryFn: () => getActivityMap(allianceId, asOf) });

export function useActivityMap(allianceId: string, asOf: string | null, enabled = true) {
  return useQuery({ ...activityMapQueryOptions(allianceId, asOf), enabled });
}
