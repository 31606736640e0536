import { Injectable } from '@nestjs/common';
import { AuditService } from '../../core/audit/audit.service';
import { DomainError, invalid, notFound } from '../../core/errors';
import { may, requireAccess } from '../../core/access/access';
import { AllianceContext } from '../../core/tenancy/alliance-context';
import { assertEditable } from './measurement-rules';
import { writableMeasurement } from './measurements.access';
import { DeclareOverlapInput, RemoveOverlapInput } from './measurements.inputs';
import { MeasurementModel } from './measurements.models';
import { MeasurementsRepository, MeasurementState } from './measurements.repository';

/**
 * Overlap declarations: "`amount` of the people in my value were also served by that member".
 * The roll-up subtracts, per pair of members, the larger of their two declarations once.
 *
 * Who: the partner who owns the measurement while it is still editable (DRAFT or REJECTED in an
 * open period — like its values); the backbone at any time, because overlaps often only show up
 * when it compares approved reports side by side.
 */
@Injectable()
export class OverlapsService {
  constructor(
    private readonly measurements: MeasurementsRepository,
    private readonly audit: AuditService,
  ) {}

  async declareOverlap(ctx: AllianceContext, input: DeclareOverlapInput): Promise<MeasurementModel> {
    const m = await this.loadForChange(ctx, input.measurementId);
    const other = await this.measurements.membership(ctx.em, ctx.allianceId, input.otherMembershipId);
    if (!other) throw notFound('Membership');
    if (other.id === m.membershipId) throw invalid([{ field: 'otherMembershipId', code: 'ownOrganisation' }]);
    if (input.amount <= 0) throw invalid([{ field: 'amount', code: 'mustBePositive' }]);
    if (m.value === null || input.amount > m.value) throw invalid([{ field: 'amount', code: 'exceedsValue' }]);
    const note = input.note?.trim() ?? '';
    const saved = await this.measurements.upsertOverlap(ctx.em, {
      allianceId: ctx.allianceId,
      measurementId: m.id,
      otherMembershipId: other.id,
      amount: input.amount,
      note,
    });
    await this.audit.record(ctx, {
      action: 'measurement.overlapDeclared',
      entityType: 'MeasurementOverlap',
      entityId: saved.id,
      before: saved.previousAmount === null ? undefined : { amount: saved.previousAmount },
      after: { measurementId: m.id, otherMembershipId: other.id, amount: input.amount, note },
    });
    return (await this.measurements.get(ctx.em, ctx.allianceId, m.id))!;
  }

  async removeOverlap(ctx: AllianceContext, input: RemoveOverlapInput): Promise<MeasurementModel> {
    await requireAccess(ctx, 'measurement.write');
    const overlap = await this.measurements.overlap(ctx.em, ctx.allianceId, input.overlapId);
    if (!overlap) throw notFound('MeasurementOverlap');
    const m = await this.loadForChange(ctx, overlap.measurementId);
    await this.measurements.deleteOverlap(ctx.em, ctx.allianceId, overlap.id);
    await this.audit.record(ctx, {
      action: 'measurement.overlapRemoved',
      entityType: 'MeasurementOverlap',
      entityId: overlap.id,
      before: { measurementId: m.id, otherMembershipId: overlap.otherMembershipId, amount: overlap.amount },
    });
    return (await this.measurements.get(ctx.em, ctx.allianceId, m.id))!;
  }

  private async loadForChange(ctx: AllianceContext, measurementId: string): Promise<MeasurementState> {
    await requireAccess(ctx, 'measurement.write');
    const m = await writableMeasurement(ctx, await this.measurements.state(ctx.em, ctx.allianceId, measurementId));
    if (m.aggregation !== 'SUM') throw new DomainError('OVERLAP_ONLY_FOR_SUM');
    if (!may(ctx, 'measurement.editLocked')) assertEditable(m);
    return m;
  }
}
