import { Injectable } from '@nestjs/common';
import { may, readScope, requireAccess } from '../../core/access/access';
import { AuditService } from '../../core/audit/audit.service';
import { conflict, DomainError, invalid, notFound } from '../../core/errors';
import { MailOutbox } from '../../core/mail/mail-outbox';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { isUuid } from '../../core/tenancy/tenancy.service';
import { links } from '../notifications/notification-kinds';
import { NotificationService } from '../notifications/notification.service';
import { ParticipationAccess } from './participation.access';
import type {
  AnswerFeedbackInput,
  ForwardReportInput,
  MarkFeedbackChangedInput,
  MergeReportsInput,
  ModerateParticipationInput,
  ParticipationItemModel,
  ParticipationRightsModel,
  ResolveReportInput,
} from './participation.models';
import { ItemRow, ParticipationRepository } from './participation.repository';

/** The workspace's model of an item; the photo only where a moderator or the forwarded member looks at one item. */
export function itemModel(r: ItemRow, photoDataUrl: string | null = null): ParticipationItemModel {
  return {
    ...r,
    history: r.history.map((h) => ({ status: h.status, at: new Date(h.at), reason: h.reason })),
    photoDataUrl,
  };
}

/**
 * Moderation and answers (issue 16, 3): nothing is public before a moderator approves it; edits
 * of the text are recorded with before and after; a report is forwarded to a member, which
 * resolves or declines it with a public answer; providers answer feedback in public and mark
 * what changed. Every change writes its audit event and, where the status moves, a public
 * history entry — in the operation's one transaction.
 */
@Injectable()
export class ParticipationService {
  constructor(
    private readonly repo: ParticipationRepository,
    private readonly access: ParticipationAccess,
    private readonly audit: AuditService,
    private readonly outbox: MailOutbox,
    private readonly notifications: NotificationService,
  ) {}

  async queue(ctx: AllianceContext, moderation: string): Promise<ParticipationItemModel[]> {
    await this.access.requireModerator(ctx);
    return (await this.repo.queue(ctx.em, ctx.allianceId, moderation)).map((r) => itemModel(r));
  }

  async item(ctx: AllianceContext, id: string): Promise<ParticipationItemModel> {
    const r = await this.repo.item(ctx.em, ctx.allianceId, id);
    if (!r) throw notFound('ParticipationItem');
    if (!(await this.access.isModerator(ctx))) {
      if (r.kind !== 'REPORT' || !r.forwardedMembershipId) throw notFound('ParticipationItem');
      await this.access.requireForwarded(ctx, r.forwardedMembershipId).catch(() => {
        throw notFound('ParticipationItem');
      });
    }
    const photo = r.hasPhoto ? await this.repo.photo(ctx.em, ctx.allianceId, id) : undefined;
    return itemModel(r, photo ? `data:${photo.mime};base64,${photo.photo.toString('base64')}` : null);
  }

  async forwarded(ctx: AllianceContext): Promise<ParticipationItemModel[]> {
    const moderator = await this.access.isModerator(ctx);
    if (!moderator) await requireAccess(ctx, 'participation.forwarded');
    const rows = await this.repo.forwarded(ctx.em, ctx.allianceId, moderator ? null : ctx.membershipId);
    return rows.map((r) => itemModel(r));
  }

  /**
   * What the caller may do here, by the same rules the operations check (for the navigation):
   * moderate (the backbone or an appointed editor), read reports forwarded to it, answer feedback.
   */
  async rights(ctx: AllianceContext): Promise<ParticipationRightsModel> {
    const moderator = await this.access.isModerator(ctx);
    return {
      moderator,
      forwardedReports: moderator || may(ctx, 'participation.forwarded'),
      answersFeedback: moderator || may(ctx, 'participation.answer'),
    };
  }

  /**
   * Approved feedback on offers: a provider's (or member's) own offers; moderators and the
   * backbone see all offers' feedback. Observers and API tokens are refused.
   */
  async offerFeedback(ctx: AllianceContext, offerId: string | null): Promise<ParticipationItemModel[]> {
    const moderator = await this.access.isModerator(ctx);
    if (!moderator) await requireAccess(ctx, 'participation.answer');
    const scope = readScope(ctx, 'participation.answer');
    const own = moderator || scope.all ? null : scope.ownMembershipId;
    if (offerId !== null && !isUuid(offerId)) return [];
    return (await this.repo.offerFeedback(ctx.em, ctx.allianceId, own, offerId)).map((r) => itemModel(r));
  }

