import { Injectable } from '@nestjs/common';
import { check, requireAccess } from '../../core/access/access';
import { AuditService } from '../../core/audit/audit.service';
import { conflict, DomainError, invalid, notFound } from '../../core/errors';
import { CURSORS } from '../../core/graphql/cursors';
import { Page, PageInput, toPage } from '../../core/graphql/pagination';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { ActionItemModel, CompleteActionItemInput, CreateActionItemInput } from './action-items.models';
import { ActionItemsRepository } from './action-items.repository';
import { actionItemCursor } from './communication.cursors';
import { LogRepository } from './log.repository';
import { NotificationService } from '../notifications/notification.service';
import { links } from '../notifications/notification-kinds';

/**
 * Action items. Created by the backbone for anyone, by a partner for its own organisation or on a
 * log entry its organisation wrote (the minute-taker records what was agreed). Completed and
 * reopened by the owning organisation — whatever its role: ticking off one's own to-do is not a
 * write to the alliance's data — or by the backbone.
 */
@Injectable()
export class ActionItemsService {
  constructor(
    private readonly items: ActionItemsRepository,
    private readonly log: LogRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  async create(ctx: AllianceContext, input: CreateActionItemInput): Promise<ActionItemModel> {
    await requireAccess(ctx, 'log.write');
    const entry = input.logEntryId ? await this.log.get(ctx.em, ctx.allianceId, input.logEntryId) : undefined;
    if (input.logEntryId && !entry) throw notFound('LogEntry');
    const ownerState = await this.items.membershipState(ctx.em, ctx.allianceId, input.ownerMembershipId);
    if (!ownerState) throw notFound('Membership');
    await requireAccess(ctx, 'actionItem.create', { owner: [input.ownerMembershipId, entry?.authorMember.membershipId] });
    if (ownerState !== 'ACTIVE') throw invalid([{ field: 'ownerMembershipId', code: 'notActive' }]);
    if (input.ownerUserId && !(await this.items.hasSeat(ctx.em, ctx.allianceId, input.ownerMembershipId, input.ownerUserId))) {
      throw invalid([{ field: 'ownerUserId', code: 'noSeat' }]);
    }
    const id = await this.items.insert(ctx.em, {
      allianceId: ctx.allianceId,
      logEntryId: input.logEntryId ?? null,
      title: input.title,
      ownerMembershipId: input.ownerMembershipId,
      ownerUserId: input.ownerUserId ?? null,
      dueOn: input.dueOn ?? null,
      createdByUserId: ctx.userId,
    });
    const created = (await this.items.get(ctx.em, ctx.allianceId, id))!;
    await this.audit.record(ctx, {
      action: 'actionItem.created',
      entityType: 'ActionItem',
      entityId: id,
      after: {
        title: input.title,
        logEntryId: input.logEntryId ?? null,
        ownerMembershipId: input.ownerMembershipId,
        ownerUserId: input.ownerUserId ?? null,
        dueOn: input.dueOn ?? null,
      },
    });
    // Its owner: the named person, else the owning organisation's people; never the one who wrote it.
    await this.notifications.notify(ctx.em, {
      allianceId: ctx.allianceId,
      to: input.ownerUserId ? { userIds: [input.ownerUserId] } : { membershipId: input.ownerMembershipId },
      exceptUserId: ctx.userId,
      kind: 'ACTION_ITEM_ASSIGNED',
      subject: { type: 'ActionItem', id },
      link: links.actionItems(ctx.allianceId),
      params: { title: input.title, due: input.dueOn ?? '' },
    });
    return created;
  }

  complete(ctx: AllianceContext, input: CompleteActionItemInput): Promise<ActionItemModel> {
    return this.setDone(ctx, input, true);
  }

  reopen(ctx: AllianceContext, input: CompleteActionItemInput): Promise<ActionItemModel> {
    return this.setDone(ctx, input, false);
  }

  /** Open items of the caller's organisation or assigned to the caller: overdue first, then by due date. */
  async mine(ctx: AllianceContext, includeDone: boolean, page: PageInput = { first: 25 }): Promise<Page<ActionItemModel>> {
    const after = actionItemCursor(page.after);
    const { page: found, totalCount } = await this.items.mine(ctx.em, {
      allianceId: ctx.allianceId,
      membershipId: ctx.membershipId,
      userId: ctx.userId,
      includeDone,
      limit: page.first + 1,
      after,
    });
    const readable = await check(ctx, 'log.read', this.log.guestFacts(ctx.em, ctx.allianceId));
    return toPage(
      found.map((a) => redact(a, readable)),
      page.first,
      totalCount,
      CURSORS.actionItems,
      (a) => a.sortKey!,
    );
  }

  private async setDone(ctx: AllianceContext, input: CompleteActionItemInput, done: boolean): Promise<ActionItemModel> {
    const before = await this.items.get(ctx.em, ctx.allianceId, input.actionItemId);
    if (!before) throw notFound('ActionItem');
    await requireAccess(ctx, 'actionItem.complete', { owner: before.owner.membershipId });
    if (before.version !== input.version) throw conflict('ActionItem');
    const state = (d: boolean) => (d ? 'DONE' : 'OPEN');
    if (before.done === done) throw new DomainError('INVALID_TRANSITION', { from: state(before.done), to: state(done) });
    await this.items.setDone(ctx.em, ctx.allianceId, before.id, input.version, done ? ctx.userId : null);
    const after = (await this.items.get(ctx.em, ctx.allianceId, before.id))!;
    await this.audit.record(ctx, {
      action: done ? 'actionItem.completed' : 'actionItem.reopened',
      entityType: 'ActionItem',
      entityId: before.id,
      before: { done: before.done, version: before.version },
      after: { done: after.done, version: after.version },
    });
    return redact(after, await check(ctx, 'log.read', this.log.guestFacts(ctx.em, ctx.allianceId)));
  }
}

/** An observer may own an item without being allowed to read the log entry it came out of. */
function redact(item: ActionItemModel, canReadLog: boolean): ActionItemModel {
  return canReadLog ? item : { ...item, logEntryTitle: null };
}
