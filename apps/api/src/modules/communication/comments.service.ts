import { Injectable } from '@nestjs/common';
import { may, requireAccess } from '../../core/access/access';
import { AuditService } from '../../core/audit/audit.service';
import { forbidden, notFound } from '../../core/errors';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AddCommentInput, CommentModel, DeleteCommentInput } from './log.models';
import { LogRepository } from './log.repository';
import { NotificationService } from '../notifications/notification.service';
import { links } from '../notifications/notification-kinds';

/** Comments on log entries: members always, funders and observers when guest comments are on. */
@Injectable()
export class CommentsService {
  constructor(
    private readonly log: LogRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  async add(ctx: AllianceContext, input: AddCommentInput): Promise<CommentModel> {
    await requireAccess(ctx, 'comment.create', this.log.guestFacts(ctx.em, ctx.allianceId));
    const entry = await this.log.get(ctx.em, ctx.allianceId, input.logEntryId);
    if (!entry) throw notFound('LogEntry');
    const id = await this.log.insertComment(ctx.em, {
      allianceId: ctx.allianceId,
      logEntryId: input.logEntryId,
      body: input.body,
      userId: ctx.userId,
      membershipId: ctx.membershipId,
    });
    await this.audit.record(ctx, { action: 'comment.added', entityType: 'Comment', entityId: id, after: { logEntryId: input.logEntryId, body: input.body } });
    const authorUserId = entry.authorUser?.id;
    if (authorUserId && authorUserId !== ctx.userId) {
      await this.notifications.notify(ctx.em, {
        allianceId: ctx.allianceId,
        to: { userIds: [authorUserId] },
        kind: 'COMMENT_ON_MY_ENTRY',
        subject: { type: 'LogEntry', id: entry.id },
        link: links.logEntry(ctx.allianceId, entry.id),
        actorUserId: ctx.userId,
        params: { title: entry.title, excerpt: input.body.length > 200 ? `${input.body.slice(0, 199)}…` : input.body },
      });
    }
    return (await this.comment(ctx, id))!;
  }

  /** Its author within 15 minutes (a quick correction), the backbone at any time (moderation). */
  async delete(ctx: AllianceContext, input: DeleteCommentInput): Promise<string> {
    await requireAccess(ctx, 'log.read', this.log.guestFacts(ctx.em, ctx.allianceId));
    const comment = await this.comment(ctx, input.commentId);
    if (!comment) throw notFound('Comment');
    if (!comment.canDelete) throw forbidden('COMMENT_AUTHOR');
    await this.log.deleteComment(ctx.em, ctx.allianceId, comment.id);
    await this.audit.record(ctx, {
      action: 'comment.deleted',
      entityType: 'Comment',
      entityId: comment.id,
      before: { logEntryId: comment.logEntryId, body: comment.body, authorUserId: comment.authorUser?.id ?? null },
    });
    return comment.id;
  }

  private comment(ctx: AllianceContext, id: string) {
    return this.log.comment(ctx.em, ctx.allianceId, id, ctx.userId, may(ctx, 'comment.moderate'));
  }
}
