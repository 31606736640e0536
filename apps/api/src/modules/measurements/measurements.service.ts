import { readScope, requireAccess } from '../../core/access/access';
import { writableMeasurement } from './measurements.access';
import { Injectable } from '@nestjs/common';
import { partKey } from '../disclosure/cell-disclosure';
import { cellKey } from '../disclosure/cell-facts';
import { DisclosureService } from '../disclosure/disclosure.service';
import { nextPeriodKey } from '@gemeinwerk/shared';
import { AuditService } from '../../core/audit/audit.service';
import { DomainError, conflict, invalid, notFound } from '../../core/errors';
import { CURSORS } from '../../core/graphql/cursors';
import { decodeCursor, Page, PageInput, toPage } from '../../core/graphql/pagination';
import { AllianceContext } from '../../core/tenancy/alliance-context';
import { requestStore } from '../../core/request-context';
import {
  assertEditable,
  assertPeriodOpen,
  assertStatus,
  assertVersion,
  checkNumbers,
  checkPartsAddUp,
  checkPartShapes,
  describeWarning,
  jumpWarning,
  plausibilityProblems,
  REPORTING_ROLES,
  type PlausibilityRules,
} from './measurement-rules';
import {
  ApproveMeasurementInput,
  ApproveMeasurementsInput,
  MeasurementFields,
  MeasurementFilter,
  RejectMeasurementInput,
  ReopenMeasurementInput,
  SubmitMeasurementInput,
} from './measurements.inputs';
import { MeasurementModel, MeasurementWarningModel } from './measurements.models';
import { MeasurementsRepository, type MeasurementValues } from './measurements.repository';
import { PlausibilityRepository } from './plausibility.repository';
import { ReportingPeriodsRepository } from './reporting-periods.repository';
import { NotificationService } from '../notifications/notification.service';
import { links } from '../notifications/notification-kinds';

const DEFAULT_PAGE = 25;

/** The reporting workflow of one value: DRAFT → SUBMITTED → APPROVED | REJECTED → (fixed) → SUBMITTED …; APPROVED → DRAFT by the backbone. */
@Injectable()
export class MeasurementsService {
  constructor(
    private readonly measurements: MeasurementsRepository,
    private readonly periods: ReportingPeriodsRepository,
    private readonly plausibility: PlausibilityRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly disclosure: DisclosureService,
  ) {}

  async saveMeasurement(ctx: AllianceContext, input: MeasurementFields): Promise<MeasurementModel> {
    const { id, warnings } = await this.save(ctx, input);
    return { ...(await this.measurements.get(ctx.em, ctx.allianceId, id))!, warnings };
  }

