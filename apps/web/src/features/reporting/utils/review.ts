import type { Measurement } from '../api/get-measurements';
import { newer } from './measurement';

/** The queue without the values decided in this visit (a decision is a newer version of the queued value). */
export function stillWaiting<T extends Pick<Measurement, 'id' | 'version'>>(queued: T[], decided: Pick<Measurement, 'id' | 'version'>[]): T[] {
  return queued.filter((n) => !decided.some((d) => d.id === n.id && d.version > n.version));
}

/** The server's approved values with this visit's decisions applied (the newer version of a value wins). */
export function mergeDecided(fetched: Measurement[], decided: Measurement[]): Measurement[] {
  const byId = new Map(fetched.map((m) => [m.id, m]));
  for (const d of decided) byId.set(d.id, newer(byId.get(d.id), d) ?? d);
  return [...byId.values()].filter((m) => m.status === 'APPROVED');
}

/** A selection with `ids` added (`on`) or taken out; a new set, for React state. */
export function toggled(selection: ReadonlySet<string>, ids: string[], on: boolean): ReadonlySet<string> {
  const next = new Set(selection);
  for (const id of ids) {
    if (on) next.add(id);
    else next.delete(id);
  }
  return next;
}
