import type { TFunction } from 'i18next';
import { intlLocale } from '@/lib/i18n/format';

/** `2026` → `2026`, `2026-Q3` → `3. Quartal 2026` / `Q3 2026`, `2026-10` → `Oktober 2026` / `October 2026`. */
export function periodLabel(key: string, t: TFunction, language: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return t('reporting.period.quarter', { year: quarter[1], quarter: quarter[2] });
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return new Intl.DateTimeFormat(intlLocale(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  return key;
}
