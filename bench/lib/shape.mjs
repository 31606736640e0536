/**
 * The shape of the generated data. Every alliance but the featured one has the same shape, so a
 * size only changes how many OTHER alliances share the database: S → M → L tests that an
 * alliance's time does not grow with its neighbours. L is the real size.
 */
export const SIZES = {
  // S needs 20 alliances for the funder's portfolio; M ≈ 1/10 and S ≈ 1/25 of L.
  S: { alliances: 20 },
  M: { alliances: 50 },
  L: { alliances: 500 },
};

export const PER_ALLIANCE = {
  organisations: 20, // L: 10k
  indicators: 50, // L: 25k
  reporters: 8, // partners reporting every indicator in every period
  periods: 25, // monthly, 2024-12 … 2026-12 → 50 × 25 × 8 = 10k measurements (L: 5 M)
  activities: 200, // L: 100k
  logEntries: 2000, // L: 1 M
  goals: 10,
};

/** The featured alliance: 50 indicators × 36 monthly periods × 8 partners. */
export const FEATURED = { partners: 8, months: 36, firstYear: 2024 };
export const FUNDED_ALLIANCES = 20;

/** "Today" of the dataset: the current period (2026-12) is open and partly approved, 2026-11 open and mostly approved. */
export const OPEN_MONTHS = ['2026-11', '2026-12'];
/** Open periods that only the bulk scenario writes to (two, for 500 rows of 50 indicators × 8 partners + 100). */
export const BULK_MONTHS = ['2030-01', '2030-02'];

export function monthsFrom(year, month, count) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const y = year + Math.floor((month - 1 + i) / 12);
    const m = ((month - 1 + i) % 12) + 1;
    out.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  return out;
}

export function monthRange(key) {
  const [y, m] = key.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return { startsOn: `${y}-${mm}-01`, endsOn: `${y}-${mm}-${String(last).padStart(2, '0')}` };
}

/** Aggregation, direction and value range of the i-th indicator of any alliance. */
export function indicatorKind(i) {
  const aggregation = i < 30 ? 'SUM' : i < 38 ? 'AVERAGE' : i < 44 ? 'LATEST' : 'RATIO';
  const direction = i % 7 === 3 ? 'DECREASE' : i % 11 === 5 ? 'MAINTAIN' : 'INCREASE';
  return { aggregation, direction };
}
