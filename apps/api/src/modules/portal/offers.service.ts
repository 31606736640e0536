import { Injectable } from '@nestjs/common';
import { AuditService } from '../../core/audit/audit.service';
import { DomainError, invalid, notFound } from '../../core/errors';
import { decodeCursor, cursorSpec, Page, PageInput, toPage } from '../../core/graphql/pagination';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { links } from '../notifications/notification-kinds';
import { NotificationService } from '../notifications/notification.service';
import { OfferFilter, OfferRow, OffersRepository, RevisionRow } from './offers.repository';
import { PortalAccess } from './portal.access';
import {
  CreatePortalOfferInput,
  DecideOfferRevisionInput,
  PortalOfferConfirmed,
  PortalOfferContent,
  PortalOfferModel,
  PortalOfferRevisionModel,
  UpdatePortalOfferInput,
} from './portal.models';
import { PortalRepository } from './portal.repository';
import { contentProblems, diffContent, FreshnessRules, freshnessOf, normaliseContent } from './portal.rules';

const OFFERS_CURSOR = cursorSpec<[string, string]>('portalOffers', 'text', 'uuid');

export function revisionModel(r: RevisionRow): PortalOfferRevisionModel & { providerName: string } {
  return {
    id: r.id,
    offerId: r.offerId,
    state: r.state,
    content: r.content,
    baseContent: r.baseContent,
    changes: diffContent(r.baseContent, r.content),
    submittedAt: r.submittedAt,
    submittedByName: r.submittedByName,
    decidedAt: r.decidedAt,
    returnReason: r.returnReason,
    version: r.version,
    providerName: r.providerName,
  };
}

/**
 * Offers and the editorial workflow. Every new entry and every change is a revision in the queue;
 * the offer's columns are the published version and stay public while a revision waits. An editor
 * approves (the revision's content becomes the published version, confirmed today) or returns it
 * with a reason; the provider's people hear of either.
 */
