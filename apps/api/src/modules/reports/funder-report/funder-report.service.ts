import { Injectable } from '@nestjs/common';
import { frequencyOfKey, periodRange } from '@gemeinwerk/shared';
import { invalid } from '../../../core/errors';
import type { FieldProblem } from '../../../core/errors';
import type { PageInput } from '../../../core/graphql/pagination';
import type { AllianceContext } from '../../../core/tenancy/alliance-context';
import { ActivitiesService } from '../../activities/activities.service';
import { GoalsService } from '../../agenda/goals.service';
import { AlliancesService } from '../../alliances/alliances.service';
import { DisclosureService } from '../../disclosure/disclosure.service';
import { LogService } from '../../communication/log.service';
import { RollupsService } from '../../measurements/rollups.service';
import { FunderReportData, ListSection, REPORT_LANGUAGES, ReportActivity, ReportDecision, ReportIndicator, ReportLanguage } from './funder-report.data';
import { may, requireAccess } from '../../../core/access/access';

/** Rows per list section: a report is read, not searched; the rest is counted ("… and 12 more"). */
export const MAX_LIST_ROWS = 100;
const PAGE: PageInput = { first: 100 };

export interface FunderReportQuery {
  from?: unknown;
  to?: unknown;
  lang?: unknown;
}

/** Checks the query string: period keys (2026, 2026-Q1, 2026-03) with `to` not before `from`, language de or en. */
export function reportRequestProblems(q: FunderReportQuery): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const key = (v: unknown) => (typeof v === 'string' && frequencyOfKey(v) ? v : undefined);
  const from = key(q.from);
  const to = key(q.to);
  if (!from) problems.push({ field: 'from', code: 'reportPeriod' });
  if (!to) problems.push({ field: 'to', code: 'reportPeriod' });
  if (from && to && periodRange(to).endsOn < periodRange(from).startsOn) problems.push({ field: 'to', code: 'beforeStart' });
  if (q.lang !== undefined && !REPORT_LANGUAGES.includes(q.lang as ReportLanguage)) problems.push({ field: 'lang', code: 'reportLanguage' });
  return problems;
}

/**
 * Gathers what the funder report shows, through the services the workspace's own screens use,
 * for the caller's role: the roll-ups of the dashboard (APPROVED values only, TOTAL lines, so no
 * member-level numbers), the agenda, and — where the role may read them — the activities and the
 * decisions of the log. Nothing here reads more than the caller could read on screen.
 */
@Injectable()
export class FunderReportService {
  constructor(
    private readonly alliances: AlliancesService,
    private readonly goals: GoalsService,
    private readonly rollups: RollupsService,
    private readonly activities: ActivitiesService,
    private readonly log: LogService,
    private readonly disclosure: DisclosureService,
  ) {}

  async gather(ctx: AllianceContext, query: FunderReportQuery, now = new Date()): Promise<FunderReportData> {
    // The report is the backbone's account to its funders, and what funders and observers take home.
    await requireAccess(ctx, 'report.funderPdf');
    const problems = reportRequestProblems(query);
    if (problems.length) throw invalid(problems);
    const from = query.from as string;
    const to = query.to as string;
    const startsOn = periodRange(from).startsOn;
    const endsOn = periodRange(to).endsOn;
    const alliance = await this.alliances.get(ctx);
    const goals = await this.goals.list(ctx);
    const progress = await this.rollups.progress(ctx, from, to);
    // Small numbers (issue 12, item 5): funders and observers get "< k" for a count below the
    // alliance's threshold; the value itself never reaches the document, so no part of the PDF
    // (table, chart, text layer) can carry it. The backbone sees the real values.
    const policy = await this.disclosure.policyFor(ctx);
    // The roll-ups already hide what this reader may not see (null with `suppressed`; modules/disclosure decides).
    const indicators: ReportIndicator[] = progress.map((p) => {
      const suppressed = p.periods.map((_, i) => Boolean(p.suppressed[i]));
      return {
        code: p.code,
        name: p.name,
        unit: p.unit,
        decimals: p.decimals,
        direction: p.direction,
        frequency: p.frequency,
        aggregation: p.aggregation,
        baseline: p.baseline,
        periods: p.periods,
        actual: p.actual.map((v, i) => (suppressed[i] ? null : v)),
        target: p.target,
        approvedReports: p.approvedReports,
        expectedReports: p.expectedReports,
        provisional: p.provisional,
        suppressed,
      };
    });
    return {
      language: (query.lang as ReportLanguage | undefined) ?? 'de',
      generatedAt: now.toISOString(),
      readerRole: alliance.myRole,
      readerOrganisation: alliance.myOrganisation.name,
      suppressionThreshold: policy.suppress ? policy.k : null,
      alliance: {
        name: alliance.name,
        kind: alliance.kind,
        lifecycle: alliance.lifecycle,
        problemStatement: alliance.problemStatement,
        vision: alliance.vision,
        primaryColor: alliance.primaryColor,
        logoDataUrl: alliance.logoDataUrl,
      },
      range: { from, to, startsOn, endsOn },
      goals: goals.map((g) => ({ title: g.title, description: g.description, depth: g.depth, status: g.status })),
      indicators,
      activities: may(ctx, 'activity.read') ? await this.activitiesIn(ctx, startsOn, endsOn) : null,
      // The log is closed to observers (guest comments aside, which the report does not widen to).
      decisions: may(ctx, 'log.read') ? await this.decisionsIn(ctx, startsOn, endsOn) : null,
    };
  }

  /** Activities whose period overlaps the report's days (an open end runs on; no start counts as always). */
  private async activitiesIn(ctx: AllianceContext, startsOn: string, endsOn: string): Promise<ListSection<ReportActivity>> {
    const found: ReportActivity[] = [];
    let after: string | undefined;
    do {
      const page = await this.activities.list(ctx, {}, { ...PAGE, after });
      for (const a of page.nodes) {
        if ((a.periodStart ?? '0000') > endsOn || (a.periodEnd ?? '9999') < startsOn) continue;
        found.push({ title: a.title, organisation: a.organisation.name, status: a.status, periodStart: a.periodStart, periodEnd: a.periodEnd });
      }
      after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined;
    } while (after);
    found.sort((a, b) => (a.periodStart ?? '').localeCompare(b.periodStart ?? '') || a.title.localeCompare(b.title));
    return { items: found.slice(0, MAX_LIST_ROWS), more: Math.max(0, found.length - MAX_LIST_ROWS) };
  }

  /** DECISION entries of the log dated in the report's days (closing a proposal writes one), oldest first. */
  private async decisionsIn(ctx: AllianceContext, startsOn: string, endsOn: string): Promise<ListSection<ReportDecision>> {
    const page = await this.log.feed(ctx, { types: ['DECISION'], from: startsOn, to: endsOn }, PAGE);
    const items = page.nodes.map((e) => ({ occurredOn: e.occurredOn, title: e.title, body: e.body })).reverse();
    return { items, more: Math.max(0, page.totalCount - items.length) };
  }
}
