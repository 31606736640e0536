import { requireAccess } from '../../core/access/access';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../../core/audit/audit.service';
import { conflict, invalid, notFound } from '../../core/errors';
import { AllianceContext } from '../../core/tenancy/alliance-context';
import { targetPeriodProblem } from './indicator.rules';
import { IndicatorsRepository } from './indicators.repository';
import { DeleteTargetInput, SetTargetInput, TargetModel } from './target.models';
import { TargetRow, TargetsRepository } from './targets.repository';

const snapshot = ({ indicatorId, periodKey, value, version }: TargetRow) => ({ indicatorId, periodKey, value, version });
const model = ({ id, periodKey, value, version }: TargetRow): TargetModel => ({ id, periodKey, value, version });

/** Targets per indicator and period; only the backbone sets them, every member reads them. */
@Injectable()
export class TargetsService {
  constructor(
    private readonly targets: TargetsRepository,
    private readonly indicators: IndicatorsRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Creates the target of a period (version null) or changes it (the version you edited).
   * Creating where one exists already — also one a colleague saved a moment ago — is CONFLICT,
   * so nobody overwrites a target they have not seen.
   */
  async set(ctx: AllianceContext, input: SetTargetInput): Promise<TargetModel> {
    await requireAccess(ctx, 'indicator.manage');
    const indicator = await this.indicators.getRow(ctx.em, ctx.allianceId, input.indicatorId);
    if (!indicator) throw notFound('Indicator');
    const problem = targetPeriodProblem(indicator.frequency, input.periodKey);
    if (problem) throw invalid([problem]);

    if (input.version === null || input.version === undefined) {
      const created = await this.targets.insert(ctx.em, ctx.allianceId, indicator.id, input.periodKey, input.value);
      if (!created) throw conflict('Target');
      await this.audit.record(ctx, { action: 'target.created', entityType: 'Target', entityId: created.id, after: snapshot(created) });
      return model(created);
    }
    const current = await this.targets.byPeriod(ctx.em, ctx.allianceId, indicator.id, input.periodKey);
    if (!current) throw notFound('Target');
    const updated = await this.targets.update(ctx.em, ctx.allianceId, current.id, input.version, input.value);
    await this.audit.record(ctx, { action: 'target.updated', entityType: 'Target', entityId: current.id, before: snapshot(current), after: snapshot(updated) });
    return model(updated);
  }

  async delete(ctx: AllianceContext, input: DeleteTargetInput): Promise<boolean> {
    await requireAccess(ctx, 'indicator.manage');
    const deleted = await this.targets.delete(ctx.em, ctx.allianceId, input.targetId, input.version);
    await this.audit.record(ctx, { action: 'target.deleted', entityType: 'Target', entityId: deleted.id, before: snapshot(deleted) });
    return true;
  }
}
