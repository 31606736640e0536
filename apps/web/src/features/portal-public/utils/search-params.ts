/** The filters a visitor can set; they live in the page's address so a search can be shared and reloaded. */
export const FILTER_KEYS = ['q', 'category', 'targetGroup', 'age', 'district', 'cost', 'accessibility', 'language', 'from'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The API's query for the page's address: the filters (and page), nothing else, in a stable order. */
export function apiParams(location: URLSearchParams, withPage = true): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of [...FILTER_KEYS, ...(withPage ? (['page'] as const) : [])]) {
    const value = location.get(key)?.trim();
    if (value) out.set(key, value);
  }
  return out;
}

/** The address after changing one filter: empty removes it; any change goes back to page 1. */
export function withFilter(location: URLSearchParams, key: FilterKey | 'page', value: string | null): URLSearchParams {
  const out = new URLSearchParams(location);
  if (value && value.trim()) out.set(key, value.trim());
  else out.delete(key);
  if (key !== 'page') out.delete('page');
  return out;
}

export const hasFilters = (location: URLSearchParams) => FILTER_KEYS.some((k) => k !== 'q' && location.get(k));

/** "6–12 Jahre", "ab 16 Jahren", or null for all ages. */
export function ageRange(min: number | null, max: number | null, t: (key: string, o?: Record<string, unknown>) => string): string | null {
  if (min !== null && max !== null) return t('portal-public.ages', { min, max });
  if (min !== null) return t('portal-public.agesFrom', { min });
  if (max !== null) return t('portal-public.agesTo', { max });
  return null;
}
