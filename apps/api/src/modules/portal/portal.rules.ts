import type { OfferFreshnessName } from '@gemeinwerk/shared';
import type { FieldProblem } from '../../core/errors';
import type { OfferFieldChange, OfferScheduleSlot, PortalOfferContent, PortalOfferContentInput } from './portal.models';

/** The content fields of an offer, in the order the diff and the form show them. */
export const OFFER_CONTENT_FIELDS = [
  'title',
  'summary',
  'description',
  'categories',
  'targetGroups',
  'ageMin',
  'ageMax',
  'districtId',
  'street',
  'postalCode',
  'city',
  'latitude',
  'longitude',
  'scheduleKind',
  'schedule',
  'scheduleNote',
  'startDate',
  'endDate',
  'isFree',
  'costNote',
  'stepFree',
  'signLanguage',
  'easyLanguage',
  'languages',
  'registrationRequired',
  'registrationNote',
  'contactName',
  'contactEmail',
  'contactPhone',
  'imageIds',
  'goalIds',
  'activityIds',
] as const satisfies readonly (keyof PortalOfferContent)[];

const uniq = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter((x) => x.length > 0))];
export const blankToNull = (v: string | null | undefined): string | null => (v === undefined || v === null || v.trim() === '' ? null : v.trim());

/** The input as stored: blanks as null, lists without repeats, ids in lower case. */
export function normaliseContent(input: PortalOfferContentInput): PortalOfferContent {
  const ids = (xs: string[]) => uniq(xs.map((x) => x.toLowerCase()));
  return {
    title: input.title.trim(),
    summary: input.summary ?? '',
    description: input.description ?? '',
    categories: uniq(input.categories ?? []),
    targetGroups: uniq(input.targetGroups ?? []),
    ageMin: input.ageMin ?? null,
    ageMax: input.ageMax ?? null,
    districtId: input.districtId ? input.districtId.toLowerCase() : null,
    street: blankToNull(input.street),
    postalCode: blankToNull(input.postalCode),
    city: blankToNull(input.city),
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    scheduleKind: input.scheduleKind ?? 'ONGOING',
    schedule: (input.schedule ?? []).map((s) => ({ date: s.date ?? null, weekday: s.weekday ?? null, from: s.from ?? null, to: s.to ?? null })),
    scheduleNote: input.scheduleNote ?? '',
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    isFree: input.isFree ?? true,
    costNote: input.costNote ?? '',
    stepFree: !!input.stepFree,
    signLanguage: !!input.signLanguage,
    easyLanguage: !!input.easyLanguage,
    languages: uniq(input.languages ?? ['de']),
    registrationRequired: !!input.registrationRequired,
    registrationNote: input.registrationNote ?? '',
    contactName: blankToNull(input.contactName),
    contactEmail: blankToNull(input.contactEmail)?.toLowerCase() ?? null,
    contactPhone: blankToNull(input.contactPhone),
    imageIds: ids(input.imageIds ?? []),
    goalIds: ids(input.goalIds ?? []),
    activityIds: ids(input.activityIds ?? []),
  };
}

const slotProblem = (kind: string, s: OfferScheduleSlot): string | null => {
  if (kind === 'DATES' && !s.date) return 'required';
  if (kind === 'WEEKLY' && !s.weekday) return 'required';
  if (s.from && s.to && s.to <= s.from) return 'range';
  return null;
};

/** Problems the field types cannot express: ranges, what the schedule kind needs, coordinates in pairs. */
export function contentProblems(c: PortalOfferContent): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (c.ageMin !== null && c.ageMax !== null && c.ageMax < c.ageMin) out.push({ field: 'content.ageMax', code: 'range' });
  if (c.startDate && c.endDate && c.endDate < c.startDate) out.push({ field: 'content.endDate', code: 'range' });
  if ((c.latitude === null) !== (c.longitude === null)) out.push({ field: c.latitude === null ? 'content.latitude' : 'content.longitude', code: 'required' });
  if ((c.scheduleKind === 'DATES' || c.scheduleKind === 'WEEKLY') && c.schedule.length === 0) out.push({ field: 'content.schedule', code: 'required' });
  if (c.scheduleKind === 'PERIOD' && !c.startDate) out.push({ field: 'content.startDate', code: 'required' });
  c.schedule.forEach((s, i) => {
    const p = slotProblem(c.scheduleKind, s);
    if (p) out.push({ field: `content.schedule.${i}`, code: p });
  });
  if (!c.isFree && c.costNote.trim() === '') out.push({ field: 'content.costNote', code: 'required' });
  return out;
}

/** A field's value as text for the diff: lists joined with ", ", slots as "date/weekday from–to", booleans as true/false. */
export function displayValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    return value.map((v) => (typeof v === 'object' && v !== null ? slotText(v as OfferScheduleSlot) : String(v))).join(', ');
  }
  if (typeof value === 'string') return value === '' ? null : value;
  return String(value);
}