  /**
   * Saves one organisation's value of an indicator in a reporting period as a DRAFT: creates it,
   * or replaces the values, parts and note of a DRAFT/REJECTED one (which needs its version).
   * SUBMITTED and APPROVED values are locked. Implausible values (measurement-rules.ts) are
   * refused; an unusual jump from the previous period only warns. Returns the measurement id and
   * the warnings.
   */
  async save(ctx: AllianceContext, input: MeasurementFields): Promise<{ id: string; warnings: MeasurementWarningModel[] }> {
    const membershipId = input.membershipId ?? ctx.membershipId;
    await requireAccess(ctx, 'measurement.write', { owner: membershipId });

    const indicator = await this.measurements.indicator(ctx.em, ctx.allianceId, input.indicatorId);
    if (!indicator) throw notFound('Indicator');
    const period = await this.periods.state(ctx.em, ctx.allianceId, input.reportingPeriodId);
    if (!period) throw notFound('ReportingPeriod');
    if (membershipId !== ctx.membershipId) {
      const reporter = await this.measurements.membership(ctx.em, ctx.allianceId, membershipId);
      if (!reporter) throw notFound('Membership');
      if (reporter.state !== 'ACTIVE' || !REPORTING_ROLES.includes(reporter.role)) throw invalid([{ field: 'membershipId', code: 'notReporter' }]);
    }
    if (indicator.status !== 'ACTIVE') throw invalid([{ field: 'indicatorId', code: 'archived' }]);
    if (indicator.fromParticipation) throw invalid([{ field: 'indicatorId', code: 'fromParticipation' }]);
    if (period.frequency !== indicator.frequency) {
      throw new DomainError('FREQUENCY_MISMATCH', { periodKey: period.periodKey, indicator: indicator.name }, [
        { field: 'reportingPeriodId', code: 'invalid' },
      ]);
    }
    assertPeriodOpen({ periodState: period.state, periodKey: period.periodKey });

    const values = checkNumbers(indicator.aggregation, input);
    const parts = input.parts ?? [];
    checkPartShapes(parts);
    const implausible = plausibilityProblems(indicator, values, parts);
    if (implausible.length) throw invalid(implausible);
    const categories = parts.length
      ? await this.measurements.categoriesOf(
          ctx.em,
          ctx.allianceId,
          indicator.id,
          parts.map((p) => p.categoryId),
        )
      : [];
    const dimensionOf = new Map(categories.map((c) => [c.id, c]));
    const unknown = parts.flatMap((p, i) => (dimensionOf.has(p.categoryId) ? [] : [{ field: `parts.${i}.categoryId`, code: 'unknownCategory' }]));
    if (unknown.length) throw invalid(unknown);
    checkPartsAddUp(indicator.aggregation, values.value, parts, dimensionOf);

    const report = { indicatorId: indicator.id, membershipId, reportingPeriodId: period.id };
    const existing = await this.measurements.stateByReport(ctx.em, ctx.allianceId, report);
    const after = { ...values, parts, status: 'DRAFT' };
    if (!existing) {
      const id = await this.measurements.insert(ctx.em, { allianceId: ctx.allianceId, ...report, periodKey: period.periodKey, ...values });
      if (!id) throw conflict('Measurement');
      await this.measurements.replaceParts(ctx.em, ctx.allianceId, id, parts);
      await this.audit.record(ctx, { action: 'measurement.created', entityType: 'Measurement', entityId: id, after: { ...report, ...after } });
      return { id, warnings: await this.warnings(ctx, indicator, { ...report, periodKey: period.periodKey }, values) };
    }
    assertEditable(existing);
    // Saving over a value someone else saved meanwhile would silently discard their change.
    if (input.version === undefined || input.version !== existing.version) throw conflict('Measurement');
    if (values.value !== null && values.value < existing.maxOverlap) throw invalid([{ field: 'value', code: 'belowOverlap' }]);
    const updated = await this.measurements.updateValues(ctx.em, ctx.allianceId, existing.id, input.version, values);
    if (!updated.length) throw conflict('Measurement');
    await this.measurements.replaceParts(ctx.em, ctx.allianceId, existing.id, parts);
    await this.audit.record(ctx, {
      action: 'measurement.saved',
      entityType: 'Measurement',
      entityId: existing.id,
      before: { value: existing.value, status: existing.status, version: existing.version },
      after: { ...after, version: existing.version + 1 },
    });
    return { id: existing.id, warnings: await this.warnings(ctx, indicator, { ...report, periodKey: period.periodKey }, values) };
  }

  /** The jump warning of a value against the same member's previous period (one query, only when the indicator asks for it). */
  private async warnings(
    ctx: AllianceContext,
    rules: PlausibilityRules,
    report: { indicatorId: string; membershipId: string; periodKey: string },
    v: Pick<MeasurementValues, 'value' | 'numerator' | 'denominator'>,
  ): Promise<MeasurementWarningModel[]> {
    if (rules.jumpWarningShare === null) return [];
    const value = rules.aggregation === 'RATIO' ? (v.numerator !== null && v.denominator ? v.numerator / v.denominator : null) : v.value;
    const w = jumpWarning(rules, await this.plausibility.previous(ctx.em, ctx.allianceId, report), value);
    return w ? [describeWarning(requestStore.getStore()?.locale ?? 'de', w)] : [];
  }

  async submitMeasurement(ctx: AllianceContext, input: SubmitMeasurementInput): Promise<MeasurementModel> {
    const warnings = await this.submit(ctx, input.measurementId, input.version);
    return { ...(await this.measurements.get(ctx.em, ctx.allianceId, input.measurementId))!, warnings };
  }

  /**
   * The reporting organisation (or the backbone) hands a DRAFT or REJECTED value in for review;
   * only while the period is open. The stored value must pass the indicator's plausibility rules
   * as they are now (the backbone may have tightened them since the draft was saved).
   * `checkedNow`: the value was saved (and checked, with these warnings) a moment ago in this
   * transaction, so the check is skipped (bulk entry: 500 rows, 500 queries fewer).
   */
  async submit(ctx: AllianceContext, measurementId: string, version: number, checkedNow?: MeasurementWarningModel[]): Promise<MeasurementWarningModel[]> {
    await requireAccess(ctx, 'measurement.write');
    const m = await writableMeasurement(ctx, await this.measurements.state(ctx.em, ctx.allianceId, measurementId));
    assertVersion(m, version);
    assertStatus(m, ['DRAFT', 'REJECTED'], 'SUBMITTED');
    assertPeriodOpen(m);
    const stored = checkedNow ? undefined : (await this.plausibility.stored(ctx.em, ctx.allianceId, m.id))!;
    const implausible = stored ? plausibilityProblems(stored, stored, stored.parts) : [];
    if (implausible.length) throw invalid(implausible);
    await this.move(ctx, m.id, version, m.status, 'SUBMITTED', 'submitted_by_user_id = $6, submitted_at = now(), rejection_reason = NULL', [ctx.userId]);
    await this.audit.record(ctx, {
      action: 'measurement.submitted',
      entityType: 'Measurement',
      entityId: m.id,
      before: { status: m.status },
      after: { status: 'SUBMITTED' },
    });
    return stored ? this.warnings(ctx, stored, stored, stored) : checkedNow!;
  }

