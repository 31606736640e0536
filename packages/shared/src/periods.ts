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

export function isPeriodKey(frequency: FrequencyName, key: string): boolean {
  return PATTERNS[frequency].test(key);
}

export function frequencyOfKey(key: string): FrequencyName | undefined {
  return (Object.keys(PATTERNS) as FrequencyName[]).find((f) => PATTERNS[f].test(key));
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
