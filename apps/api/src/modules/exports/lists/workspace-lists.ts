import { Injectable } from '@nestjs/common';
import type { Page, PageInput } from '../../../core/graphql/pagination';
import type { AllianceContext } from '../../../core/tenancy/alliance-context';
import { ActivitiesService } from '../../activities/activities.service';
import { ActivityMapService } from '../../activities/activity-map.service';
import { ActionItemsService } from '../../communication/action-items.service';
import { LogService } from '../../communication/log.service';
import { IndicatorsService } from '../../indicators/indicators.service';
import { MeasurementsService } from '../../measurements/measurements.service';
import { ReportingPeriodsService } from '../../measurements/reporting-periods.service';
import { RollupsService } from '../../measurements/rollups.service';
import { DisclosureService } from '../../disclosure/disclosure.service';
import { MembersService } from '../../members/members.service';
import { label } from '../export-labels';
import { ExportRegistry, type ExportList, type ExportQuery } from '../export-registry';
import type { ExportColumn, ExportSheet } from '../export-writer';
import { hiddenText } from './export-disclosure';

/** Safety net: an export is a whole list, but not an unbounded one. */
export const MAX_EXPORT_ROWS = 100_000;

/** Reads every page of a paginated service method (100 at a time, the largest page a screen may ask for). */
export async function everything<T>(read: (page: PageInput) => Promise<Page<T>>): Promise<T[]> {
  const rows: T[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await read({ first: 100, after });
    rows.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor || rows.length >= MAX_EXPORT_ROWS) return rows;
    after = page.pageInfo.endCursor;
  }
}

const sheet = <R>(title: ExportList['title'], columns: ExportColumn<R>[], rows: R[]): ExportSheet<R> => ({ title, columns, rows });
const join = (items: { title?: string; name?: string }[]) => items.map((i) => i.title ?? i.name ?? '').join(', ');

/**
 * The workspace's lists (issue 12, item 2): indicators, values, completeness, activities,
 * activity map, log, action items, members, and the dashboard's chart data. Each reads through
 * the service behind its screen's GraphQL query.
 */
@Injectable()
export class WorkspaceExportLists {
  constructor(
    registry: ExportRegistry,
    private readonly indicators: IndicatorsService,
    private readonly measurements: MeasurementsService,
    private readonly periods: ReportingPeriodsService,
    private readonly rollups: RollupsService,
    private readonly activities: ActivitiesService,
    private readonly activityMap: ActivityMapService,
    private readonly log: LogService,
    private readonly actionItems: ActionItemsService,
    private readonly members: MembersService,
    private readonly disclosure: DisclosureService,
  ) {
    registry.register(
      { key: 'indicators', operation: 'indicators', title: { de: 'Indikatoren', en: 'Indicators' }, inWorkbook: true, load: (ctx) => this.indicatorSheet(ctx) },
      { key: 'values', operation: 'measurements', title: { de: 'Werte', en: 'Values' }, inWorkbook: true, load: (ctx, q) => this.valueSheet(ctx, q) },
      {
        key: 'progress',
        operation: 'indicatorProgress',
        title: { de: 'Verlauf', en: 'Progress' },
        inWorkbook: true,
        load: (ctx, q) => this.progressSheet(ctx, q),
      },
      {
        key: 'completeness',
        operation: 'reportingCompleteness',
        title: { de: 'Vollständigkeit', en: 'Completeness' },
        inWorkbook: true,
        load: (ctx, q) => this.completenessSheet(ctx, q),
      },
      { key: 'activities', operation: 'activities', title: { de: 'Aktivitäten', en: 'Activities' }, inWorkbook: true, load: (ctx) => this.activitySheet(ctx) },
      {
        key: 'activity-map',
        operation: 'activityMap',
        title: { de: 'Aktivitätenlandkarte', en: 'Activity map' },
        inWorkbook: true,
        load: (ctx, q) => this.activityMapSheet(ctx, q),
      },
      { key: 'log', operation: 'logFeed', title: { de: 'Protokoll', en: 'Log' }, inWorkbook: true, load: (ctx) => this.logSheet(ctx) },
      {
        key: 'action-items',
        operation: 'myActionItems',
        title: { de: 'Aufgaben', en: 'Action items' },
        inWorkbook: true,
        load: (ctx) => this.actionItemSheet(ctx),
      },
      { key: 'members', operation: 'members', title: { de: 'Mitglieder', en: 'Members' }, inWorkbook: true, load: (ctx) => this.memberSheet(ctx) },
    );
  }

