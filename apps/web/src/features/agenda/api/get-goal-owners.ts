import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const AgendaGoalOwnersDocument = graphql(`
  query AgendaGoalOwners($allianceId: ID!) {
    members(allianceId: $allianceId) {
      id
      state
      organisation {
        id
        name
      }
    }
  }
`);

export interface GoalOwner {
  membershipId: string;
  name: string;
}

/** Organisations that can lead a goal: the ACTIVE members, by name. */
export async function getGoalOwners(allianceId: string): Promise<GoalOwner[]> {
  const { members } = await request(AgendaGoalOwnersDocument, { allianceId });
  return members
    .filter((m) => m.state === 'ACTIVE')
    .map((m) => ({ membershipId: m.id, name: m.organisation.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

export const goalOwnersQueryOptions = (allianceId: string) =>
  queryOptions({ queryKey: [...allianceKey(allianceId), 'members', 'goal-owners'] as const, queryFn: () => getGoalOwners(allianceId) });

export function useGoalOwners(allianceId: string, enabled = true) {
  return useQuery({ ...goalOwnersQueryOptions(allianceId), enabled });
}
