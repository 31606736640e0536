import type { PortalOfferContent } from './portal.models';
import { OFFER_CONTENT_FIELDS } from './portal.rules';

const snake = (f: string) => f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** How each content field is read: numbers as float8 so GraphQL gets numbers, dates as text. */
const READ: Partial<Record<(typeof OFFER_CONTENT_FIELDS)[number], string>> = {
  latitude: 'o.latitude::float8',
  longitude: 'o.longitude::float8',
  startDate: 'o.start_date::text',
  endDate: 'o.end_date::text',
  ageMin: 'o.age_min::int',
  ageMax: 'o.age_max::int',
};

/** The content columns of `portal_offers o` as one JSON object with the GraphQL field names. */
export const CONTENT_JSON = `jsonb_build_object(${OFFER_CONTENT_FIELDS.map((f) => `'${f}', ${READ[f] ?? `o.${snake(f)}`}`).join(', ')})`;

/** `col = $n, …` for the content columns, starting at parameter `from`, and the values in the same order. */
export function contentAssignments(content: PortalOfferContent, from: number): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const sql = OFFER_CONTENT_FIELDS.map((f, i) => {
    const v = content[f];
    params.push(f === 'schedule' ? JSON.stringify(v) : v);
    return `${snake(f)} = $${from + i}${f === 'schedule' ? '::jsonb' : ''}`;
  }).join(', ');
  return { sql, params };
}

/** Content as stored in a revision's JSON (the same keys), read back with defaults for keys added later. */
export function contentFromJson(json: Record<string, unknown>): PortalOfferContent {
  return json as unknown as PortalOfferContent;
}
