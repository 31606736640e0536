import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ActivityStatusName } from '@gemeinwerk/shared';
import { AuditService } from '../../core/audit/audit.service';
import { requireAccess } from '../../core/access/access';
import { conflict, DomainError, invalid, notFound } from '../../core/errors';
import { CURSORS } from '../../core/graphql/cursors';
import { decodeCursor, Page, PageInput, toPage } from '../../core/graphql/pagination';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { isUuid } from '../../core/tenancy/tenancy.service';
import { ActivityFilter, ActivityModel, ChangeActivityStatusInput, CreateActivityInput, DeleteActivityInput, UpdateActivityInput } from './activities.models';
import { ActivitiesRepository, ActivityValues } from './activities.repository';
import { activityValues, distinct } from './activity-input';

/** Where an activity may go from each status. COMPLETED is final; a cancelled activity can be planned again. */
export const ACTIVITY_TRANSITIONS: Record<ActivityStatusName, ActivityStatusName[]> = {
  PLANNED: ['RUNNING', 'CANCELLED'],
  RUNNING: ['PAUSED', 'COMPLETED', 'CANCELLED'],
  PAUSED: ['RUNNING', 'COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: ['PLANNED'],
};

/** Only activities that never ran (or were called off) may vanish; anything else is cancelled, so the record of what ran stays. */
const DELETABLE: ActivityStatusName[] = ['PLANNED', 'CANCELLED'];

/**
 * Who may do what with activities (`activity.read`, `activity.write` in core/access/permissions.ts):
 * - writing: the backbone for every member, a partner for its own organisation only; funders and
 *   observers never write.
 * - reading: backbone, partners and funders. Activities carry no review state, so "funders read
 *   approved data only" does not narrow them. Observers read the agenda, goals and approved
 *   roll-ups only; activities are member-level detail (who does what, where, with what budget),
 *   so observers get FORBIDDEN for activities and the activity map.
 */
@Injectable()
export class ActivitiesService {
  constructor(
    private readonly activities: ActivitiesRepository,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: AllianceContext, filter: ActivityFilter = {}, page: PageInput = { first: 25 }): Promise<Page<ActivityModel>> {
    await requireAccess(ctx, 'activity.read');
    const after = decodeCursor(page.after, CURSORS.activities);
    const found = await this.activities.page(ctx.em, ctx.allianceId, filter, page.first, after);
    const total = await this.activities.count(ctx.em, ctx.allianceId, filter);
    return toPage(found, page.first, total, CURSORS.activities, (a) => [a.title, a.id]);
  }

  async get(ctx: AllianceContext, activityId: string): Promise<ActivityModel> {
    await requireAccess(ctx, 'activity.read');
    return this.load(ctx, activityId);
  }

  async create(ctx: AllianceContext, input: CreateActivityInput): Promise<ActivityModel> {
    await requireAccess(ctx, 'activity.write');
    const membershipId = input.membershipId?.toLowerCase() ?? ctx.membershipId;
    await requireAccess(ctx, 'activity.write', { owner: membershipId });
    const { values, problems } = activityValues(input);
    if (problems.length) throw invalid(problems);
    if (membershipId !== ctx.membershipId) {
      const member = await this.activities.membership(ctx.em, ctx.allianceId, membershipId);
      if (!member) throw notFound('Membership');
      if (member.state !== 'ACTIVE') throw invalid([{ field: 'membershipId', code: 'memberNotActive' }]);
    }
    const goalIds = distinct(input.goalIds);
    const indicatorIds = distinct(input.indicatorIds);
    await this.requireLinkable(ctx, goalIds, indicatorIds, values.districtId);

    const id = randomUUID();
    await this.activities.insert(ctx.em, { ...(values as ActivityValues), allianceId: ctx.allianceId, id, membershipId, status: input.status ?? 'PLANNED' });
    await this.activities.replaceLinks(ctx.em, 'goal', ctx.allianceId, id, goalIds);
    await this.activities.replaceLinks(ctx.em, 'indicator', ctx.allianceId, id, indicatorIds);
    const created = await this.load(ctx, id);
    await this.audit.record(ctx, { action: 'activity.created', entityType: 'Activity', entityId: id, after: snapshot(created) });
    return created;
  }

  async update(ctx: AllianceContext, input: UpdateActivityInput): Promise<ActivityModel> {
    await requireAccess(ctx, 'activity.write');
    const current = await this.load(ctx, input.activityId);
    await requireAccess(ctx, 'activity.write', { owner: current.membershipId });
    if (current.version !== input.version) throw conflict('Activity');
    const { values, problems } = activityValues(input, current);
    if (problems.length) throw invalid(problems);
    const goalIds = input.goalIds === undefined ? undefined : distinct(input.goalIds);
    const indicatorIds = input.indicatorIds === undefined ? undefined : distinct(input.indicatorIds);
    await this.requireLinkable(ctx, goalIds ?? [], indicatorIds ?? [], values.districtId);

    // The version moves even when only links change: they are part of the activity a client edits.
    const updated = await this.activities.updateValues(ctx.em, ctx.allianceId, current.id, input.version, values);
    if (updated.length !== 1) throw conflict('Activity');
    if (goalIds) await this.activities.replaceLinks(ctx.em, 'goal', ctx.allianceId, current.id, goalIds);
    if (indicatorIds) await this.activities.replaceLinks(ctx.em, 'indicator', ctx.allianceId, current.id, indicatorIds);
    const after = await this.load(ctx, current.id);
    await this.audit.record(ctx, {
      action: 'activity.updated',
      entityType: 'Activity',
      entityId: current.id,
      before: snapshot(current),
      after: snapshot(after),
    });
    return after;
  }

  async changeStatus(ctx: AllianceContext, input: ChangeActivityStatusInput): Promise<ActivityModel> {
    await requireAccess(ctx, 'activity.write');
    const current = await this.load(ctx, input.activityId);
    await requireAccess(ctx, 'activity.write', { owner: current.membershipId });
    if (current.version !== input.version) throw conflict('Activity');
    if (!ACTIVITY_TRANSITIONS[current.status].includes(input.status)) {
      throw new DomainError('INVALID_TRANSITION', { from: current.status, to: input.status });
    }
    const updated = await this.activities.updateStatus(ctx.em, ctx.allianceId, current.id, input.version, input.status);
    if (updated.length !== 1) throw conflict('Activity');
    await this.audit.record(ctx, {
      action: 'activity.statusChanged',
      entityType: 'Activity',
      entityId: current.id,
      before: { status: current.status, version: current.version },
      after: { status: input.status, version: current.version + 1 },
    });
    return this.load(ctx, current.id);
  }

  async delete(ctx: AllianceContext, input: DeleteActivityInput): Promise<boolean> {
    await requireAccess(ctx, 'activity.write');
    const current = await this.load(ctx, input.activityId);
    await requireAccess(ctx, 'activity.write', { owner: current.membershipId });
    if (current.version !== input.version) throw conflict('Activity');
    if (!DELETABLE.includes(current.status)) throw new DomainError('ACTIVITY_NOT_DELETABLE', { status: current.status, suggestion: 'CANCELLED' });
    const deleted = await this.activities.delete(ctx.em, ctx.allianceId, current.id, input.version);
    if (deleted.length !== 1) throw conflict('Activity');
    await this.audit.record(ctx, { action: 'activity.deleted', entityType: 'Activity', entityId: current.id, before: snapshot(current) });
    return true;
  }

  /** An id that is malformed, unknown or another alliance's gets the same NOT_FOUND. */
  private async load(ctx: AllianceContext, activityId: string): Promise<ActivityModel> {
    const activity = isUuid(activityId) ? await this.activities.get(ctx.em, ctx.allianceId, activityId) : undefined;
    if (!activity) throw notFound('Activity');
    return activity;
  }

  /** Linked goals, indicators and the district must be this alliance's; a foreign id is answered like an unknown one. */
  private async requireLinkable(ctx: AllianceContext, goalIds: string[], indicatorIds: string[], districtId?: string | null): Promise<void> {
    if (districtId && (await this.activities.countExisting(ctx.em, 'districts', ctx.allianceId, [districtId])) !== 1) throw notFound('District');
    if ((await this.activities.countExisting(ctx.em, 'goals', ctx.allianceId, goalIds)) !== goalIds.length) throw notFound('LinkedGoal');
    if ((await this.activities.countExisting(ctx.em, 'indicators', ctx.allianceId, indicatorIds)) !== indicatorIds.length) throw notFound('LinkedIndicator');
  }
}

/** What the audit trail keeps of an activity: its own fields and link ids, not the joined organisation or timestamps. */
function snapshot(a: ActivityModel) {
  const { organisation: _o, createdAt: _c, updatedAt: _u, goals, indicators, ...own } = a;
  return { ...own, goalIds: goals.map((g) => g.id), indicatorIds: indicators.map((i) => i.id) };
}
