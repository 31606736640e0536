import type { FrequencyName } from './domain';

/**
 * Reporting-period arithmetic shared by API and web. A period is named by a key:
 *   YEARLY `2026`, QUARTERLY `2026-Q1`, MONTHLY `2026-03`.
 * Dates are ISO `YYYY-MM-DD` strings (calendar dates, no time zone).
 */
export interface PeriodRange {
  key: string;
  frequency: FrequencyName;
  startsOn: string;
  endsOn: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate(); // m: 1–12

const PATTERNS: Record<FrequencyName, RegExp> = {
  YEARLY: /^(\d{4})$/,
  QUARTERLY: /^(\d{4})-Q([1-4])$/,
  MONTHLY: /^(\d{4})-(0[1-9]|1[0-2])$/,
};

/**
 * The calendar Gemeinwerk accepts: anything a cooperation reports on lies well inside it, and
 * years outside it (0000, 9999, +275760) only break date arithmetic in JavaScript and PostgreSQL.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

const inYears = (year: number) => year >= MIN_YEAR && year <= MAX_YEAR;

export function isPeriodKey(frequency: FrequencyName, key: string): boolean {
  return typeof key === 'string' && PATTERNS[frequency].test(key) && inYears(Number(key.slice(0, 4)));
}

/** The frequency a key is written in, or undefined for anything that is not a key of years MIN_YEAR–MAX_YEAR. */
export function frequencyOfKey(key: string): FrequencyName | undefined {
  return (Object.keys(PATTERNS) as FrequencyName[]).find((f) => isPeriodKey(f, key));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30) and lies in MIN_YEAR–MAX_YEAR. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m || !inYears(Number(m[1]))) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** A point in time within MIN_YEAR–MAX_YEAR (UTC). */
export function isDateTimeInRange(value: unknown): value is Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return false;
  return inYears(value.getUTCFullYear());
}

/** The period of `frequency` that contains the date. */
export function periodKeyOf(frequency: FrequencyName, isoDate: string): string {
  const [y, m] = isoDate.split('-').map(Number);
  if (frequency === 'YEARLY') return String(y);
  if (frequency === 'QUARTERLY') return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
  return `${y}-${pad(m)}`;
}

export function periodRange(key: string): PeriodRange {
  const frequency = frequencyOfKey(key);
  if (!frequency) throw new Error(`Not a period key: ${key}`);
  const y = Number(key.slice(0, 4));
  if (frequency === 'YEARLY') return { key, frequency, startsOn: `${y}-01-01`, endsOn: `${y}-12-31` };
  if (frequency === 'QUARTERLY') {
    const q = Number(key.slice(6));
    const m1 = (q - 1) * 3 + 1;
    return { key, frequency, startsOn: `${y}-${pad(m1)}-01`, endsOn: `${y}-${pad(m1 + 2)}-${lastDay(y, m1 + 2)}` };
  }
  const m = Number(key.slice(5));
  return { key, frequency, startsOn: `${y}-${pad(m)}-01`, endsOn: `${y}-${pad(m)}-${lastDay(y, m)}` };
}

export function nextPeriodKey(key: string, steps = 1): string {
  const frequency = frequencyOfKey(key);
  if (!frequency) throw new Error(`Not a period key: ${key}`);
  const y = Number(key.slice(0, 4));
  if (frequency === 'YEARLY') return String(y + steps);
  const per = frequency === 'QUARTERLY' ? 4 : 12;
  const idx = (frequency === 'QUARTERLY' ? Number(key.slice(6)) : Number(key.slice(5))) - 1 + steps;
  const ny = y + Math.floor(idx / per);
  const ni = ((idx % per) + per) % per;
  return frequency === 'QUARTERLY' ? `${ny}-Q${ni + 1}` : `${ny}-${pad(ni + 1)}`;
}

/** All keys from `fromKey` to `toKey` inclusive (same frequency), oldest first. */
export function periodKeysBetween(fromKey: string, toKey: string): string[] {
  const keys: string[] = [];
  for (let k = fromKey; k <= toKey && keys.length < 1200; k = nextPeriodKey(k)) keys.push(k);
  return keys;
}

/** The yearly/quarterly period a finer key belongs to (e.g. 2026-03 → 2026-Q1 → 2026). */
export function coarserPeriodKey(key: string, frequency: FrequencyName): string {
  return periodKeyOf(frequency, periodRange(key).startsOn);
}