  /** The backbone accepts a SUBMITTED value: it counts in roll-ups and is locked. Allowed after the period closed (late review). */
  async approveMeasurement(ctx: AllianceContext, input: ApproveMeasurementInput): Promise<MeasurementModel> {
    const approved = await this.approve(ctx, input);
    await this.noticeApproved(ctx, [approved]);
    return approved;
  }

  /**
   * The backbone approves several SUBMITTED values at once (the review queue's "approve selected"):
   * all or nothing, in the request's one transaction. A value changed since the reviewer saw it
   * (CONFLICT) or not submitted any more stops the whole batch; nothing is approved then.
   * Each reporting organisation hears once about its values of the batch.
   */
  async approveMeasurements(ctx: AllianceContext, input: ApproveMeasurementsInput): Promise<MeasurementModel[]> {
    await requireAccess(ctx, 'measurement.review');
    const ids = input.items.map((i) => i.measurementId);
    if (new Set(ids).size !== ids.length) throw invalid([{ field: 'items', code: 'duplicate' }]);
    const approved: MeasurementModel[] = [];
    for (const item of input.items) approved.push(await this.approve(ctx, { allianceId: input.allianceId, ...item }));
    await this.noticeApproved(ctx, approved);
    return approved;
  }

  private async approve(ctx: AllianceContext, input: ApproveMeasurementInput): Promise<MeasurementModel> {
    await requireAccess(ctx, 'measurement.review');
    const m = await this.measurements.state(ctx.em, ctx.allianceId, input.measurementId);
    if (!m) throw notFound('Measurement');
    assertVersion(m, input.version);
    assertStatus(m, ['SUBMITTED'], 'APPROVED');
    await this.move(ctx, m.id, input.version, 'SUBMITTED', 'APPROVED', 'reviewed_by_user_id = $6, reviewed_at = now()', [ctx.userId]);
    await this.audit.record(ctx, {
      action: 'measurement.approved',
      entityType: 'Measurement',
      entityId: m.id,
      before: { status: 'SUBMITTED' },
      after: { status: 'APPROVED' },
    });
    return (await this.measurements.get(ctx.em, ctx.allianceId, m.id))!;
  }

  /** VALUE_APPROVED to the people of each reporting organisation: one notice per organisation and batch. */
  private async noticeApproved(ctx: AllianceContext, approved: MeasurementModel[]): Promise<void> {
    const byMember = new Map<string, MeasurementModel[]>();
    for (const m of approved) byMember.set(m.membershipId, [...(byMember.get(m.membershipId) ?? []), m]);
    for (const [membershipId, values] of byMember) {
      const last = values[values.length - 1];
      await this.notifications.notify(ctx.em, {
        allianceId: ctx.allianceId,
        to: { membershipId },
        exceptUserId: ctx.userId,
        kind: 'VALUE_APPROVED',
        subject: { type: 'Measurement', id: last.id },
        link: links.reporting(ctx.allianceId),
        params: { indicator: last.indicatorName, period: last.periodKey, count: values.length },
      });
    }
  }

  /** The backbone sends a SUBMITTED value back with the reason; the partner fixes and resubmits it. */
  async rejectMeasurement(ctx: AllianceContext, input: RejectMeasurementInput): Promise<MeasurementModel> {
    await requireAccess(ctx, 'measurement.review');
    const m = await this.measurements.state(ctx.em, ctx.allianceId, input.measurementId);
    if (!m) throw notFound('Measurement');
    assertVersion(m, input.version);
    assertStatus(m, ['SUBMITTED'], 'REJECTED');
    await this.move(ctx, m.id, input.version, 'SUBMITTED', 'REJECTED', 'reviewed_by_user_id = $6, reviewed_at = now(), rejection_reason = $7', [
      ctx.userId,
      input.reason,
    ]);
    await this.audit.record(ctx, {
      action: 'measurement.rejected',
      entityType: 'Measurement',
      entityId: m.id,
      before: { status: 'SUBMITTED' },
      after: { status: 'REJECTED', reason: input.reason },
    });
    const rejected = (await this.measurements.get(ctx.em, ctx.allianceId, m.id))!;
    await this.notifications.notify(ctx.em, {
      allianceId: ctx.allianceId,
      to: { membershipId: rejected.membershipId },
      exceptUserId: ctx.userId,
      kind: 'VALUE_REJECTED',
      subject: { type: 'Measurement', id: m.id },
      link: links.reporting(ctx.allianceId),
      params: { indicator: rejected.indicatorName, period: rejected.periodKey, reason: input.reason },
    });
    return rejected;
  }