  private async indicatorSheet(ctx: AllianceContext) {
    const rows = await everything((page) => this.indicators.list(ctx, {}, page));
    type R = (typeof rows)[number];
    return sheet<R>(
      { de: 'Indikatoren', en: 'Indicators' },
      [
        { header: { de: 'Kürzel', en: 'Code' }, kind: 'text', width: 10, value: (r) => r.code },
        { header: { de: 'Name', en: 'Name' }, kind: 'text', width: 40, value: (r) => r.name },
        { header: { de: 'Einheit', en: 'Unit' }, kind: 'text', width: 14, value: (r) => r.unit },
        { header: { de: 'Richtung', en: 'Direction' }, kind: 'text', width: 12, value: (r, l) => label(r.direction, l) },
        { header: { de: 'Zusammenfassung', en: 'Aggregation' }, kind: 'text', width: 16, value: (r, l) => label(r.aggregation, l) },
        { header: { de: 'Häufigkeit', en: 'Frequency' }, kind: 'text', width: 14, value: (r, l) => label(r.frequency, l) },
        { header: { de: 'Art', en: 'Kind' }, kind: 'text', width: 22, value: (r, l) => label(r.rbaKind, l) },
        { header: { de: 'Ausgangswert', en: 'Baseline' }, kind: 'number', value: (r) => r.baselineValue },
        { header: { de: 'Ausgangszeitraum', en: 'Baseline period' }, kind: 'text', width: 14, value: (r) => r.baselinePeriod },
        { header: { de: 'Ziele', en: 'Goals' }, kind: 'text', width: 40, value: (r) => join(r.goals ?? []) },
        {
          header: { de: 'Zielwerte', en: 'Targets' },
          kind: 'text',
          width: 30,
          value: (r, l) => (r.targets ?? []).map((t) => `${t.periodKey}: ${l === 'de' ? String(t.value).replace('.', ',') : t.value}`).join('; '),
        },
        { header: { de: 'Erhebung', en: 'Collection method' }, kind: 'text', width: 30, value: (r) => r.collectionMethod },
        { header: { de: 'Definition', en: 'Definition' }, kind: 'text', width: 60, value: (r) => r.definition },
        { header: { de: 'Status', en: 'Status' }, kind: 'text', width: 12, value: (r, l) => label(r.status, l) },
      ],
      rows,
    );
  }

  private async valueSheet(ctx: AllianceContext, q: ExportQuery) {
    const filter = { indicatorId: q.indicatorId, reportingPeriodId: q.reportingPeriodId };
    const rows = await everything((page) => this.measurements.list(ctx, filter, page));
    // Small-number protection: the service returns what this caller may not see as null with
    // `suppressed` (modules/disclosure decides); the file says "< k" there.
    const policy = await this.disclosure.policyFor(ctx);
    const shown = (r: (typeof rows)[number], v: number | null) => (r.suppressed ? hiddenText(policy) : v);
    type R = (typeof rows)[number];
    return sheet<R>(
      { de: 'Werte', en: 'Values' },
      [
        { header: { de: 'Indikator', en: 'Indicator' }, kind: 'text', width: 40, value: (r) => r.indicatorName },
        { header: { de: 'Zeitraum', en: 'Period' }, kind: 'text', width: 10, value: (r) => r.periodKey },
        { header: { de: 'Organisation', en: 'Organisation' }, kind: 'text', width: 32, value: (r) => r.organisation.name },
        { header: { de: 'Wert', en: 'Value' }, kind: 'number', value: (r) => shown(r, r.value) },
        { header: { de: 'Zähler', en: 'Numerator' }, kind: 'number', value: (r) => shown(r, r.numerator) },
        { header: { de: 'Nenner', en: 'Denominator' }, kind: 'number', value: (r) => shown(r, r.denominator) },
        { header: { de: 'Status', en: 'Status' }, kind: 'text', width: 14, value: (r, l) => label(r.status, l) },
        { header: { de: 'Eingereicht am', en: 'Submitted at' }, kind: 'datetime', value: (r) => r.submittedAt },
        { header: { de: 'Geprüft am', en: 'Reviewed at' }, kind: 'datetime', value: (r) => r.reviewedAt },
        { header: { de: 'Anmerkung', en: 'Note' }, kind: 'text', width: 40, value: (r) => r.note },
      ],
      rows,
    );
  }

