import { may, requireAccess } from '../../core/access/access';
import { Injectable } from '@nestjs/common';
import { isIsoDate, isPeriodKey, periodRange, type ReportingPeriodStateName } from '@gemeinwerk/shared';
import { AuditService } from '../../core/audit/audit.service';
import { DomainError, invalid, notFound } from '../../core/errors';
import { CURSORS } from '../../core/graphql/cursors';
import { decodeCursor, Page, PageInput, toPage } from '../../core/graphql/pagination';
import { AllianceContext } from '../../core/tenancy/alliance-context';
import { CloseReportingPeriodInput, OpenReportingPeriodInput } from './measurements.inputs';
import { ReportingCompletenessModel, ReportingPeriodModel } from './measurements.models';
import { ReportingPeriodsRepository } from './reporting-periods.repository';

/**
 * Reporting periods: the backbone opens one per frequency and period key (indicators of that
 * frequency are reported into it) and closes it when reporting ends.
 */
@Injectable()
export class ReportingPeriodsService {
  constructor(
    private readonly periods: ReportingPeriodsRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Opens the period named by frequency and key, with dates from the shared period arithmetic.
   * A CLOSED period of that key is reopened (its measurements stay); an OPEN one is an error.
   */
  async open(ctx: AllianceContext, input: OpenReportingPeriodInput): Promise<ReportingPeriodModel> {
    await requireAccess(ctx, 'reportingPeriod.manage');
    if (!isPeriodKey(input.frequency, input.periodKey)) throw invalid([{ field: 'periodKey', code: 'periodKey' }]);
    const range = periodRange(input.periodKey);
    const dueOn = input.dueOn ?? null;
    if (dueOn !== null && (!isIsoDate(dueOn) || dueOn < range.startsOn)) {
      throw invalid([{ field: 'dueOn', code: isIsoDate(dueOn) ? 'beforeStart' : 'invalid' }]);
    }
    const id = await this.periods.insert(ctx.em, {
      allianceId: ctx.allianceId,
      frequency: input.frequency,
      periodKey: input.periodKey,
      startsOn: range.startsOn,
      endsOn: range.endsOn,
      dueOn,
      userId: ctx.userId,
    });
    if (id) {
      await this.audit.record(ctx, {
        action: 'reportingPeriod.opened',
        entityType: 'ReportingPeriod',
        entityId: id,
        after: { frequency: input.frequency, periodKey: input.periodKey, dueOn },
      });
      return (await this.periods.get(ctx.em, ctx.allianceId, id, true))!;
    }
    const existing = (await this.periods.findByKey(ctx.em, ctx.allianceId, input.frequency, input.periodKey))!;
    if (existing.state === 'OPEN')
      throw new DomainError('REPORTING_PERIOD_ALREADY_OPEN', { periodKey: input.periodKey }, [{ field: 'periodKey', code: 'invalid' }]);
    await this.periods.reopen(ctx.em, ctx.allianceId, existing.id, dueOn, ctx.userId);
    await this.audit.record(ctx, {
      action: 'reportingPeriod.reopened',
      entityType: 'ReportingPeriod',
      entityId: existing.id,
      before: { state: 'CLOSED', dueOn: existing.dueOn, version: existing.version },
      after: { state: 'OPEN', dueOn: dueOn ?? existing.dueOn, version: existing.version + 1 },
    });
    return (await this.periods.get(ctx.em, ctx.allianceId, existing.id, true))!;
  }

  /** Closes an OPEN period: no more saves or submissions in it; reviews of what was submitted go on. */
  async close(ctx: AllianceContext, input: CloseReportingPeriodInput): Promise<ReportingPeriodModel> {
    await requireAccess(ctx, 'reportingPeriod.manage');
    const current = await this.periods.state(ctx.em, ctx.allianceId, input.reportingPeriodId);
    if (!current) throw notFound('ReportingPeriod');
    if (current.version !== input.version) throw new DomainError('CONFLICT', { entity: 'ReportingPeriod' });
    if (current.state === 'CLOSED') throw new DomainError('INVALID_TRANSITION', { from: 'CLOSED', to: 'CLOSED' });
    const closed = await this.periods.close(ctx.em, ctx.allianceId, current.id, input.version, ctx.userId);
    if (!closed.length) throw new DomainError('CONFLICT', { entity: 'ReportingPeriod' });
    await this.audit.record(ctx, {
      action: 'reportingPeriod.closed',
      entityType: 'ReportingPeriod',
      entityId: current.id,
      before: { state: 'OPEN', version: current.version },
      after: { state: 'CLOSED', version: current.version + 1 },
    });
    return (await this.periods.get(ctx.em, ctx.allianceId, current.id, true))!;
  }

  async list(ctx: AllianceContext, state?: ReportingPeriodStateName, page?: PageInput): Promise<Page<ReportingPeriodModel>> {
    const first = page?.first ?? 25;
    const { nodes, total } = await this.periods.list(ctx.em, ctx.allianceId, {
      state,
      seesWorkflow: may(ctx, 'reportingPeriod.readWorkflow'),
      first,
      after: decodeCursor(page?.after, CURSORS.reportingPeriods),
    });
    return toPage(nodes, first, total, CURSORS.reportingPeriods, (r) => [r.startsOn, r.id]);
  }

  /** Which member organisations have not reported which indicator — a coordination view of the backbone. */
  async completeness(ctx: AllianceContext, reportingPeriodId: string): Promise<ReportingCompletenessModel> {
    await requireAccess(ctx, 'reportingPeriod.manage');
    const report = await this.periods.completeness(ctx.em, ctx.allianceId, reportingPeriodId);
    if (!report) throw notFound('ReportingPeriod');
    return report;
  }
}