  /**
   * The backbone unlocks an APPROVED value: it goes back to the partner as a DRAFT (out of the
   * roll-ups until approved again), with who and why recorded on the measurement and in the audit.
   * The period must be open, or the partner could not fix it.
   */
  async reopenMeasurement(ctx: AllianceContext, input: ReopenMeasurementInput): Promise<MeasurementModel> {
    await requireAccess(ctx, 'measurement.review');
    const m = await this.measurements.state(ctx.em, ctx.allianceId, input.measurementId);
    if (!m) throw notFound('Measurement');
    assertVersion(m, input.version);
    assertStatus(m, ['APPROVED'], 'DRAFT');
    assertPeriodOpen(m);
    await this.move(ctx, m.id, input.version, 'APPROVED', 'DRAFT', 'reviewed_by_user_id = $6, reviewed_at = now(), rejection_reason = $7', [
      ctx.userId,
      input.reason,
    ]);
    await this.audit.record(ctx, {
      action: 'measurement.reopened',
      entityType: 'Measurement',
      entityId: m.id,
      before: { status: 'APPROVED' },
      after: { status: 'DRAFT', reason: input.reason },
    });
    return (await this.measurements.get(ctx.em, ctx.allianceId, m.id))!;
  }

  private async move(
    ctx: AllianceContext,
    id: string,
    version: number,
    from: MeasurementModel['status'],
    to: MeasurementModel['status'],
    set: string,
    params: unknown[],
  ) {
    const moved = await this.measurements.transition(ctx.em, ctx.allianceId, id, version, from, to, set, params);
    if (!moved.length) throw conflict('Measurement');
  }

  /**
   * Member-level values: the backbone sees all; partners their own in every status and others'
   * APPROVED ones; funders APPROVED ones only; observers none (they read roll-ups).
   */
  async list(ctx: AllianceContext, filter: MeasurementFilter = {}, page?: PageInput): Promise<Page<MeasurementModel>> {
    await requireAccess(ctx, 'measurement.readMemberLevel');
    const first = page?.first ?? DEFAULT_PAGE;
    const { nodes, total } = await this.measurements.list(ctx.em, ctx.allianceId, {
      unapproved: readScope(ctx, 'measurement.readUnapproved'),
      filter,
      first,
      after: decodeCursor(page?.after, CURSORS.measurements),
    });
    await this.suppressSmallNumbers(ctx, nodes);
    return toPage(nodes, first, total, CURSORS.measurements, (r) => [r.sortStart, r.id]);
  }

  /**
   * Other members' values as the caller may see them (small-number protection): a hidden member's
   * value, numerator, denominator, parts and overlap amounts become null, single parts too. Only
   * APPROVED values of others reach non-backbone callers, and those are the roll-up's cells.
   */
  private async suppressSmallNumbers(ctx: AllianceContext, nodes: MeasurementModel[]): Promise<void> {
    const policy = await this.disclosure.policyFor(ctx);
    if (!policy.suppress) return;
    const others = nodes.filter((m) => m.membershipId !== policy.ownMembershipId && m.status === 'APPROVED');
    const cells = await this.disclosure.discloseCells(ctx, policy, others);
    for (const m of others) {
      const cell = cells.get(cellKey(m.indicatorId, m.periodKey));
      if (!cell) continue;
      if (cell.members.has(m.membershipId)) {
        Object.assign(m, { value: null, numerator: null, denominator: null, suppressed: true });
        m.overlaps = m.overlaps.map((o) => ({ ...o, amount: null }));
      }
      m.parts = m.parts.map((p) => (m.suppressed || cell.parts.has(partKey(m.membershipId, p.categoryId)) ? { ...p, value: null, suppressed: true } : p));
    }
  }

  /** What waits for the backbone's review, longest waiting first. */
  async reviewQueue(ctx: AllianceContext, page?: PageInput): Promise<Page<MeasurementModel>> {
    await requireAccess(ctx, 'measurement.review');
    const first = page?.first ?? DEFAULT_PAGE;
    const { nodes, total } = await this.measurements.reviewQueue(ctx.em, ctx.allianceId, first, decodeCursor(page?.after, CURSORS.reviewQueue));
    const locale = requestStore.getStore()?.locale ?? 'de';
    for (const m of nodes) {
      // The same rule the reporter met on saving: only against the period right before this one.
      const before = m.previous && m.previous.periodKey === nextPeriodKey(m.periodKey, -1) ? m.previous : undefined;
      const w = jumpWarning(m, before, m.value);
      m.warnings = w ? [describeWarning(locale, w)] : [];
    }
    return toPage(nodes, first, total, CURSORS.reviewQueue, (r) => [r.sortAt, r.id]);
  }
}
