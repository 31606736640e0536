import type { TFunction } from 'i18next';
import { formatPeriodKey } from '@/components/charts/period-label';

/**
 * A period as the reporting pages name it: the app's one period format (`formatPeriodKey`, long form),
 * so the same period reads the same on every page: `2026-Q3` → `Q3 2026`, `2026-10` → `Oktober 2026`.
 * (Only chart axes use the short form, `Q3 26` / `Okt. 26`.) `t` is kept for the callers' convenience.
 */
export function periodLabel(key: string, _t: TFunction, language: string): string {
  return formatPeriodKey(key, language);
}
