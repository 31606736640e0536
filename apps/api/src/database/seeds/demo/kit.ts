import { frequencyOfKey, nextPeriodKey } from '@gemeinwerk/shared';
import type { Client } from 'pg';

/**
 * The day the demo's story is written against. The seed moves every date and period key from
 * this anchor to the day it runs (see DemoClock), so a fresh demo always looks like the anchor
 * did on its day: the current month open and half reported, last month overdue, a live proposal,
 * overdue and upcoming action items, a gap and an overlap on today's activity map.
 */
export const DEMO_ANCHOR = '2026-11-15';

const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today's calendar date in Europe/Berlin (the demo is German; a seed at 00:30 Berlin time belongs to that day). */
export function berlinToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const monthNumber = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
const quarterNumber = (iso: string) => Math.floor(monthNumber(iso) / 3);

/**
 * Moves the demo from DEMO_ANCHOR to `today`. Dates move by whole days, so everything keeps its
 * distance to today (an action item 15 days overdue stays 15 days overdue; running activities
 * still run). Period keys move by whole periods of their own frequency, so the period that
 * contained the anchor becomes the period that contains today (November → this month, 2026-Q4 →
 * this quarter, 2026 → this year) and the history behind it stays as long. With today = the
 * anchor nothing moves, so a pinned demo is byte-for-byte the written story.
 */
export class DemoClock {
  readonly days: number;
  readonly months: number;
  readonly quarters: number;
  readonly years: number;
  readonly anchor = DEMO_ANCHOR;

  constructor(readonly today: string = DEMO_ANCHOR) {
    if (!ISO_DATE.test(today) || Number.isNaN(dayNumber(today))) throw new Error(`Demo "today" must be YYYY-MM-DD, got ${today}`);
    this.days = dayNumber(today) - dayNumber(DEMO_ANCHOR);
    this.months = monthNumber(today) - monthNumber(DEMO_ANCHOR);
    this.quarters = quarterNumber(today) - quarterNumber(DEMO_ANCHOR);
    this.years = Number(today.slice(0, 4)) - Number(DEMO_ANCHOR.slice(0, 4));
  }

  /** An anchor date (YYYY-MM-DD) moved to today's frame. */
  date(iso: string): string {
    return addDays(iso, this.days);
  }

  /** A calendar boundary (an alliance's or goal's first/last day) moved by whole months, so 1 January stays the first of a month. */
  month(iso: string): string {
    const m = monthNumber(iso) + this.months;
    const y = Math.floor(m / 12);
    const mm = (m % 12) + 1;
    const last = new Date(Date.UTC(y, mm, 0)).getUTCDate();
    const d = Math.min(Number(iso.slice(8, 10)), last);
    // The last day of a month stays the last day (31 March → 30 June, not 31 June).
    const wasLast = Number(iso.slice(8, 10)) === new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), 0)).getUTCDate();
    return `${y}-${String(mm).padStart(2, '0')}-${String(wasLast ? last : d).padStart(2, '0')}`;
  }

  /** An anchor period key (2026-11, 2026-Q4, 2026) moved by whole periods of its frequency. */
  key(k: string): string {
    const f = frequencyOfKey(k);
    if (!f) throw new Error(`Not a period key: ${k}`);
    return nextPeriodKey(k, f === 'MONTHLY' ? this.months : f === 'QUARTERLY' ? this.quarters : this.years);
  }

  /** A timestamp on an anchor date (10:00 UTC, stable), moved to today's frame and never after today. */
  at(iso: string, hour = 10): string {
    return this.stamp(this.date(iso), hour);
  }

  /** A timestamp on a date already in today's frame, never after today. */
  stamp(iso: string, hour = 10): string {
    const day = iso > this.today ? this.today : iso;
    return `${day}T${String(hour).padStart(2, '0')}:00:00Z`;
  }

  /**
   * A demo text with its calendar words moved along: `{y:2027}` a year, `{m:2026-10}` a month
   * name, `{my:2027-03}` month and year (all moved like period keys); `{d:2026-10-13}` a date
   * moved like dates, as 13.10.2026.
   */
  text(s: string): string {
    return s.replace(/\{(y|m|my|d):([^}]+)\}/g, (_, kind: string, arg: string) => {
      if (kind === 'y') return this.key(arg);
      if (kind === 'd') return this.date(arg).split('-').reverse().join('.');
      const [y, m] = this.key(arg).split('-');
      const name = MONTHS_DE[Number(m) - 1];
      return kind === 'm' ? name : `${name} ${y}`;
    });
  }
}

/** Deterministic pseudo-random numbers (mulberry32): the same seed gives the same demo. */
export class Rng {
  constructor(private state: number) {}
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** A value in [-1, 1). */
  jitter(): number {
    return this.next() * 2 - 1;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  /** A version-4-shaped UUID from the generator, so ids are stable too. */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = '89ab'[Math.floor(this.next() * 4)];
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}

/** Inserts rows (objects with the same keys = column names) as multi-row VALUES, in chunks below the parameter limit. */
export async function insert(client: Client, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (!rows.length) return;
  const cols = Object.keys(rows[0]);
  const perChunk = Math.floor(30000 / cols.length);
  for (let i = 0; i < rows.length; i += perChunk) {
    const params: unknown[] = [];
    const values = rows.slice(i, i + perChunk).map((r) => `(${cols.map((c) => (params.push(r[c] ?? null), `$${params.length}`)).join(', ')})`);
    await client.query(`INSERT INTO ${table} (${cols.join(', ')}) VALUES ${values.join(', ')}`, params);
  }
}

/** ISO date plus days. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** What a part of the seed needs about one alliance. */
export interface AllianceSeed {
  client: Client;
  rng: Rng;
  /** Moves the anchored story to the day of seeding. */
  clock: DemoClock;
  allianceId: string;
  /** Membership id per organisation key. */
  members: Record<string, string>;
  /** The first user of each organisation (who acts for it), per organisation key. */
  actors: Record<string, string>;
  backboneUser: string;
}
