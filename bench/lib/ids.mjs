import { createHash } from 'node:crypto';

/** Seeded PRNG (mulberry32): the same seed gives the same dataset on every machine. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  next.pick = (arr) => arr[Math.floor(next() * arr.length)];
  return next;
}

/**
 * Deterministic, valid v4-shaped UUIDs: one byte names the kind of row, the rest counts.
 * Readable in a psql session ("0b…" is a measurement) and stable across runs.
 */
export const KIND = {
  alliance: 0x01,
  organisation: 0x02,
  user: 0x03,
  session: 0x04,
  membership: 0x05,
  seat: 0x06,
  goal: 0x07,
  indicator: 0x08,
  target: 0x09,
  period: 0x0a,
  measurement: 0x0b,
  overlap: 0x0c,
  dimension: 0x0d,
  category: 0x0e,
  activity: 0x0f,
  logEntry: 0x10,
  district: 0x11,
};

export function uuid(kind, n) {
  const h = n.toString(16).padStart(15, '0');
  return `${kind.toString(16).padStart(2, '0')}000000-0000-4000-8${h.slice(0, 3)}-${h.slice(3)}`;
}

export const sha256 = (s) => createHash('sha256').update(s).digest('hex');

/** Bearer tokens of the bench users; fixed per seed so a cached dataset keeps working. */
export const tokenOf = (role, seed) => `bench-${role}-${seed}-${sha256(`${role}:${seed}`).slice(0, 24)}`;
