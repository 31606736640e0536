import { Injectable } from '@nestjs/common';
import { may, requireAccess } from '../../core/access/access';
import { AuditService } from '../../core/audit/audit.service';
import { conflict, DomainError, forbidden, invalid, notFound } from '../../core/errors';
import { CURSORS } from '../../core/graphql/cursors';
import { Page, PageInput, toPage } from '../../core/graphql/pagination';
import { AllianceContext } from '../../core/tenancy/alliance-context';
import { ActionItemsRepository } from './action-items.repository';
import { logFeedCursor } from './communication.cursors';
import {
  CreateLogEntryInput,
  LogEntryDetailModel,
  LogEntryModel,
  LogFeedFilter,
  ReopenConflictInput,
  ResolveConflictInput,
  UpdateLogEntryInput,
} from './log.models';
import { LogRepository } from './log.repository';

const DEFAULT_PAGE: PageInput = { first: 25 };
const unique = (ids: string[] | undefined) => (ids ? [...new Set(ids)] : undefined);

interface Links {
  participantMembershipIds?: string[];
  goalIds?: string[];
  indicatorIds?: string[];
}

/** The communication log: entries, their links, conflicts and their resolution. */
@Injectable()
export class LogService {
  constructor(
    private readonly log: LogRepository,
    private readonly actionItems: ActionItemsRepository,
    private readonly audit: AuditService,
  ) {}

  async feed(ctx: AllianceContext, filter: LogFeedFilter = {}, page: PageInput = DEFAULT_PAGE): Promise<Page<LogEntryModel>> {
    await requireAccess(ctx, 'log.read', this.log.guestFacts(ctx.em, ctx.allianceId));
    if (filter.from && filter.to && filter.to < filter.from) throw invalid([{ field: 'filter.to', code: 'endBeforeStart' }]);
    const after = logFeedCursor(page.after);
    const { page: found, totalCount } = await this.log.feed(ctx.em, ctx.allianceId, filter, page.first + 1, after);
    return toPage(
      found.map((e) => this.withCanEdit(ctx, e)),
      page.first,
      totalCount,
      CURSORS.logFeed,
      (e) => [e.occurredOn, e.createdAtKey, e.id],
    );
  }

  async entry(ctx: AllianceContext, id: string): Promise<LogEntryDetailModel> {
    await requireAccess(ctx, 'log.read', this.log.guestFacts(ctx.em, ctx.allianceId));
    const entry = await this.find(ctx, id);
    // One connection per request: queries run one after the other.
    const comments = await this.log.comments(ctx.em, ctx.allianceId, id, ctx.userId, may(ctx, 'comment.moderate'));
    const actionItems = await this.actionItems.ofLogEntry(ctx.em, ctx.allianceId, id);
    return { ...entry, comments, actionItems };
  }

  async create(ctx: AllianceContext, input: CreateLogEntryInput): Promise<LogEntryModel> {
    await requireAccess(ctx, 'log.write');
    if (input.type === 'ANNOUNCEMENT') await requireAccess(ctx, 'log.announce');
    const links = await this.checkLinks(ctx, input);
    const id = await this.log.insert(ctx.em, {
      allianceId: ctx.allianceId,
      type: input.type,
      title: input.title,
      body: input.body ?? '',
      occurredOn: input.occurredOn,
      authorUserId: ctx.userId,
      authorMembershipId: ctx.membershipId,
    });
    await this.writeLinks(ctx, id, links);
    const created = await this.find(ctx, id);
    await this.audit.record(ctx, { action: 'logEntry.created', entityType: 'LogEntry', entityId: id, after: snapshot(created) });
    return created;
  }

  async update(ctx: AllianceContext, input: UpdateLogEntryInput): Promise<LogEntryModel> {
    await requireAccess(ctx, 'log.write');
    const before = await this.find(ctx, input.logEntryId);
    this.requireAuthorOrBackbone(ctx, before);
    const links = await this.checkLinks(ctx, input);
    await this.log.update(ctx.em, ctx.allianceId, input.logEntryId, input.version, input);
    await this.writeLinks(ctx, input.logEntryId, links);
    const after = await this.find(ctx, input.logEntryId);
    await this.audit.record(ctx, { action: 'logEntry.updated', entityType: 'LogEntry', entityId: after.id, before: snapshot(before), after: snapshot(after) });
    return after;
  }

