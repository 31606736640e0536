import type { FieldProblem } from '../../core/errors';
import { REPORT_CATEGORIES, REPORT_STATUSES } from './participation.entity';

/** Pure rules of the public participation forms (no database, no Nest): reading and checking what a visitor sends. */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const TEXT_MAX = 4000;

/** Target groups offered in the report form when the portal's offers name none (keys are German, as the offers' own). */
export const DEFAULT_TARGET_GROUPS: { key: string; de: string; en: string }[] = [
  { key: 'Kinder', de: 'Kinder', en: 'Children' },
  { key: 'Jugendliche', de: 'Jugendliche', en: 'Young people' },
  { key: 'Familien', de: 'Familien', en: 'Families' },
  { key: 'Eltern', de: 'Eltern', en: 'Parents' },
  { key: 'Ältere Menschen', de: 'Ältere Menschen', en: 'Older people' },
  { key: 'Menschen mit Behinderung', de: 'Menschen mit Behinderung', en: 'People with disabilities' },
  { key: 'Zugewanderte', de: 'Zugewanderte', en: 'Migrants' },
  { key: 'Alle', de: 'Alle', en: 'Everyone' },
];

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const optional = (v: unknown) => text(v) || null;
const num = (v: unknown): number | null => {
  if (v === null || v === undefined || v === '') return null;
  const n = typeof v === 'number' ? v : Number(String(v).replace(',', '.'));
  return Number.isFinite(n) ? n : NaN;
};
export const isUuidText = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);
const asRecord = (body: unknown) => (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;

/** What every public POST carries besides its own fields: the honeypot and the proof of work. */
export interface Guard {
  website: string;
  altcha: string;
}
export const readGuard = (body: unknown): Guard => {
  const b = asRecord(body);
  return { website: text(b.website), altcha: text(b.altcha) };
};

export const readLocale = (v: unknown): 'de' | 'en' => (v === 'en' ? 'en' : 'de');

function emailProblem(email: string | null, problems: FieldProblem[]) {
  if (email && (email.length > 254 || !EMAIL.test(email))) problems.push({ field: 'email', code: 'email' });
}

function lengthProblem(field: string, value: string, max: number, problems: FieldProblem[], required = true) {
  if (required && !value) problems.push({ field, code: 'required' });
  else if (value.length > max) problems.push({ field, code: 'tooLong' });
}

export interface FeedbackInput {
  text: string;
  rating: number | null;
  email: string | null;
  authorLabel: string | null;
  locale: 'de' | 'en';
}

export function readFeedback(body: unknown): { input: FeedbackInput; problems: FieldProblem[] } {
  const b = asRecord(body);
  const rating = num(b.rating);
  const input: FeedbackInput = {
    text: text(b.text),
    rating,
    email: optional(b.email)?.toLowerCase() ?? null,
    authorLabel: optional(b.authorLabel),
    locale: readLocale(b.locale),
  };
  const problems: FieldProblem[] = [];
  lengthProblem('text', input.text, TEXT_MAX, problems);
  if (rating !== null && (!Number.isInteger(rating) || rating < 1 || rating > 5)) problems.push({ field: 'rating', code: 'invalid' });
  emailProblem(input.email, problems);
  if (input.authorLabel && input.authorLabel.length > 80) problems.push({ field: 'authorLabel', code: 'tooLong' });
  return { input, problems };
}

export interface ReportInput {
  category: string;
  targetGroup: string;
  districtId: string | null;
  address: string | null;
  lat: number | null;
  lng: number | null;
  description: string;
  email: string | null;
  locale: 'de' | 'en';
}

/** A report needs a place: a pin, an address or a district (a report can be made without the map). */
export function readReport(fields: Record<string, unknown>): { input: ReportInput; problems: FieldProblem[] } {
  const lat = num(fields.lat);
  const lng = num(fields.lng);
  const input: ReportInput = {
    category: text(fields.category),
    targetGroup: text(fields.targetGroup),
    districtId: optional(fields.districtId),
    address: optional(fields.address),
    lat,
    lng,
    description: text(fields.description),
    email: optional(fields.email)?.toLowerCase() ?? null,
    locale: readLocale(fields.locale),
  };
  const problems: FieldProblem[] = [];
  if (!(REPORT_CATEGORIES as readonly string[]).includes(input.category)) problems.push({ field: 'category', code: input.category ? 'invalid' : 'required' });
  lengthProblem('targetGroup', input.targetGroup, 80, problems);
  lengthProblem('description', input.description, TEXT_MAX, problems);
  if (input.districtId && !isUuidText(input.districtId)) problems.push({ field: 'districtId', code: 'invalid' });
  if (input.address && input.address.length > 300) problems.push({ field: 'address', code: 'tooLong' });
  const pinned = lat !== null || lng !== null;
  if (pinned && (lat === null || lng === null || Number.isNaN(lat) || Number.isNaN(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180)) {
    problems.push({ field: 'lat', code: 'invalid' });
  }
  if (!pinned && !input.address && !input.districtId) problems.push({ field: 'address', code: 'required' });
  emailProblem(input.email, problems);
  return { input, problems };
}

export function readSupport(body: unknown): { voterToken: string; problems: FieldProblem[] } {
  const voterToken = text(asRecord(body).voterToken);
  return { voterToken, problems: isUuidText(voterToken) ? [] : [{ field: 'voterToken', code: 'invalid' }] };
}

export const ABUSE_TYPES = ['FEEDBACK', 'REPORT', 'ANSWER'] as const;

export function readAbuse(body: unknown): { input: { itemType: string; itemId: string; reason: string }; problems: FieldProblem[] } {
  const b = asRecord(body);
  const input = { itemType: text(b.itemType), itemId: text(b.itemId), reason: text(b.reason) };
  const problems: FieldProblem[] = [];
  if (!(ABUSE_TYPES as readonly string[]).includes(input.itemType)) problems.push({ field: 'itemType', code: 'invalid' });
  if (!isUuidText(input.itemId)) problems.push({ field: 'itemId', code: 'invalid' });
  lengthProblem('reason', input.reason, 1000, problems);
  return { input, problems };
}

export function readReportFilter(q: Record<string, unknown>): { category: string | null; districtId: string | null; status: string | null } {
  const category = text(q.category);
  const districtId = text(q.districtId);
  const status = text(q.status);
  return {
    category: (REPORT_CATEGORIES as readonly string[]).includes(category) ? category : null,
    districtId: isUuidText(districtId) ? districtId : null,
    status: (REPORT_STATUSES as readonly string[]).includes(status) ? status : null,
  };
}

/**
 * The photo: at most 5 MB, and what sharp finds in the bytes must be JPEG, PNG or WebP. The
 * caller re-encodes it (which drops EXIF, GPS and every other metadata).
 */
export const photoTooLarge = (bytes: Buffer) => bytes.length === 0 || bytes.length > PHOTO_MAX_BYTES;
