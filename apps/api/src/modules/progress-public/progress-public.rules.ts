import { createHash } from 'node:crypto';
import { periodRange } from '@gemeinwerk/shared';
import type { FieldProblem } from '../../core/errors';

export const MAX_SHOWN_GOALS = 50;
export const MAX_SHOWN_INDICATORS = 24;
/** Years of periods the page shows: this one and the two before. */
export const SHOWN_YEARS = 3;
/** How long browsers and caches may keep the page's data: publishing or withdrawing it shows within a minute. */
export const PAGE_MAX_AGE_SECONDS = 60;

export const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;

export type PageLocale = 'de' | 'en';

/** Problems of the backbone's settings (the slug's form; ids are checked against the alliance by the service). */
export function settingsProblems(input: { slug: string; goalIds: string[]; indicatorIds: string[] }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!SLUG.test(input.slug)) problems.push({ field: 'slug', code: 'slug' });
  if (new Set(input.goalIds).size !== input.goalIds.length) problems.push({ field: 'goalIds', code: 'duplicate' });
  if (new Set(input.indicatorIds).size !== input.indicatorIds.length) problems.push({ field: 'indicatorIds', code: 'duplicate' });
  return problems;
}

/** `?lang=` wins over Accept-Language; anything else is German. */
export function pageLocale(lang: unknown, acceptLanguage: string | undefined): PageLocale {
  if (lang === 'de' || lang === 'en') return lang;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === 'de' || tag === 'en') return tag;
  }
  return 'de';
}

/** The range of periods shown, as month keys: January of two years ago to this month (each indicator gets the periods of its frequency touching it). */
export function shownRange(today: Date): { from: string; to: string } {
  const year = today.getUTCFullYear();
  return { from: `${year - (SHOWN_YEARS - 1)}-01`, to: today.toISOString().slice(0, 7) };
}

/**
 * The twelve month names per language, made once: an Intl.DateTimeFormat costs far more to build
 * than to use, and building one per label cost about 0.35 s per page at M (24 indicators × 36 months).
 */
const MONTHS: Record<PageLocale, string[]> = {
  de: monthNames('de-DE'),
  en: monthNames('en-GB'),
};

function monthNames(tag: string): string[] {
  const format = new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => format.format(new Date(Date.UTC(2000, m, 1))));
}

/** A period key as a reader says it: "2026", "Q1 2026" / "1. Quartal 2026", "März 2026" / "March 2026". */
export function periodLabel(key: string, locale: PageLocale): string {
  const range = periodRange(key);
  const year = key.slice(0, 4);
  if (range.frequency === 'YEARLY') return year;
  if (range.frequency === 'QUARTERLY') return locale === 'de' ? `${key.slice(-1)}. Quartal ${year}` : `Q${key.slice(-1)} ${year}`;
  const month = MONTHS[locale][Number(range.startsOn.slice(5, 7)) - 1];
  return `${month} ${year}`;
}

/**
 * Drops the periods before the first one with anything to show (a value, a hidden value or a
 * target), so a page does not open with two empty years. Keeps all arrays parallel.
 */
export function trimLeadingEmpty<T extends { periods: string[]; actual: (number | null)[]; target: (number | null)[]; suppressed: boolean[] }>(
  line: T,
  parallel: (keyof T)[],
): T {
  const first = line.periods.findIndex((_, i) => line.actual[i] !== null || line.target[i] !== null || line.suppressed[i]);
  if (first <= 0) return first < 0 ? { ...line, ...Object.fromEntries(['periods', ...parallel].map((k) => [k, []])) } : line;
  return { ...line, ...Object.fromEntries(['periods', ...parallel].map((k) => [k, (line[k as keyof T] as unknown[]).slice(first)])) };
}

/** A strong validator of the response body. */
export const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

/** Whether an If-None-Match header names this ETag (or `*`); weak validators compare equal (RFC 9110 §13.1.2). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}
