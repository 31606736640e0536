/** The matrix's reading of a cell against the median (as the API's planning rules): a gap below a quarter, over-supply above twice. */
export function supplyOf(offers: number, median: number | null): 'GAP' | 'OVER' | null {
  if (median === null || median <= 0) return offers === 0 ? 'GAP' : null;
  if (offers < median / 4) return 'GAP';
  if (offers > median * 2) return 'OVER';
  return null;
}