  /** The dashboard chart's data: one row per indicator and period, approved values against targets. */
  private async progressSheet(ctx: AllianceContext, q: ExportQuery) {
    const year = new Date().getFullYear();
    const all = await this.rollups.progress(ctx, q.from ?? String(year - 2), q.to ?? String(year));
    const policy = await this.disclosure.policyFor(ctx);
    const indicators = q.indicatorId ? all.filter((i) => i.id === q.indicatorId) : all;
    const rows = indicators.flatMap((i) =>
      i.periods.map((period, n) => ({
        i,
        period,
        actual: i.suppressed[n] ? hiddenText(policy) : i.actual[n],
        target: i.target[n],
        approved: i.approvedReports[n],
        expected: i.expectedReports[n],
        provisional: i.provisional[n],
      })),
    );
    type R = (typeof rows)[number];
    return sheet<R>(
      { de: 'Verlauf', en: 'Progress' },
      [
        { header: { de: 'Kürzel', en: 'Code' }, kind: 'text', width: 10, value: (r) => r.i.code },
        { header: { de: 'Indikator', en: 'Indicator' }, kind: 'text', width: 40, value: (r) => r.i.name },
        { header: { de: 'Einheit', en: 'Unit' }, kind: 'text', width: 14, value: (r) => r.i.unit },
        { header: { de: 'Zeitraum', en: 'Period' }, kind: 'text', width: 10, value: (r) => r.period },
        { header: { de: 'Ist', en: 'Actual' }, kind: 'number', value: (r) => r.actual },
        { header: { de: 'Soll', en: 'Target' }, kind: 'number', value: (r) => r.target },
        { header: { de: 'Freigegebene Meldungen', en: 'Approved reports' }, kind: 'integer', value: (r) => r.approved },
        { header: { de: 'Erwartete Meldungen', en: 'Expected reports' }, kind: 'integer', value: (r) => r.expected },
        { header: { de: 'Vorläufig', en: 'Provisional' }, kind: 'text', width: 10, value: (r) => r.provisional },
      ],
      rows,
    );
  }

  /** Completeness of one period (the newest one unless named); backbone only, as on screen. */
  private async completenessSheet(ctx: AllianceContext, q: ExportQuery) {
    let periodId = q.reportingPeriodId;
    if (!periodId) periodId = (await this.periods.list(ctx, undefined, { first: 1 })).nodes[0]?.id;
    const report = periodId ? await this.periods.completeness(ctx, periodId) : null;
    const rows = report?.rows ?? [];
    type R = (typeof rows)[number];
    return sheet<R>(
      { de: `Vollständigkeit ${report?.reportingPeriod.periodKey ?? ''}`.trim(), en: `Completeness ${report?.reportingPeriod.periodKey ?? ''}`.trim() },
      [
        { header: { de: 'Zeitraum', en: 'Period' }, kind: 'text', width: 10, value: () => report?.reportingPeriod.periodKey },
        { header: { de: 'Indikator', en: 'Indicator' }, kind: 'text', width: 40, value: (r) => r.indicatorName },
        { header: { de: 'Organisation', en: 'Organisation' }, kind: 'text', width: 32, value: (r) => r.organisationName },
        { header: { de: 'Stand', en: 'Status' }, kind: 'text', width: 14, value: (r, l) => label(r.status, l) },
      ],
      rows,
    );
  }

