import { intlLocale } from '@/lib/i18n/format';

export interface DayGroup<T> {
  day: string;
  entries: T[];
}

/** Groups a newest-first list by calendar day, keeping the order. */
export function groupByDay<T extends { occurredOn: string }>(entries: T[]): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    if (last && last.day === entry.occurredOn) last.entries.push(entry);
    else groups.push({ day: entry.occurredOn, entries: [entry] });
  }
  return groups;
}

/** `2026-11-10` → `Dienstag, 10. November 2026` / `Tuesday, 10 November 2026` (a calendar day, so UTC). */
export function formatLongDay(day: string, language: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(intlLocale(language), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}

/** Today as `YYYY-MM-DD` in the viewer's time zone. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  const toUtc = (s: string) => {
    const [y, m, d] = s.split('-').map(Number);
    return Date.UTC(y!, m! - 1, d!);
  };
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}
