import type { TFunction } from 'i18next';
import { formatPeriodKey } from '@/components/charts/period-label';

const QUARTERLY = /^(\d{4})-Q([1-4])$/;

/**
 * `2026` → `2026`, `2026-Q3` → `3. Quartal 2026` / `Q3 2026`, `2026-10` → `Oktober 2026` / `October 2026`.
 * Months and years as the charts write them; quarters spelled out, because reporting asks people for a value.
 */
export function periodLabel(key: string, t: TFunction, language: string): string {
  const quarter = QUARTERLY.exec(key);
  if (quarter) return t('reporting.period.quarter', { year: quarter[1], quarter: quarter[2] });
  return formatPeriodKey(key, language);
}