  private async load(ctx: AllianceContext, id: string, kind?: string): Promise<ItemRow> {
    const r = await this.repo.item(ctx.em, ctx.allianceId, id);
    if (!r || (kind && r.kind !== kind))
      throw notFound(kind === 'FEEDBACK' ? 'ParticipationFeedback' : kind === 'REPORT' ? 'ParticipationReport' : 'ParticipationItem');
    return r;
  }

  private async change(ctx: AllianceContext, id: string, version: number | null, set: Record<string, unknown>): Promise<void> {
    const r = await this.repo.update(ctx.em, ctx.allianceId, id, version, set);
    if (r === 'STALE') throw conflict('ParticipationItem');
    if (r === 'MISSING') throw notFound('ParticipationItem');
  }

  private async reload(ctx: AllianceContext, id: string): Promise<ParticipationItemModel> {
    return itemModel((await this.repo.item(ctx.em, ctx.allianceId, id))!);
  }

  async moderate(ctx: AllianceContext, input: ModerateParticipationInput): Promise<ParticipationItemModel> {
    await this.access.requireModerator(ctx);
    const item = await this.load(ctx, input.itemId);
    if (item.kind !== input.kind) throw invalid([{ field: 'kind', code: 'invalid' }]);
    if (item.moderation !== 'PENDING') throw new DomainError('INVALID_TRANSITION', { from: item.moderation, to: input.action });
    const text = input.editedText && input.editedText !== item.text ? input.editedText : null;
    const address =
      item.kind === 'REPORT' && input.editedAddress !== undefined && input.editedAddress !== null && input.editedAddress !== (item.address ?? '')
        ? input.editedAddress || null
        : undefined;
    if (text || address !== undefined) {
      await this.change(ctx, item.id, input.version, { ...(text ? { text } : {}), ...(address !== undefined ? { address } : {}) });
      input.version += 1;
      await this.audit.record(ctx, {
        action: 'participation.edited',
        entityType: 'ParticipationItem',
        entityId: item.id,
        before: { ...(text ? { text: item.text } : {}), ...(address !== undefined ? { address: item.address } : {}) },
        after: { ...(text ? { text } : {}), ...(address !== undefined ? { address } : {}) },
      });
    }
    if (input.action === 'APPROVE') {
      const firstReview = item.kind === 'REPORT' && item.status === 'RECEIVED';
      await this.change(ctx, item.id, input.version, {
        moderation: 'APPROVED',
        moderation_reason: null,
        approved_at: new Date(),
        ...(firstReview ? { status: 'IN_REVIEW' } : {}),
      });
      if (firstReview) await this.repo.addHistory(ctx.em, ctx.allianceId, item.id, 'IN_REVIEW', null);
      await this.audit.record(ctx, { action: 'participation.approved', entityType: 'ParticipationItem', entityId: item.id, after: { moderation: 'APPROVED' } });
      // Feedback on an offer is public now: its provider's people hear of it (in the app, by mail unless they turned it off) to answer it.
      if (item.kind === 'FEEDBACK' && item.offerProviderMembershipId) {
        const shown = text ?? item.text;
        await this.notifications.notify(ctx.em, {
          allianceId: ctx.allianceId,
          to: { membershipId: item.offerProviderMembershipId },
          kind: 'FEEDBACK_PUBLISHED',
          subject: { type: 'ParticipationItem', id: item.id },
          link: links.providerFeedback(ctx.allianceId),
          params: { offer: item.offerTitle ?? '–', excerpt: excerptOf(shown) },
          exceptUserId: ctx.userId,
        });
      }
    } else {
      const reason = input.reason?.trim();
      if (!reason) throw invalid([{ field: 'reason', code: 'required' }]);
      await this.change(ctx, item.id, input.version, {
        moderation: 'REJECTED',
        moderation_reason: reason,
        closed_at: new Date(),
        ...(item.kind === 'REPORT' ? { status: 'DECLINED', status_reason: reason } : {}),
      });
      await this.repo.addHistory(ctx.em, ctx.allianceId, item.id, 'DECLINED', reason);
      await this.audit.record(ctx, {
        action: 'participation.rejected',
        entityType: 'ParticipationItem',
        entityId: item.id,
        before: { moderation: item.moderation },
        after: { moderation: 'REJECTED', reason },
      });
    }
    return this.reload(ctx, item.id);
  }

