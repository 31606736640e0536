import type { TFunction } from 'i18next';

/** `01.02.2024 – 31.07.2027`, `ab 01.09.2025` (open-ended), or "ohne Zeitraum". */
export function formatPeriod(t: TFunction, date: (v: string) => string, start: string | null | undefined, end: string | null | undefined): string {
  if (start && end) return t('activities.period.range', { start: date(start), end: date(end) });
  if (start) return t('activities.period.from', { start: date(start) });
  if (end) return t('activities.period.until', { end: date(end) });
  return t('activities.period.none');
}
