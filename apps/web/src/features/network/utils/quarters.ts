/** The last day of a quarter "2025-Q3": the day the time slider shows the network on. */
export function quarterEnd(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const month = Number(quarter.slice(6)) * 3;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}
