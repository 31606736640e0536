import { requireAccess } from '../../core/access/access';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../../core/audit/audit.service';
import { conflict, DomainError, FieldProblem, invalid, notFound } from '../../core/errors';
import { AllianceContext } from '../../core/tenancy/alliance-context';
import { periodProblems } from '../alliances/profile.rules';
import { CreateGoalInput, DeleteGoalInput, GoalModel, MoveGoalInput, UpdateGoalInput } from './goals.models';
import { GoalPatch, GoalRow, GoalsRepository } from './goals.repository';

/**
 * The goal tree of the common agenda. Every member reads it (observers included: the agenda is
 * what they follow); only the backbone changes it.
 */
@Injectable()
export class GoalsService {
  constructor(
    private readonly goals: GoalsRepository,
    private readonly audit: AuditService,
  ) {}

  list(ctx: AllianceContext): Promise<GoalModel[]> {
    return this.goals.tree(ctx.em, ctx.allianceId);
  }

  async create(ctx: AllianceContext, input: CreateGoalInput): Promise<GoalModel> {
    await requireAccess(ctx, 'goal.manage');
    await this.goals.lockAgenda(ctx.em, ctx.allianceId);
    const parentId = input.parentId ?? null;
    if (parentId && !(await this.goals.row(ctx.em, ctx.allianceId, parentId))) throw notFound('Goal');
    const problems = [...(await this.ownerProblems(ctx, input.ownerMembershipId)), ...periodProblems(input.periodStart, input.periodEnd)];
    if (problems.length) throw invalid(problems);

    const fields = {
      parentId,
      title: input.title.trim(),
      description: input.description ?? '',
      status: input.status,
      ownerMembershipId: input.ownerMembershipId ?? null,
      periodStart: input.periodStart ?? null,
      periodEnd: input.periodEnd ?? null,
    };
    const id = await this.goals.insert(ctx.em, ctx.allianceId, fields);
    const position = input.position == null ? undefined : await this.goals.placeAt(ctx.em, ctx.allianceId, parentId, id, input.position);
    const goal = (await this.goals.get(ctx.em, ctx.allianceId, id))!;
    await this.audit.record(ctx, { action: 'goal.created', entityType: 'Goal', entityId: id, after: { ...fields, position: position ?? goal.position } });
    return goal;
  }

  async update(ctx: AllianceContext, input: UpdateGoalInput): Promise<GoalModel> {
    await requireAccess(ctx, 'goal.manage');
    const before = await this.goals.row(ctx.em, ctx.allianceId, input.goalId);
    if (!before) throw notFound('Goal');
    const { allianceId: _a, goalId: _g, version, ...given } = input;
    const patch: GoalPatch = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
    if (typeof patch.title === 'string') patch.title = patch.title.trim();
    const problems = [
      ...(patch.ownerMembershipId ? await this.ownerProblems(ctx, patch.ownerMembershipId) : []),
      ...periodProblems(
        patch.periodStart !== undefined ? patch.periodStart : before.periodStart,
        patch.periodEnd !== undefined ? patch.periodEnd : before.periodEnd,
      ),
    ];
    if (problems.length) throw invalid(problems);

    const after = await this.goals.update(ctx.em, ctx.allianceId, input.goalId, version, patch);
    const changed = (Object.keys(patch) as (keyof GoalPatch)[]).filter((k) => before[k] !== after[k]);
    const audited = (g: GoalRow) => Object.fromEntries([...changed.map((k) => [k, g[k]]), ['version', g.version]]);
    await this.audit.record(ctx, { action: 'goal.updated', entityType: 'Goal', entityId: input.goalId, before: audited(before), after: audited(after) });
    return (await this.goals.get(ctx.em, ctx.allianceId, input.goalId))!;
  }

  /** Moves a goal (with its sub-goals) under another parent or to another place among its siblings. */
  async move(ctx: AllianceContext, input: MoveGoalInput): Promise<GoalModel> {
    await requireAccess(ctx, 'goal.manage');
    await this.goals.lockAgenda(ctx.em, ctx.allianceId);
    const before = await this.goals.row(ctx.em, ctx.allianceId, input.goalId);
    if (!before) throw notFound('Goal');
    const parentId = input.parentId ?? null;
    if (parentId) {
      if (!(await this.goals.row(ctx.em, ctx.allianceId, parentId))) throw notFound('Goal');
      if (await this.goals.isSelfOrDescendant(ctx.em, ctx.allianceId, input.goalId, parentId)) throw new DomainError('GOAL_CYCLE');
    }
    const after = await this.goals.setParent(ctx.em, ctx.allianceId, input.goalId, input.version, parentId);
    const position = await this.goals.placeAt(ctx.em, ctx.allianceId, parentId, input.goalId, input.position);
    if (before.parentId !== parentId) await this.goals.closeGaps(ctx.em, ctx.allianceId, before.parentId);
    await this.audit.record(ctx, {
      action: 'goal.moved',
      entityType: 'Goal',
      entityId: input.goalId,
      before: { parentId: before.parentId, position: before.position, version: before.version },
      after: { parentId, position, version: after.version },
    });
    return (await this.goals.get(ctx.em, ctx.allianceId, input.goalId))!;
  }

  /**
   * Deletes a goal nobody relies on. Sub-goals, indicators, activities and log entries that
   * point at it would otherwise lose their context (the links would silently cascade away), so
   * such a goal is refused with GOAL_IN_USE, which suggests the status DROPPED instead.
   */
  async delete(ctx: AllianceContext, input: DeleteGoalInput): Promise<string> {
    await requireAccess(ctx, 'goal.manage');
    await this.goals.lockAgenda(ctx.em, ctx.allianceId);
    const goal = await this.goals.row(ctx.em, ctx.allianceId, input.goalId);
    if (!goal) throw notFound('Goal');
    if (goal.version !== input.version) throw conflict('Goal');
    const usage = await this.goals.usage(ctx.em, ctx.allianceId, input.goalId);
    if (usage.subGoals + usage.indicators + usage.activities + usage.logEntries > 0) throw new DomainError('GOAL_IN_USE', { ...usage });
    await this.goals.delete(ctx.em, ctx.allianceId, input.goalId);
    await this.goals.closeGaps(ctx.em, ctx.allianceId, goal.parentId);
    await this.audit.record(ctx, { action: 'goal.deleted', entityType: 'Goal', entityId: input.goalId, before: goal });
    return input.goalId;
  }

  /** A goal's owner must be an organisation currently active in the alliance. */
  private async ownerProblems(ctx: AllianceContext, membershipId: string | null | undefined): Promise<FieldProblem[]> {
    if (!membershipId) return [];
    const m = await this.goals.membershipState(ctx.em, ctx.allianceId, membershipId);
    if (!m) throw notFound('Membership');
    return m.state === 'ACTIVE' ? [] : [{ field: 'ownerMembershipId', code: 'inactiveMember' }];
  }
}
