/**
 * Calendar quarters from the one holding `from` to the one holding `to`, as "2025-Q3": the steps
 * of the network's time slider. At most 80 (20 years), the newest kept.
 */
export function quartersBetween(from: string, to: string): string[] {
  const q = (d: string) => Number(d.slice(0, 4)) * 4 + Math.floor((Number(d.slice(5, 7)) - 1) / 3);
  const out: string[] = [];
  for (let i = Math.max(q(from), q(to) - 79); i <= q(to); i++) out.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  return out;
}

/** The last day of a quarter "2025-Q3" (the day the slider shows the network on). */
export function quarterEnd(quarter: string): string {
  const [year, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
  const month = q * 3;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}