@Injectable()
export class OffersService {
  constructor(
    private readonly offers: OffersRepository,
    private readonly portal: PortalRepository,
    private readonly access: PortalAccess,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  private async rules(ctx: AllianceContext): Promise<FreshnessRules> {
    return this.portal.settings(ctx.em, ctx.allianceId);
  }

  private model(o: OfferRow, open: RevisionRow | undefined, rules: FreshnessRules, now = new Date()): PortalOfferModel {
    return {
      id: o.id,
      status: o.status,
      providerId: o.providerId,
      providerName: o.providerName,
      content: o.content,
      districtName: o.districtName,
      publishedAt: o.publishedAt,
      confirmedAt: o.confirmedAt,
      freshness: o.status === 'PUBLISHED' && o.confirmedAt ? freshnessOf(new Date(o.confirmedAt), now, rules) : null,
      openRevision: open ? revisionModel(open) : null,
      version: o.version,
    };
  }

  private async models(ctx: AllianceContext, list: OfferRow[]): Promise<PortalOfferModel[]> {
    const rules = await this.rules(ctx);
    const open = new Map(
      (
        await this.offers.openRevisions(
          ctx.em,
          ctx.allianceId,
          list.map((o) => o.id),
        )
      ).map((r) => [r.offerId, r]),
    );
    return list.map((o) => this.model(o, open.get(o.id), rules));
  }

  async mine(ctx: AllianceContext): Promise<PortalOfferModel[]> {
    const provider = await this.access.ownProvider(ctx, false);
    if (!provider) return [];
    return this.models(ctx, await this.offers.offersOfProvider(ctx.em, ctx.allianceId, provider.id));
  }

  async get(ctx: AllianceContext, offerId: string): Promise<PortalOfferModel> {
    const offer = await this.offers.offer(ctx.em, ctx.allianceId, offerId);
    await this.access.requireOffer(ctx, offer);
    return (await this.models(ctx, [offer!]))[0];
  }

  async page(ctx: AllianceContext, filter: OfferFilter, page: PageInput): Promise<Page<PortalOfferModel>> {
    await this.access.requireEditor(ctx);
    const after = decodeCursor(page.after, OFFERS_CURSOR);
    const { rows, total } = await this.offers.page(ctx.em, ctx.allianceId, filter, page.first, after);
    const p = toPage(rows, page.first, total, OFFERS_CURSOR, (r) => [r.sortTitle, r.id]);
    return { ...p, nodes: await this.models(ctx, p.nodes) };
  }

  async queue(ctx: AllianceContext): Promise<(PortalOfferRevisionModel & { providerName: string })[]> {
    await this.access.requireEditor(ctx);
    return (await this.offers.queue(ctx.em, ctx.allianceId)).map(revisionModel);
  }

  /** References must be the alliance's (district, goals, activities) and images the provider's own. */
  private async checkReferences(ctx: AllianceContext, providerId: string, c: PortalOfferContent): Promise<void> {
    const problems = contentProblems(c);
    if (c.districtId && (await this.portal.unknownIds(ctx.em, ctx.allianceId, 'districts', [c.districtId])).length)
      problems.push({ field: 'content.districtId', code: 'invalid' });
    if ((await this.portal.unknownIds(ctx.em, ctx.allianceId, 'goals', c.goalIds)).length) problems.push({ field: 'content.goalIds', code: 'invalid' });
    if ((await this.portal.unknownIds(ctx.em, ctx.allianceId, 'activities', c.activityIds)).length)
      problems.push({ field: 'content.activityIds', code: 'invalid' });
    if ((await this.portal.foreignImages(ctx.em, ctx.allianceId, providerId, c.imageIds)).length) problems.push({ field: 'content.imageIds', code: 'invalid' });
    if (problems.length) throw invalid(problems);
  }

  async create(ctx: AllianceContext, input: CreatePortalOfferInput): Promise<PortalOfferModel> {
    let providerId: string;
    if (input.providerId) {
      // Editors enter offers for any provider (a telephone call, a list sent by mail).
      await this.access.requireEditor(ctx);
      const provider = await this.portal.provider(ctx.em, ctx.allianceId, input.providerId);
      if (!provider) throw notFound('PortalProvider');
      providerId = provider.id;
    } else {
      providerId = (await this.access.ownProvider(ctx, true))!.id;
    }
    const content = normaliseContent(input.content);
    await this.checkReferences(ctx, providerId, content);
    const now = new Date();
    const id = await this.offers.insert(ctx.em, ctx.allianceId, providerId, content, ctx.userId);
    const revisionId = await this.offers.insertRevision(ctx.em, ctx.allianceId, { offerId: id, content, base: null, userId: ctx.userId, now });
    await this.audit.record(ctx, { action: 'offer.submitted', entityType: 'PortalOffer', entityId: id, after: { revisionId, ...content } });
    const created = (await this.offers.offer(ctx.em, ctx.allianceId, id))!;
    await this.tellEditors(ctx, created, content.title, true);
    return (await this.models(ctx, [created]))[0];
  }

  /**
   * A change: before the first publication it replaces the submitted content (and waits again);
   * after it, the change waits as a revision while the published columns stay as they are. A
   * change to an offer whose revision waits or was returned replaces that revision's content.
   */
  async update(ctx: AllianceContext, input: UpdatePortalOfferInput): Promise<PortalOfferModel> {
    const before = await this.offers.offer(ctx.em, ctx.allianceId, input.offerId);
    await this.access.requireOffer(ctx, before);
    await this.offers.lock(ctx.em, ctx.allianceId, before!.id);
    const content = normaliseContent(input.content);
    await this.checkReferences(ctx, before!.providerId, content);
    const now = new Date();
    const published = before!.publishedAt !== null;
    const base = published ? before!.content : null;
    if (!published) await this.offers.writeContent(ctx.em, ctx.allianceId, before!.id, content);
    const status = published ? (before!.status === 'ARCHIVED' ? 'ARCHIVED' : undefined) : 'IN_REVIEW';
    await this.offers.bump(ctx.em, ctx.allianceId, before!.id, input.version, status);
    const open = await this.offers.openRevision(ctx.em, ctx.allianceId, before!.id);
    let revisionId: string;
    if (open) {
      await this.offers.resubmit(ctx.em, ctx.allianceId, open.id, content, base, ctx.userId, now);
      revisionId = open.id;
    } else {
      revisionId = await this.offers.insertRevision(ctx.em, ctx.allianceId, { offerId: before!.id, content, base, userId: ctx.userId, now });
    }
    await this.audit.record(ctx, {
      action: 'offer.submitted',
      entityType: 'PortalOffer',
      entityId: before!.id,
      before: open ? open.content : base,
      after: { revisionId, ...content },
    });
    const after = (await this.offers.offer(ctx.em, ctx.allianceId, before!.id))!;
    await this.tellEditors(ctx, after, content.title, !published);
    return (await this.models(ctx, [after]))[0];
  }

  async approve(ctx: AllianceContext, input: DecideOfferRevisionInput): Promise<PortalOfferModel> {
    const { revision, offer } = await this.pending(ctx, input);
    const now = new Date();
    await this.offers.decide(ctx.em, ctx.allianceId, revision.id, input.version, 'APPROVED', ctx.userId, null, now);
    await this.offers.publish(ctx.em, ctx.allianceId, offer.id, revision.content, now);
    await this.audit.record(ctx, {
      action: 'offer.approved',
      entityType: 'PortalOffer',
      entityId: offer.id,
      before: offer.publishedAt ? offer.content : null,
      after: { revisionId: revision.id, ...revision.content },
    });
    await this.tellProvider(ctx, offer, 'OFFER_APPROVED', { offer: revision.content.title });
    const after = (await this.offers.offer(ctx.em, ctx.allianceId, offer.id))!;
    return (await this.models(ctx, [after]))[0];
  }

  async giveBack(ctx: AllianceContext, input: DecideOfferRevisionInput): Promise<PortalOfferModel> {
    const reason = input.reason?.trim() ?? '';
    if (!reason) throw invalid([{ field: 'reason', code: 'required' }]);
    const { revision, offer } = await this.pending(ctx, input);
    await this.offers.decide(ctx.em, ctx.allianceId, revision.id, input.version, 'RETURNED', ctx.userId, reason, new Date());
    if (!offer.publishedAt) await this.offers.setStatus(ctx.em, ctx.allianceId, offer.id, 'RETURNED');
    await this.audit.record(ctx, {
      action: 'offer.returned',
      entityType: 'PortalOffer',
      entityId: offer.id,
      before: { revisionId: revision.id, state: 'PENDING' },
      after: { revisionId: revision.id, state: 'RETURNED', reason },
    });
    await this.tellProvider(ctx, offer, 'OFFER_RETURNED', { offer: revision.content.title, reason });
    const after = (await this.offers.offer(ctx.em, ctx.allianceId, offer.id))!;
    return (await this.models(ctx, [after]))[0];
  }

  private async pending(ctx: AllianceContext, input: DecideOfferRevisionInput): Promise<{ revision: RevisionRow; offer: OfferRow }> {
    await this.access.requireEditor(ctx);
    const revision = await this.offers.revision(ctx.em, ctx.allianceId, input.revisionId);
    if (!revision) throw notFound('OfferRevision');
    await this.offers.lock(ctx.em, ctx.allianceId, revision.offerId);
    if (revision.state !== 'PENDING') throw new DomainError('OFFER_REVISION_DECIDED');
    const offer = (await this.offers.offer(ctx.em, ctx.allianceId, revision.offerId))!;
    return { revision, offer };
  }

  /** "Still up to date": one click by the provider (or an editor) renews the confirmation and ends any staleness. */
  async confirm(ctx: AllianceContext, offerId: string, version: number): Promise<PortalOfferConfirmed> {
    const offer = await this.offers.offer(ctx.em, ctx.allianceId, offerId);
    await this.access.requireOffer(ctx, offer);
    if (offer!.status !== 'PUBLISHED') throw new DomainError('OFFER_NOT_PUBLISHED');
    const r = await this.offers.confirm(ctx.em, ctx.allianceId, offer!.id, version, new Date());
    await this.audit.record(ctx, {
      action: 'offer.confirmed',
      entityType: 'PortalOffer',
      entityId: offer!.id,
      before: { confirmedAt: offer!.confirmedAt, hidden: offer!.staleHiddenAt !== null },
      after: { confirmedAt: r.confirmedAt },
    });
    return { id: offer!.id, confirmedAt: r.confirmedAt, version: r.version };
  }

  /** Takes an offer off the portal (or back on: PUBLISHED again only if it was published before). */
  async archive(ctx: AllianceContext, offerId: string, version: number, archived: boolean): Promise<PortalOfferModel> {
    const offer = await this.offers.offer(ctx.em, ctx.allianceId, offerId);
    await this.access.requireOffer(ctx, offer);
    const status = archived ? 'ARCHIVED' : offer!.publishedAt ? 'PUBLISHED' : 'IN_REVIEW';
    await this.offers.bump(ctx.em, ctx.allianceId, offer!.id, version, status);
    if (archived) await this.offers.withdrawOpen(ctx.em, ctx.allianceId, offer!.id);
    await this.audit.record(ctx, {
      action: archived ? 'offer.archived' : 'offer.restored',
      entityType: 'PortalOffer',
      entityId: offer!.id,
      before: { status: offer!.status },
      after: { status },
    });
    return (await this.models(ctx, [(await this.offers.offer(ctx.em, ctx.allianceId, offer!.id))!]))[0];
  }

  private async tellEditors(ctx: AllianceContext, offer: OfferRow, title: string, isNew: boolean): Promise<void> {
    const userIds = await this.portal.editorUserIds(ctx.em, ctx.allianceId);
    if (!userIds.length) return;
    await this.notifications.notify(ctx.em, {
      allianceId: ctx.allianceId,
      to: { userIds },
      kind: 'OFFER_SUBMITTED',
      subject: { type: 'PortalOffer', id: offer.id },
      link: links.portalQueue(ctx.allianceId),
      params: { offer: title, provider: offer.providerName, change: isNew ? 'new' : 'change' },
      exceptUserId: ctx.userId,
    });
  }

  private async tellProvider(ctx: AllianceContext, offer: OfferRow, kind: 'OFFER_APPROVED' | 'OFFER_RETURNED', params: Record<string, string>): Promise<void> {
    if (!offer.providerMembershipId) return;
    await this.notifications.notify(ctx.em, {
      allianceId: ctx.allianceId,
      to: { membershipId: offer.providerMembershipId },
      kind,
      subject: { type: 'PortalOffer', id: offer.id },
      link: links.myOffer(ctx.allianceId, offer.id),
      params,
      exceptUserId: ctx.userId,
    });
  }
}
