import { requireAccess } from '../../core/access/access';
import { Injectable } from '@nestjs/common';
import type { AllianceLifecycleName } from '@gemeinwerk/shared';
import { AuditService } from '../../core/audit/audit.service';
import { conflict, DomainError, invalid, notFound } from '../../core/errors';
import { AllianceContext } from '../../core/tenancy/alliance-context';
import { AlliancesRepository } from '../alliances/alliances.repository';
import { GoalsRepository } from './goals.repository';
import { GoalsService } from './goals.service';
import { AgendaWarningModel, AllianceLifecyclePayload, ChangeAllianceLifecycleInput } from './lifecycle.models';

/**
 * Where an alliance may go from each lifecycle state. An alliance forms, works, and either
 * concludes or renews itself with a new goal; a renewed alliance works again or concludes, and a
 * concluded one can only come back by renewing (with a new goal), never by simply reopening.
 */
export const LIFECYCLE_TRANSITIONS: Record<AllianceLifecycleName, AllianceLifecycleName[]> = {
  FORMING: ['ACTIVE'],
  ACTIVE: ['CONCLUDED', 'RENEWED'],
  CONCLUDED: ['RENEWED'],
  RENEWED: ['ACTIVE', 'CONCLUDED'],
};

@Injectable()
export class LifecycleService {
  constructor(
    private readonly alliances: AlliancesRepository,
    private readonly goals: GoalsRepository,
    private readonly goalsService: GoalsService,
    private readonly audit: AuditService,
  ) {}

  async change(ctx: AllianceContext, input: ChangeAllianceLifecycleInput): Promise<AllianceLifecyclePayload> {
    await requireAccess(ctx, 'agenda.manage');
    const before = await this.alliances.profile(ctx.em, ctx.allianceId);
    if (!before) throw notFound('Alliance');
    if (before.version !== input.version) throw conflict('Alliance');
    if (!LIFECYCLE_TRANSITIONS[before.lifecycle].includes(input.to)) {
      throw new DomainError('INVALID_TRANSITION', { from: before.lifecycle, to: input.to });
    }
    const renewing = input.to === 'RENEWED';
    if (renewing && !input.renewalGoal) throw invalid([{ field: 'renewalGoal', code: 'required' }]);
    if (!renewing && input.renewalGoal) throw invalid([{ field: 'renewalGoal', code: 'onlyWhenRenewing' }]);

    const after = await this.alliances.setLifecycle(ctx.em, ctx.allianceId, input.version, input.to);
    // Renewing means setting a new goal: it is created in this same transaction, so a renewal
    // without its goal (or a goal without the renewal) cannot happen.
    const renewalGoal = renewing
      ? await this.goalsService.create(ctx, {
          allianceId: ctx.allianceId,
          title: input.renewalGoal!.title,
          description: input.renewalGoal!.description ?? '',
          status: 'ACTIVE',
        })
      : undefined;
    await this.audit.record(ctx, {
      action: 'alliance.lifecycleChanged',
      entityType: 'Alliance',
      entityId: ctx.allianceId,
      before: { lifecycle: before.lifecycle, version: before.version },
      after: { lifecycle: after.lifecycle, version: after.version, ...(renewalGoal ? { renewalGoalId: renewalGoal.id } : {}) },
    });

    const alliance = (await this.alliances.getWithMySeat(ctx.em, ctx.allianceId, ctx.userId))!;
    return { alliance, warnings: input.to === 'ACTIVE' ? await this.activationWarnings(ctx, after.kind) : [] };
  }

  /**
   * A goal-bound alliance (kind ALLIANCE) is held to its goals, so on activation every goal it
   * pursues should be measurable: linked to an indicator that has a target. Networks and
   * coalitions need no targets. A warning, not a refusal: targets often follow a few weeks later.
   */
  private async activationWarnings(ctx: AllianceContext, kind: string): Promise<AgendaWarningModel[]> {
    if (kind !== 'ALLIANCE') return [];
    const goals = await this.goals.withoutTargets(ctx.em, ctx.allianceId);
    return goals.map((g) => ({ code: 'GOAL_WITHOUT_TARGET', ...g }));
  }
}