  private async activitySheet(ctx: AllianceContext) {
    const rows = await everything((page) => this.activities.list(ctx, {}, page));
    type R = (typeof rows)[number];
    return sheet<R>(
      { de: 'Aktivitäten', en: 'Activities' },
      [
        { header: { de: 'Titel', en: 'Title' }, kind: 'text', width: 40, value: (r) => r.title },
        { header: { de: 'Organisation', en: 'Organisation' }, kind: 'text', width: 32, value: (r) => r.organisation.name },
        { header: { de: 'Status', en: 'Status' }, kind: 'text', width: 14, value: (r, l) => label(r.status, l) },
        { header: { de: 'Beginn', en: 'Start' }, kind: 'date', value: (r) => r.periodStart },
        { header: { de: 'Ende', en: 'End' }, kind: 'date', value: (r) => r.periodEnd },
        { header: { de: 'Ziele', en: 'Goals' }, kind: 'text', width: 40, value: (r) => join(r.goals) },
        { header: { de: 'Indikatoren', en: 'Indicators' }, kind: 'text', width: 40, value: (r) => join(r.indicators) },
        { header: { de: 'Zielgruppen', en: 'Target groups' }, kind: 'text', width: 30, value: (r) => r.targetGroups.join(', ') },
        { header: { de: 'Stadtteil', en: 'District' }, kind: 'text', width: 18, value: (r) => r.district },
        { header: { de: 'Ort', en: 'Place' }, kind: 'text', width: 30, value: (r) => r.place },
        { header: { de: 'Budget (EUR)', en: 'Budget (EUR)' }, kind: 'number', decimals: 2, value: (r) => r.budgetEur },
        { header: { de: 'Personalstunden/Monat', en: 'Staff hours/month' }, kind: 'number', value: (r) => r.staffHoursPerMonth },
        { header: { de: 'Ressourcen', en: 'Resources' }, kind: 'text', width: 30, value: (r) => r.resources },
        { header: { de: 'Beschreibung', en: 'Description' }, kind: 'text', width: 60, value: (r) => r.description },
      ],
      rows,
    );
  }

  /** The goals × members matrix as rows: one per goal and member, with the counts the map's cells show. */
  private async activityMapSheet(ctx: AllianceContext, q: ExportQuery) {
    const map = await this.activityMap.get(ctx, q.asOf);
    const cells = new Map(map.cells.map((c) => [`${c.goalId}/${c.membershipId}`, c]));
    const gaps = new Set(map.gaps.map((g) => g.goalId));
    const rows = map.goals.flatMap((goal) =>
      map.members.map((member) => ({ goal, member, cell: cells.get(`${goal.id}/${member.membershipId}`), gap: gaps.has(goal.id) })),
    );
    type R = (typeof rows)[number];
    return sheet<R>(
      { de: 'Aktivitätenlandkarte', en: 'Activity map' },
      [
        { header: { de: 'Stichtag', en: 'As of' }, kind: 'date', value: () => map.asOf },
        { header: { de: 'Ziel', en: 'Goal' }, kind: 'text', width: 40, value: (r) => r.goal.title },
        { header: { de: 'Organisation', en: 'Organisation' }, kind: 'text', width: 32, value: (r) => r.member.organisation.name },
        { header: { de: 'Aktivitäten', en: 'Activities' }, kind: 'integer', value: (r) => r.cell?.activityCount ?? 0 },
        { header: { de: 'Davon laufend', en: 'Of those running' }, kind: 'integer', value: (r) => r.cell?.runningCount ?? 0 },
        { header: { de: 'Lücke beim Ziel', en: 'Gap on the goal' }, kind: 'text', width: 14, value: (r) => r.gap },
      ],
      rows,
    );
  }

