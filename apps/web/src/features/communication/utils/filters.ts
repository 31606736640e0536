import { CONFLICT_STATES, LOG_ENTRY_TYPES } from '@gemeinwerk/shared';
import type { ConflictState, LogEntryType, LogFeedFilter } from '@/gql/graphql';

/** The timeline's filters as the form holds them; '' and null mean "not filtered". */
export interface TimelineFilter {
  type: LogEntryType | '';
  goalId: string;
  membershipId: string;
  conflictState: ConflictState | '';
  text: string;
  from: string | null;
  to: string | null;
}

export const EMPTY_FILTER: TimelineFilter = { type: '', goalId: '', membershipId: '', conflictState: '', text: '', from: null, to: null };

export function isFiltered(filter: TimelineFilter) {
  return Object.entries(filter).some(([key, value]) => value !== EMPTY_FILTER[key as keyof TimelineFilter]);
}

/** The filters live in the URL (`?type=…&search=…&from=…`), so a filtered timeline can be shared and survives "back". */
const PARAMS: Record<keyof TimelineFilter, string> = {
  type: 'type',
  goalId: 'goal',
  membershipId: 'member',
  conflictState: 'conflict',
  text: 'search',
  from: 'from',
  to: 'to',
};
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function filterFromParams(params: URLSearchParams): TimelineFilter {
  const get = (key: keyof TimelineFilter) => params.get(PARAMS[key]) ?? '';
  const day = (key: 'from' | 'to') => (DAY.test(get(key)) ? get(key) : null);
  const type = get('type') as LogEntryType;
  const conflictState = get('conflictState') as ConflictState;
  return {
    type: LOG_ENTRY_TYPES.includes(type) ? type : '',
    goalId: get('goalId'),
    membershipId: get('membershipId'),
    conflictState: CONFLICT_STATES.includes(conflictState) ? conflictState : '',
    text: get('text'),
    from: day('from'),
    to: day('to'),
  };
}

/** `params` with the given filters changed (an empty one removed) and every other parameter kept. */
export function withFilter(params: URLSearchParams, change: Partial<TimelineFilter>): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const [key, value] of Object.entries(change)) {
    if (value) out.set(PARAMS[key as keyof TimelineFilter], value);
    else out.delete(PARAMS[key as keyof TimelineFilter]);
  }
  return out;
}

/** "Bis" before "Von": the API refuses such a range, so the form says so and the range waits until it is fixed. */
export const isReversedRange = (filter: TimelineFilter) => !!(filter.from && filter.to && filter.to < filter.from);

/** What the API filters by: all of it, text and days included (no filtering of loaded pages in the browser). */
export function serverFilter(filter: TimelineFilter): LogFeedFilter {
  const search = filter.text.trim();
  const range = isReversedRange(filter) ? {} : { ...(filter.from ? { from: filter.from } : {}), ...(filter.to ? { to: filter.to } : {}) };
  return {
    ...(filter.type ? { types: [filter.type] } : {}),
    ...(filter.goalId ? { goalId: filter.goalId } : {}),
    ...(filter.membershipId ? { membershipId: filter.membershipId } : {}),
    ...(filter.conflictState ? { conflictState: filter.conflictState } : {}),
    ...(search ? { search } : {}),
    ...range,
  };
}