  /** The duplicate is closed as MERGED (never public); its supports count for the kept report, one per browser. */
  async merge(ctx: AllianceContext, input: MergeReportsInput): Promise<ParticipationItemModel> {
    await this.access.requireModerator(ctx);
    if (input.keepId === input.duplicateId) throw invalid([{ field: 'duplicateId', code: 'invalid' }]);
    const keep = await this.load(ctx, input.keepId, 'REPORT');
    const dup = await this.load(ctx, input.duplicateId, 'REPORT');
    if (dup.moderation === 'MERGED' || keep.moderation === 'MERGED' || keep.moderation === 'REJECTED') {
      throw new DomainError('INVALID_TRANSITION', { from: dup.moderation, to: 'MERGED' });
    }
    await this.repo.mergeSupports(ctx.em, ctx.allianceId, keep.id, dup.id);
    await this.change(ctx, dup.id, null, { moderation: 'MERGED', merged_into_id: keep.id, closed_at: new Date() });
    await this.audit.record(ctx, {
      action: 'participation.merged',
      entityType: 'ParticipationItem',
      entityId: dup.id,
      before: { moderation: dup.moderation, supportCount: dup.supportCount },
      after: { mergedInto: keep.id },
    });
    return this.reload(ctx, keep.id);
  }

  async forward(ctx: AllianceContext, input: ForwardReportInput): Promise<ParticipationItemModel> {
    await this.access.requireModerator(ctx);
    const report = await this.load(ctx, input.reportId, 'REPORT');
    if (report.moderation !== 'APPROVED' || report.status === 'RESOLVED' || report.status === 'DECLINED') {
      throw new DomainError('REPORT_NOT_FORWARDABLE', {});
    }
    const target = await this.repo.forwardTarget(ctx.em, ctx.allianceId, input.membershipId);
    if (!target) throw notFound('ForwardTarget');
    await this.change(ctx, report.id, input.version, {
      status: 'FORWARDED',
      forwarded_membership_id: input.membershipId,
      forward_note: input.note ?? null,
      forwarded_at: new Date(),
    });
    await this.repo.addHistory(ctx.em, ctx.allianceId, report.id, 'FORWARDED', null);
    await this.audit.record(ctx, {
      action: 'participation.forwarded',
      entityType: 'ParticipationItem',
      entityId: report.id,
      before: { status: report.status, forwardedMembershipId: report.forwardedMembershipId },
      after: { status: 'FORWARDED', forwardedMembershipId: input.membershipId },
    });
    // The member's people hear of it in the app and (their choice, by default yes) by mail through the outbox.
    const excerpt = excerptOf(report.text);
    await this.notifications.notify(ctx.em, {
      allianceId: ctx.allianceId,
      to: { membershipId: input.membershipId },
      kind: 'REPORT_FORWARDED',
      subject: { type: 'ParticipationItem', id: report.id },
      link: links.forwardedReports(ctx.allianceId),
      params: {
        organisation: target.name,
        category: report.category ?? 'OTHER',
        place: report.districtName ?? report.address ?? '–',
        excerpt,
        note: input.note ?? '',
      },
      exceptUserId: ctx.userId,
    });
    return this.reload(ctx, report.id);
  }