const slotText = (s: OfferScheduleSlot) =>
  [s.date ?? (s.weekday ? `weekday ${s.weekday}` : ''), s.from && s.to ? `${s.from}–${s.to}` : (s.from ?? '')].filter(Boolean).join(' ');

/**
 * What a revision changes against the published version, field by field (unchanged fields left
 * out). For a new offer (no published version) every filled field is a change from nothing.
 */
export function diffContent(before: PortalOfferContent | null, after: PortalOfferContent): OfferFieldChange[] {
  const out: OfferFieldChange[] = [];
  for (const field of OFFER_CONTENT_FIELDS) {
    const a = displayValue(before ? before[field] : null);
    const b = displayValue(after[field]);
    if (a !== b) out.push({ field, before: a, after: b });
  }
  return out;
}

export interface FreshnessRules {
  reminderMonths: number;
  flagMonths: number;
  hideMonths: number;
}

/** `months` calendar months after `from` (31 January + 1 month = 28/29 February, as people count). */
export function addMonths(from: Date, months: number): Date {
  const d = new Date(from.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/** The three moments of a published offer's life after its last confirmation. */
export function freshnessDates(confirmedAt: Date, rules: FreshnessRules): { dueAt: Date; flagAt: Date; hideAt: Date } {
  return {
    dueAt: addMonths(confirmedAt, rules.reminderMonths),
    flagAt: addMonths(confirmedAt, rules.flagMonths),
    hideAt: addMonths(confirmedAt, rules.hideMonths),
  };
}

/** FRESH until the reminder is due, DUE until flagged, FLAGGED until hidden, then HIDDEN (not public until confirmed). */
export function freshnessOf(confirmedAt: Date, now: Date, rules: FreshnessRules): OfferFreshnessName {
  const { dueAt, flagAt, hideAt } = freshnessDates(confirmedAt, rules);
  if (now >= hideAt) return 'HIDDEN';
  if (now >= flagAt) return 'FLAGGED';
  if (now >= dueAt) return 'DUE';
  return 'FRESH';
}

/** The settings must keep the order reminder < flag < hide. */
export function freshnessRuleProblems(r: FreshnessRules): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (r.flagMonths <= r.reminderMonths) out.push({ field: 'flagMonths', code: 'range' });
  if (r.hideMonths <= r.flagMonths) out.push({ field: 'hideMonths', code: 'range' });
  return out;
}

/** The matrix's reading of a cell against the median: a gap, over-supply, or nothing to say. */
export function supplyOf(offers: number, median: number | null): 'GAP' | 'OVER' | null {
  if (median === null || median <= 0) return offers === 0 ? 'GAP' : null;
  if (offers < median / 4) return 'GAP';
  if (offers > median * 2) return 'OVER';
  return null;
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The portal's public address: as the public context (gw_enter_portal) and the pages' route take it. */
export const PORTAL_SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;

/** An https address without spaces or quotes (the map's style or tiles are loaded by the visitor's browser from there). */
function isHttpsUrl(value: string): boolean {
  if (value.length > 500 || /[\s"'<>\\]/.test(value)) return false;
  try {
    const u = new URL(value.replace(/\{[zxy]\}/g, '0'));
    return u.protocol === 'https:' && !!u.hostname && !u.username && !u.password;
  } catch {
    return false;
  }
}

/** How a tile template looks (for the message). */
export const TILE_EXAMPLE = 'https://tiles.example.org/{z}/{x}/{y}.png';

export interface PortalMapSettings {
  slug: string | null;
  mapStyleUrl: string | null;
  tileUrl: string | null;
}

/**
 * The portal's address and map: the slug as the public route takes it; the style a MapLibre style
 * URL over https; the tiles an https raster template with {z}, {x} and {y}. Empty (null) map
 * fields are the built-in offline map (district outlines and offers, no basemap). Map settings
 * need an address to belong to.
 */
export function mapSettingsProblems(s: PortalMapSettings): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (s.slug !== null && !PORTAL_SLUG.test(s.slug)) out.push({ field: 'slug', code: 'slug' });
  if (s.slug === null && (s.mapStyleUrl || s.tileUrl)) out.push({ field: 'slug', code: 'required' });
  if (s.mapStyleUrl && !isHttpsUrl(s.mapStyleUrl)) out.push({ field: 'mapStyleUrl', code: 'httpsUrl' });
  if (s.tileUrl && (!isHttpsUrl(s.tileUrl) || !['{z}', '{x}', '{y}'].every((p) => s.tileUrl!.includes(p))))
    out.push({ field: 'tileUrl', code: 'tileTemplate', params: { example: TILE_EXAMPLE } });
  return out;
}