  private async logSheet(ctx: AllianceContext) {
    const rows = await everything((page) => this.log.feed(ctx, {}, page));
    type R = (typeof rows)[number];
    return sheet<R>(
      { de: 'Protokoll', en: 'Log' },
      [
        { header: { de: 'Datum', en: 'Date' }, kind: 'date', value: (r) => r.occurredOn },
        { header: { de: 'Art', en: 'Type' }, kind: 'text', width: 14, value: (r, l) => label(r.type, l) },
        { header: { de: 'Titel', en: 'Title' }, kind: 'text', width: 40, value: (r) => r.title },
        { header: { de: 'Von', en: 'By' }, kind: 'text', width: 32, value: (r) => r.authorMember.organisation.name },
        { header: { de: 'Beteiligte', en: 'Participants' }, kind: 'text', width: 40, value: (r) => r.participants.map((p) => p.organisation.name).join(', ') },
        { header: { de: 'Ziele', en: 'Goals' }, kind: 'text', width: 30, value: (r) => join(r.goals) },
        { header: { de: 'Konflikt', en: 'Conflict' }, kind: 'text', width: 10, value: (r, l) => label(r.conflictState, l) },
        { header: { de: 'Lösung', en: 'Resolution' }, kind: 'text', width: 40, value: (r) => r.resolution },
        { header: { de: 'Offene Aufgaben', en: 'Open action items' }, kind: 'integer', value: (r) => r.openActionItemCount },
        { header: { de: 'Text', en: 'Text' }, kind: 'text', width: 60, value: (r) => r.body },
      ],
      rows,
    );
  }

  /** The caller's action items (their organisation's or assigned to them), done ones included. */
  private async actionItemSheet(ctx: AllianceContext) {
    const rows = await everything((page) => this.actionItems.mine(ctx, true, page));
    type R = (typeof rows)[number];
    return sheet<R>(
      { de: 'Aufgaben', en: 'Action items' },
      [
        { header: { de: 'Aufgabe', en: 'Action item' }, kind: 'text', width: 40, value: (r) => r.title },
        { header: { de: 'Zuständig', en: 'Owner' }, kind: 'text', width: 32, value: (r) => r.owner.organisation.name },
        { header: { de: 'Person', en: 'Person' }, kind: 'text', width: 24, value: (r) => r.ownerUser?.name },
        { header: { de: 'Fällig am', en: 'Due on' }, kind: 'date', value: (r) => r.dueOn },
        { header: { de: 'Erledigt', en: 'Done' }, kind: 'text', width: 10, value: (r) => r.done },
        { header: { de: 'Erledigt am', en: 'Done at' }, kind: 'datetime', value: (r) => r.doneAt },
        { header: { de: 'Überfällig', en: 'Overdue' }, kind: 'text', width: 10, value: (r) => r.overdue },
        { header: { de: 'Aus dem Eintrag', en: 'From the entry' }, kind: 'text', width: 40, value: (r) => r.logEntryTitle },
      ],
      rows,
    );
  }

  private async memberSheet(ctx: AllianceContext) {
    const rows = await this.members.list(ctx);
    type R = (typeof rows)[number];
    return sheet<R>(
      { de: 'Mitglieder', en: 'Members' },
      [
        { header: { de: 'Organisation', en: 'Organisation' }, kind: 'text', width: 40, value: (r) => r.organisation.name },
        { header: { de: 'Ort', en: 'City' }, kind: 'text', width: 18, value: (r) => r.organisation.city },
        { header: { de: 'Rolle', en: 'Role' }, kind: 'text', width: 16, value: (r, l) => label(r.role, l) },
        { header: { de: 'Stand', en: 'State' }, kind: 'text', width: 12, value: (r, l) => label(r.state, l) },
        { header: { de: 'Beigetreten am', en: 'Joined at' }, kind: 'datetime', value: (r) => r.joinedAt },
        { header: { de: 'Ausgetreten am', en: 'Left at' }, kind: 'datetime', value: (r) => r.leftAt },
        { header: { de: 'Personen', en: 'People' }, kind: 'integer', value: (r) => r.seatCount },
      ],
      rows,
    );
  }
}