  async resolve(ctx: AllianceContext, input: ResolveReportInput): Promise<ParticipationItemModel> {
    const report = await this.load(ctx, input.reportId, 'REPORT');
    await this.access.requireForwarded(ctx, report.forwardedMembershipId);
    if (report.moderation !== 'APPROVED' || report.status !== 'FORWARDED') throw new DomainError('REPORT_NOT_FORWARDABLE', {});
    const by = await this.repo.organisationName(ctx.em, ctx.allianceId, report.forwardedMembershipId ?? ctx.membershipId);
    const now = new Date();
    await this.change(ctx, report.id, input.version, {
      status: input.outcome,
      status_reason: input.outcome === 'DECLINED' ? input.publicAnswer : null,
      public_answer: input.publicAnswer,
      answered_by_name: by,
      answered_at: now,
      closed_at: now,
    });
    await this.repo.addHistory(ctx.em, ctx.allianceId, report.id, input.outcome, input.outcome === 'DECLINED' ? input.publicAnswer : null);
    await this.audit.record(ctx, {
      action: 'participation.resolved',
      entityType: 'ParticipationItem',
      entityId: report.id,
      before: { status: report.status },
      after: { status: input.outcome, publicAnswer: input.publicAnswer },
    });
    await this.notifySender(ctx, report.id, (slug) => `/portal/${slug}/meldungen/${report.id}`, by, input.publicAnswer);
    return this.reload(ctx, report.id);
  }

  private async requireAnswerer(ctx: AllianceContext, feedback: ItemRow): Promise<void> {
    if (await this.access.isModerator(ctx)) return;
    await requireAccess(ctx, 'participation.answer', { owner: feedback.offerProviderMembershipId });
  }

  async answerFeedback(ctx: AllianceContext, input: AnswerFeedbackInput): Promise<ParticipationItemModel> {
    const feedback = await this.load(ctx, input.feedbackId, 'FEEDBACK');
    await this.requireAnswerer(ctx, feedback);
    if (feedback.moderation !== 'APPROVED') throw new DomainError('INVALID_TRANSITION', { from: feedback.moderation, to: 'ANSWERED' });
    const by = await this.repo.organisationName(ctx.em, ctx.allianceId, feedback.offerProviderMembershipId ?? ctx.membershipId);
    const now = new Date();
    // Answered feedback is closed: the sender's address is kept for the retention period after this.
    await this.change(ctx, feedback.id, null, { public_answer: input.text, answered_by_name: by, answered_at: now, closed_at: now });
    await this.audit.record(ctx, {
      action: 'participation.answered',
      entityType: 'ParticipationItem',
      entityId: feedback.id,
      before: { publicAnswer: feedback.publicAnswer },
      after: { publicAnswer: input.text },
    });
    await this.notifySender(ctx, feedback.id, (slug) => `/portal/${slug}/angebote/${feedback.offerId}`, by, input.text);
    return this.reload(ctx, feedback.id);
  }

  async markChanged(ctx: AllianceContext, input: MarkFeedbackChangedInput): Promise<ParticipationItemModel> {
    const feedback = await this.load(ctx, input.feedbackId, 'FEEDBACK');
    await this.requireAnswerer(ctx, feedback);
    if (feedback.moderation !== 'APPROVED') throw new DomainError('INVALID_TRANSITION', { from: feedback.moderation, to: 'CHANGED' });
    await this.change(ctx, feedback.id, null, { changed_text: input.whatChanged, changed_at: new Date() });
    await this.audit.record(ctx, {
      action: 'participation.changed',
      entityType: 'ParticipationItem',
      entityId: feedback.id,
      before: { changedText: feedback.changedText },
      after: { changedText: input.whatChanged },
    });
    return this.reload(ctx, feedback.id);
  }

  /** The reply notice: only to a confirmed address, in the sender's language, through the outbox (same transaction). */
  private async notifySender(ctx: AllianceContext, id: string, path: (slug: string) => string, organisation: string, answer: string): Promise<void> {
    const contact = await this.repo.contact(ctx.em, ctx.allianceId, id);
    const portal = await this.repo.portal(ctx.em, ctx.allianceId);
    if (!contact || !portal?.slug) return;
    await this.outbox.enqueue(ctx.em, {
      kind: 'PARTICIPATION_ANSWERED',
      template: 'participationAnswered',
      to: contact.email,
      locale: contact.locale,
      link: this.outbox.link(path(portal.slug)),
      params: { portal: portal.name, organisation, answer },
    });
  }
}

/** A contribution's text in a notice: at most 160 characters. */
function excerptOf(text: string): string {
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}