  /** OPEN → RESOLVED with a resolution text, by the author's organisation or the backbone. */
  async resolveConflict(ctx: AllianceContext, input: ResolveConflictInput): Promise<LogEntryModel> {
    const before = await this.conflictFor(ctx, input.logEntryId, input.version, 'RESOLVED');
    await this.log.resolveConflict(ctx.em, ctx.allianceId, input.logEntryId, input.version, input.resolution);
    const after = await this.find(ctx, input.logEntryId);
    await this.audit.record(ctx, {
      action: 'logEntry.conflictResolved',
      entityType: 'LogEntry',
      entityId: after.id,
      before: { conflictState: before.conflictState, version: before.version },
      after: { conflictState: after.conflictState, resolution: after.resolution, version: after.version },
    });
    return after;
  }

  /** RESOLVED → OPEN; the old resolution stays in the audit trail only. */
  async reopenConflict(ctx: AllianceContext, input: ReopenConflictInput): Promise<LogEntryModel> {
    const before = await this.conflictFor(ctx, input.logEntryId, input.version, 'OPEN');
    await this.log.reopenConflict(ctx.em, ctx.allianceId, input.logEntryId, input.version);
    const after = await this.find(ctx, input.logEntryId);
    await this.audit.record(ctx, {
      action: 'logEntry.conflictReopened',
      entityType: 'LogEntry',
      entityId: after.id,
      before: { conflictState: before.conflictState, resolution: before.resolution, version: before.version },
      after: { conflictState: after.conflictState, version: after.version },
    });
    return after;
  }

  // ── helpers ──────────────────────────────────────────────────────────────

  private async find(ctx: AllianceContext, id: string): Promise<LogEntryModel> {
    const entry = await this.log.get(ctx.em, ctx.allianceId, id);
    if (!entry) throw notFound('LogEntry');
    return this.withCanEdit(ctx, entry);
  }

  private withCanEdit(ctx: AllianceContext, e: LogEntryModel): LogEntryModel {
    return { ...e, canEdit: may(ctx, 'logEntry.edit', { owner: e.authorMember.membershipId }) };
  }

  private requireAuthorOrBackbone(ctx: AllianceContext, e: LogEntryModel): void {
    if (!e.canEdit) throw forbidden('LOG_ENTRY_AUTHOR');
  }

  /** Checks a conflict transition in the order a caller can act on: who, what, which version, which state. */
  private async conflictFor(ctx: AllianceContext, id: string, version: number, to: 'OPEN' | 'RESOLVED'): Promise<LogEntryModel> {
    await requireAccess(ctx, 'log.write');
    const entry = await this.find(ctx, id);
    this.requireAuthorOrBackbone(ctx, entry);
    if (entry.type !== 'CONFLICT') throw new DomainError('NOT_A_CONFLICT');
    if (entry.version !== version) throw conflict('LogEntry');
    if (entry.conflictState === to) throw new DomainError('INVALID_TRANSITION', { from: entry.conflictState, to });
    return entry;
  }

  /** Linked ids must exist in this alliance; another alliance's ids are as unknown as made-up ones. */
  private async checkLinks(ctx: AllianceContext, input: Links): Promise<Links> {
    const links: Links = {
      participantMembershipIds: unique(input.participantMembershipIds),
      goalIds: unique(input.goalIds),
      indicatorIds: unique(input.indicatorIds),
    };
    const checks = [
      ['memberships', links.participantMembershipIds, 'Membership'],
      ['goals', links.goalIds, 'Goal'],
      ['indicators', links.indicatorIds, 'Indicator'],
    ] as const;
    for (const [table, ids, entity] of checks) {
      if (!ids?.length) continue;
      const found = await this.log.existing(ctx.em, table, ctx.allianceId, ids);
      if (found.size !== ids.length) throw notFound(entity);
    }
    return links;
  }

  private async writeLinks(ctx: AllianceContext, logEntryId: string, links: Links): Promise<void> {
    if (links.participantMembershipIds)
      await this.log.replaceLinks(ctx.em, 'log_entry_participants', ctx.allianceId, logEntryId, links.participantMembershipIds);
    if (links.goalIds) await this.log.replaceLinks(ctx.em, 'log_entry_goals', ctx.allianceId, logEntryId, links.goalIds);
    if (links.indicatorIds) await this.log.replaceLinks(ctx.em, 'log_entry_indicators', ctx.allianceId, logEntryId, links.indicatorIds);
  }
}

/** What the audit trail keeps of an entry. */
function snapshot(e: LogEntryModel) {
  return {
    type: e.type,
    title: e.title,
    body: e.body,
    occurredOn: e.occurredOn,
    participants: e.participants.map((p) => p.membershipId),
    goalIds: e.goals.map((g) => g.id),
    indicatorIds: e.indicators.map((i) => i.id),
    version: e.version,
  };
}
