import type { FieldProblem } from '../../core/errors';

/** Dates follow the API's one rule (YYYY-MM-DD, a real day, years 1900–2200). */
export { isIsoDate, IsIsoDate } from '../../core/graphql/input-rules';

/** A period whose end lies before its start is refused on the end field. */
export function periodProblems(start: string | null | undefined, end: string | null | undefined, field = 'periodEnd'): FieldProblem[] {
  return start && end && end < start ? [{ field, code: 'endBeforeStart' }] : [];
}

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;
export const isHexColour = (v: string) => HEX_COLOUR.test(v);

/** Largest logo we keep inline in the alliance row (decoded bytes). */
export const LOGO_MAX_BYTES = 200 * 1024;

const DATA_URL = /^data:(image\/(?:png|jpeg|svg\+xml))((?:;[\w.+-]+=[\w.+-]+)*)(;base64)?,(.*)$/is;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Checks a logo data URL: only PNG, JPEG or SVG, and at most LOGO_MAX_BYTES once decoded.
 * SVG is allowed because most organisations have their logo as SVG; the web app shows logos
 * only through <img>, where an SVG's scripts never run.
 */
export function logoProblem(value: string): FieldProblem | undefined {
  const m = DATA_URL.exec(value);
  if (!m) return { field: 'logoDataUrl', code: 'imageType' };
  const [, , , base64, payload] = m;
  let bytes: number;
  if (base64) {
    const compact = payload.replace(/\s+/g, '');
    if (!BASE64.test(compact)) return { field: 'logoDataUrl', code: 'invalid' };
    bytes = Buffer.byteLength(compact, 'base64');
  } else {
    try {
      bytes = Buffer.byteLength(decodeURIComponent(payload), 'utf8');
    } catch {
      return { field: 'logoDataUrl', code: 'invalid' };
    }
  }
  if (bytes === 0) return { field: 'logoDataUrl', code: 'invalid' };
  return bytes > LOGO_MAX_BYTES ? { field: 'logoDataUrl', code: 'tooLarge' } : undefined;
}

/**
 * The logo as the audit trail keeps it: type and size, not the image itself (a 200 kB string
 * twice per change would make every audit page heavy and says nothing a reviewer can read).
 */
export function logoSummary(value: string | null | undefined): string | null {
  if (!value) return null;
  const type = /^data:([^;,]+)/.exec(value)?.[1] ?? 'unknown';
  return `${type}, ${value.length} characters`;
}
