import type { ActivityStatusName, AggregationName, FrequencyName, IndicatorDirectionName, MembershipRoleName } from '@gemeinwerk/shared';

export type ReportLanguage = 'de' | 'en';
export const REPORT_LANGUAGES: readonly ReportLanguage[] = ['de', 'en'];

/** One indicator's TOTAL line over the report's range, as the dashboard reads it (approved data only). */
export interface ReportIndicator {
  code: string | null;
  name: string;
  unit: string;
  decimals: number;
  direction: IndicatorDirectionName;
  frequency: FrequencyName;
  aggregation: AggregationName;
  baseline: number | null;
  periods: string[];
  actual: (number | null)[];
  target: (number | null)[];
  approvedReports: number[];
  expectedReports: number[];
  provisional: boolean[];
  /** Per period: the value is a count below the alliance's threshold and is not shown to this reader. */
  suppressed: boolean[];
}

export interface ReportGoal {
  title: string;
  description: string;
  depth: number;
  status: string;
}

export interface ReportActivity {
  title: string;
  organisation: string;
  status: ActivityStatusName;
  periodStart: string | null;
  periodEnd: string | null;
}

export interface ReportDecision {
  occurredOn: string;
  title: string;
  body: string;
}

/** A section the reader's role may not see is null (the PDF says so); a long list is cut and says how much more there is. */
export interface ListSection<T> {
  items: T[];
  more: number;
}

/**
 * Everything the funder report shows, read for the caller's role before rendering. Plain data
 * (no classes, no Dates), so it crosses into the rendering worker thread as it is.
 */
export interface FunderReportData {
  language: ReportLanguage;
  generatedAt: string;
  readerRole: MembershipRoleName;
  readerOrganisation: string;
  /** The smallest count shown to funders and observers (counts below it are suppressed); null when the reader sees real values. */
  suppressionThreshold: number | null;
  alliance: {
    name: string;
    kind: string;
    lifecycle: string;
    problemStatement: string;
    vision: string;
    primaryColor: string | null;
    logoDataUrl: string | null;
  };
  range: { from: string; to: string; startsOn: string; endsOn: string };
  goals: ReportGoal[];
  indicators: ReportIndicator[];
  activities: ListSection<ReportActivity> | null;
  decisions: ListSection<ReportDecision> | null;
}
