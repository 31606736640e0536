import type { AuditEventFilter } from '@/gql/graphql';

/** The trail's filters as the URL holds them (every one may be empty). */
export interface TrailFilter {
  actorUserId: string;
  entityType: string;
  entityId: string;
  action: string;
  from: string;
  to: string;
}

const KEYS: (keyof TrailFilter)[] = ['actorUserId', 'entityType', 'entityId', 'action', 'from', 'to'];
const PARAM: Record<keyof TrailFilter, string> = { actorUserId: 'person', entityType: 'type', entityId: 'object', action: 'action', from: 'from', to: 'to' };

export const EMPTY_FILTER: TrailFilter = { actorUserId: '', entityType: '', entityId: '', action: '', from: '', to: '' };

export function filterFromParams(params: URLSearchParams): TrailFilter {
  return Object.fromEntries(KEYS.map((k) => [k, params.get(PARAM[k]) ?? ''])) as unknown as TrailFilter;
}

export function paramsWithFilter(params: URLSearchParams, filter: TrailFilter): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const k of KEYS) {
    if (filter[k]) next.set(PARAM[k], filter[k]);
    else next.delete(PARAM[k]);
  }
  return next;
}

export const isFiltered = (f: TrailFilter) => KEYS.some((k) => f[k] !== '');
export const isReversedRange = (f: TrailFilter) => f.from !== '' && f.to !== '' && f.to < f.from;

/** What the API gets: only the filters set; a reversed range is not sent (the form says why). */
export function toApiFilter(f: TrailFilter): AuditEventFilter {
  const out: AuditEventFilter = {};
  if (f.actorUserId) out.actorUserId = f.actorUserId;
  if (f.entityType) out.entityType = f.entityType;
  if (f.entityId) out.entityId = f.entityId;
  if (f.action) out.action = f.action;
  if (!isReversedRange(f)) {
    if (f.from) out.from = f.from;
    if (f.to) out.to = f.to;
  }
  return out;
}
