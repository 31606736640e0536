import type { ResourceCategory } from '@/gql/graphql';

/** The shared vocabulary, in the order the forms offer it. */
export const RESOURCE_CATEGORIES = ['ROOMS', 'VOLUNTEERS', 'EXPERTISE', 'FUNDING', 'DATA', 'REACH', 'LANGUAGE', 'OTHER'] as ResourceCategory[];

/** Languages offered in the forms (ISO 639-1); shown in the reader's language. */
export const LANGUAGES = ['de', 'en', 'ar', 'tr', 'uk', 'ru', 'fa', 'pl', 'ro', 'bg', 'ku', 'ti', 'so', 'fr', 'es', 'it', 'vi', 'dgs'];

export function languageName(code: string, locale: string): string {
  if (code === 'dgs') return locale === 'en' ? 'German Sign Language' : 'Deutsche Gebärdensprache';
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export interface ReasonLike {
  kind: string;
  category?: string | null;
  field: string;
  districtName?: string | null;
  targetGroup?: string | null;
}

type T = (key: string, values?: Record<string, string>) => string;

/**
 * One reason as a short phrase: "bietet Räume in Oststadt", "erreicht Familien mit
 * Fluchterfahrung", "spricht Arabisch", "sucht Ehrenamtliche, die Sie bieten".
 */
export function reasonText(r: ReasonLike, t: T, locale: string): string {
  const where = r.districtName ? t('matching.reason.in', { district: r.districtName }) : '';
  const forGroup = r.targetGroup ? t('matching.reason.for', { group: r.targetGroup }) : '';
  if (r.kind === 'REACHES' || (r.kind === 'OFFERS' && r.category === 'REACH'))
    return t('matching.reason.reaches', { group: r.targetGroup || t('matching.reason.people'), where });
  if (r.kind === 'OFFERS' && r.category === 'LANGUAGE') return t('matching.reason.speaks', { language: languageName(r.field, locale) });
  const what = r.category ? thing(r.category, r.field, t, locale) : '';
  return t(r.kind === 'NEEDS' ? 'matching.reason.needs' : 'matching.reason.offers', { what, where, for: forGroup });
}

/** "Räume", "Fachwissen: Sprachförderung", "Daten: Schulabschlüsse". */
export function thing(category: string, field: string, t: T, locale: string): string {
  const name = t(`matching.categories.${category}`);
  if (!field) return name;
  return `${name}: ${category === 'LANGUAGE' ? languageName(field, locale) : field}`;
}
