import type { ActivityFilter, ActivityStatus } from '@/gql/graphql';
import { ACTIVITY_STATUSES } from './permissions';

/** The list's filters live in the URL (`?goal=…&member=…`), so a filtered list can be shared and survives "back". */
export const FILTER_PARAMS = ['search', 'goal', 'member', 'status', 'targetGroup', 'district'] as const;

export function filterFromParams(params: URLSearchParams): ActivityFilter {
  const filter: ActivityFilter = {};
  const goal = params.get('goal');
  const member = params.get('member');
  const status = params.get('status');
  const targetGroup = params.get('targetGroup')?.trim();
  const district = params.get('district')?.trim(); // a district's id
  const search = params.get('search')?.trim();
  if (goal) filter.goalId = goal;
  if (member) filter.membershipId = member;
  if (status && ACTIVITY_STATUSES.includes(status as ActivityStatus)) filter.status = status as ActivityStatus;
  if (targetGroup) filter.targetGroup = targetGroup;
  if (district) filter.districtId = district;
  if (search) filter.search = search;
  return filter;
}

export const hasFilter = (filter: ActivityFilter) => Object.keys(filter).length > 0;
