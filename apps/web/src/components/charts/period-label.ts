import { useTranslation } from 'react-i18next';
import { intlLocale } from '@/lib/i18n/format';

const MONTHLY = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTERLY = /^(\d{4})-Q([1-4])$/;
const YEARLY = /^(\d{4})$/;

// One formatter per language and length: building an Intl.DateTimeFormat costs far more than using
// it, and a dashboard labels 50 indicators × 36 months.
const monthFormats = new Map<string, Intl.DateTimeFormat>();
function monthFormat(language: string, short: boolean): Intl.DateTimeFormat {
  const key = `${language}/${short}`;
  let format = monthFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(language), { month: short ? 'short' : 'long', year: short ? '2-digit' : 'numeric', timeZone: 'UTC' });
    monthFormats.set(key, format);
  }
  return format;
}

/**
 * A period key as people read it: `2026-11` → `November 2026` (short: `Nov. 26`),
 * `2026-Q3` → `Q3 2026`, `2026` → `2026`. Unknown text is returned unchanged.
 */
export function formatPeriodKey(key: string | null | undefined, language: string, { short = false }: { short?: boolean } = {}): string {
  if (!key) return '–';
  const month = MONTHLY.exec(key);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return monthFormat(language, short).format(date);
  }
  const quarter = QUARTERLY.exec(key);
  if (quarter) return short ? `Q${quarter[2]} ${quarter[1]!.slice(2)}` : `Q${quarter[2]} ${quarter[1]}`;
  if (YEARLY.test(key)) return key;
  return key;
}

/** `formatPeriodKey` bound to the UI language. */
export function usePeriodLabel() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return (key: string | null | undefined, options?: { short?: boolean }) => formatPeriodKey(key, language, options);
}
