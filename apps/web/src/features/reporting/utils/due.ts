import type { ReportingIndicator } from '../api/get-indicators';
import type { Measurement } from '../api/get-measurements';
import type { ReportingPeriod } from '../api/get-open-periods';

export type DueState = 'NOT_STARTED' | 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED';

export interface DueItem {
  period: ReportingPeriod;
  indicator: ReportingIndicator;
  measurement: Measurement | undefined;
  state: DueState;
  /** The due date has passed and the value is neither handed in nor approved. */
  overdue: boolean;
}

export interface DueGroup {
  period: ReportingPeriod;
  items: DueItem[];
  /** How many values of the period still need the organisation's work (not started, draft, rejected). */
  open: number;
}

/** Today's calendar day in ISO form, in local time (a due date is a calendar day). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function needsWork(state: DueState): boolean {
  return state === 'NOT_STARTED' || state === 'DRAFT' || state === 'REJECTED';
}

/**
 * Every open period × every active indicator of its frequency, with the organisation's value in
 * it. Periods with the nearest due date come first (those without one last), indicators by code
 * and name, so the list reads like a to-do list.
 */
export function dueGroups(periods: ReportingPeriod[], indicators: ReportingIndicator[], measurements: Measurement[], today: string): DueGroup[] {
  const byKey = new Map(measurements.map((m) => [`${m.reportingPeriodId}|${m.indicatorId}`, m]));
  const sortedIndicators = [...indicators].sort(
    (a, b) => (a.code ?? '').localeCompare(b.code ?? '', 'de', { numeric: true }) || a.name.localeCompare(b.name, 'de'),
  );
  const sortedPeriods = periods
    .filter((p) => p.state === 'OPEN')
    .sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.startsOn.localeCompare(b.startsOn));
  return sortedPeriods
    .map((period) => {
      const items = sortedIndicators
        .filter((indicator) => indicator.frequency === period.frequency)
        .map((indicator): DueItem => {
          const measurement = byKey.get(`${period.id}|${indicator.id}`);
          const state: DueState = measurement ? measurement.status : 'NOT_STARTED';
          return { period, indicator, measurement, state, overdue: Boolean(period.dueOn && period.dueOn < today && needsWork(state)) };
        });
      return { period, items, open: items.filter((i) => needsWork(i.state)).length };
    })
    .filter((group) => group.items.length > 0);
}

/** Values a reviewer has decided on (approved or rejected), newest decision first. */
export function recentlyReviewed(measurements: Measurement[], limit = 10): Measurement[] {
  return measurements
    .filter((m) => m.reviewedAt && (m.status === 'APPROVED' || m.status === 'REJECTED'))
    .sort((a, b) => (b.reviewedAt ?? '').localeCompare(a.reviewedAt ?? ''))
    .slice(0, limit);
}
