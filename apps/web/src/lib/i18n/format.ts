/**
 * Locale-aware numbers and dates. Everything the UI shows goes through these so that German
 * users read `1.234,5` and `31.12.2026`, English users `1,234.5` and `31/12/2026`.
 */
export type Language = 'de' | 'en';

const INTL_LOCALE: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

export function intlLocale(language: string): string {
  return INTL_LOCALE[language as Language] ?? INTL_LOCALE.de;
}

export interface NumberFormatOptions {
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
  style?: 'decimal' | 'percent';
  unit?: string;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(language), options);
    numberFormats.set(key, format);
  }
  return format;
}

/** `formatNumber(1234.5, 'de')` → `1.234,5`. Up to two decimals unless told otherwise. */
export function formatNumber(value: number | null | undefined, language: string, options: NumberFormatOptions = {}): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const { unit, ...intl } = options;
  const text = numberFormat(language, { maximumFractionDigits: 2, ...intl }).format(value);
  return unit ? `${text}\u00a0${unit}` : text;
}

/** `0.25` → `25 %` (de) / `25%` (en). */
export function formatPercent(value: number | null | undefined, language: string, maximumFractionDigits = 0): string {
  return formatNumber(value, language, { style: 'percent', maximumFractionDigits });
}

/** What decides how an indicator's value reads: a RATIO's value is a share, shown as a percentage. */
export interface IndicatorFormat {
  aggregation?: string | null;
  decimals?: number | null;
  unit?: string | null;
}

/**
 * The one way an indicator's value is shown, everywhere (lists, dashboard, charts, review):
 * a RATIO's share as a percentage with at most one decimal (`0.789` → `78,9 %`, `0.75` → `75 %`),
 * any other value with exactly the indicator's decimals and its unit (`221 Kinder`, `10,5 Kinder`).
 */
export function formatIndicatorValue(value: number | null | undefined, language: string, indicator: IndicatorFormat, withUnit = true): string {
  if (indicator.aggregation === 'RATIO') return formatPercent(value, language, 1);
  const digits = indicator.decimals ?? undefined;
  return formatNumber(value, language, {
    ...(digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits }),
    unit: withUnit && indicator.unit ? indicator.unit : undefined,
  });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Date-only values (`YYYY-MM-DD`) are calendar days, not instants: they are formatted in UTC so
 * that no time zone shifts them by a day. Timestamps are shown in the viewer's time zone.
 */
function toDate(value: string | Date): { date: Date; calendarDay: boolean } | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : { date: value, calendarDay: false };
  const day = ISO_DATE.exec(value);
  if (day) return { date: new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))), calendarDay: true };
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : { date, calendarDay: false };
}

/** `formatDate('2026-12-31', 'de')` → `31.12.2026`. */
export function formatDate(value: string | Date | null | undefined, language: string, timeZone?: string): string {
  if (value === null || value === undefined || value === '') return '–';
  const parsed = toDate(value);
  if (!parsed) return '–';
  return new Intl.DateTimeFormat(intlLocale(language), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: parsed.calendarDay ? 'UTC' : timeZone,
  }).format(parsed.date);
}

/** `31.12.2026, 14:05` */
export function formatDateTime(value: string | Date | null | undefined, language: string, timeZone?: string): string {
  if (value === null || value === undefined || value === '') return '–';
  const parsed = toDate(value);
  if (!parsed) return '–';
  return new Intl.DateTimeFormat(intlLocale(language), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(parsed.date);
}

function separators(language: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(intlLocale(language)).formatToParts(12345.6);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Reads a number typed in the UI language: de accepts `1.234,5`, `1234,5` and `-0,5`; en accepts
 * `1,234.5`. Thousands separators must sit in groups of three, so `1.5` in German is rejected
 * rather than silently read as 15. Returns null for anything that is not a number.
 */
export function parseNumber(input: string, language: string): number | null {
  const { group, decimal } = separators(language);
  const text = input
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^\u2212/, '-');
  if (!text) return null;
  const g = escape(group);
  const d = escape(decimal);
  const pattern = new RegExp(`^([+-])?(\\d{1,3}(?:${g}\\d{3})+|\\d+)?(?:${d}(\\d+))?$`);
  const match = pattern.exec(text);
  if (!match || (match[2] === undefined && match[3] === undefined)) return null;
  const integer = (match[2] ?? '0').split(group).join('');
  const value = Number(`${match[1] ?? ''}${integer}${match[3] !== undefined ? `.${match[3]}` : ''}`);
  return Number.isFinite(value) ? value : null;
}

/**
 * Reads a calendar day typed in the UI language: de `31.12.2026` (also `1.3.2026`), en
 * `31/12/2026`; ISO `2026-12-31` is accepted in both. Returns `YYYY-MM-DD`, or null when the
 * text is not a real day (so `31.02.2026` is rejected, not rolled over into March).
 */
export function parseDate(input: string, language: string): string | null {
  const text = input.trim();
  if (!text) return null;
  let parts: [number, number, number] | null = null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const local = (language === 'en' ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/ : /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/).exec(text);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (local) parts = [Number(local[3]), Number(local[2]), Number(local[1])];
  if (!parts) return null;
  const [year, month, day] = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The input pattern to show as a hint: `TT.MM.JJJJ` / `DD/MM/YYYY`. */
export function datePattern(language: string): string {
  return language === 'en' ? 'DD/MM/YYYY' : 'TT.MM.JJJJ';
}
