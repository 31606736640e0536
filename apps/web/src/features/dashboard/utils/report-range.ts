const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const monthKey = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;

/** The default range of a funder report: January of this year to the current month. */
export function defaultReportRange(today = new Date()): { from: string; to: string } {
  return { from: `${today.getFullYear()}-01`, to: monthKey(today) };
}

/** What is wrong with a range of months (YYYY-MM), per field; empty when it is fine. */
export function reportRangeProblems(from: string, to: string): { from?: 'month'; to?: 'month' | 'beforeStart' } {
  const problems: { from?: 'month'; to?: 'month' | 'beforeStart' } = {};
  if (!MONTH.test(from)) problems.from = 'month';
  if (!MONTH.test(to)) problems.to = 'month';
  else if (!problems.from && to < from) problems.to = 'beforeStart';
  return problems;
}
