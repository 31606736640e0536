import { FREQUENCIES, type FrequencyName, nextPeriodKey, periodKeysBetween } from '@gemeinwerk/shared';

/** Frequencies a target of an indicator may name: its own or a coarser one, never a finer one. */
export function targetFrequencies(frequency: FrequencyName): FrequencyName[] {
  return FREQUENCIES.slice(FREQUENCIES.indexOf(frequency));
}

/** Period keys of `frequency` from `fromYear` to `toYear` inclusive, oldest first. */
export function periodKeysOfYears(frequency: FrequencyName, fromYear: number, toYear: number): string[] {
  const first = frequency === 'YEARLY' ? String(fromYear) : frequency === 'QUARTERLY' ? `${fromYear}-Q1` : `${fromYear}-01`;
  const last = frequency === 'YEARLY' ? String(toYear) : frequency === 'QUARTERLY' ? `${toYear}-Q4` : `${toYear}-12`;
  return periodKeysBetween(first, last);
}

/** An example key of the frequency for a year, to show as the input format. */
export function examplePeriodKey(frequency: FrequencyName, year: number): string {
  return frequency === 'YEARLY' ? String(year) : frequency === 'QUARTERLY' ? `${year}-Q1` : `${year}-03`;
}

/** The years shown in charts: `years` calendar years up to and including the current one. */
export function chartRange(today: Date, years: number): { from: string; to: string } {
  const year = today.getFullYear();
  return { from: String(year - years + 1), to: String(year) };
}

export { nextPeriodKey };
