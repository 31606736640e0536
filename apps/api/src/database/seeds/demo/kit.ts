import type { Client } from 'pg';

/**
 * The demo's fixed "today": every date of the demo is written relative to it, so the data (and
 * screenshots of it) look the same whenever the seed runs. Queries that default to the real
 * current date (activity map, overdue action items) still show the same picture because running
 * activities last well beyond it and only one action item is due before it.
 */
export const DEMO_TODAY = '2026-11-15';

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

/** A timestamp on a date (10:00 Berlin-ish, stable), never after the demo's today. */
export function at(iso: string, hour = 10): string {
  const day = iso > DEMO_TODAY ? DEMO_TODAY : iso;
  return `${day}T${String(hour).padStart(2, '0')}:00:00Z`;
}

/** What a part of the seed needs about one alliance. */
export interface AllianceSeed {
  client: Client;
  rng: Rng;
  allianceId: string;
  /** Membership id per organisation key. */
  members: Record<string, string>;
  /** The first user of each organisation (who acts for it), per organisation key. */
  actors: Record<string, string>;
  backboneUser: string;
}
