import { Injectable } from '@nestjs/common';
import { may, requireAccess } from '../../core/access/access';
import { AuditService } from '../../core/audit/audit.service';
import { conflict, invalid, notFound } from '../../core/errors';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { LogService } from '../communication/log.service';
import { links } from '../notifications/notification-kinds';
import { NotificationService } from '../notifications/notification.service';
import type {
  AddMemberResourceInput,
  ContactRequestModel,
  MatchSuggestionModel,
  MatchSuggestionsModel,
  MatchingVocabularyModel,
  MemberResourceModel,
  PartnerSearchInput,
  RequestContactInput,
  UpdateMemberResourceInput,
} from './matching.models';
import { MatchingRepository, type ResourceFields, type ResourceRow } from './matching.repository';
import { offerFacets, rank, sameText, type Candidate, type Facet, type Reason } from './matching.rules';

/** A reason names what a partner search asks for: the district, the target group or the field. */
const namesSearch = (r: Reason, s: PartnerSearchInput) =>
  (!!s.districtId && r.districtId === s.districtId) || sameText(r.targetGroup, s.targetGroup) || sameText(r.field, s.field);

/** How many suggestions a member sees at once. */
const SUGGESTIONS = 10;

const auditShape = (r: ResourceRow) => ({
  membershipId: r.membershipId,
  direction: r.direction,
  category: r.category,
  field: r.field,
  districtId: r.districtId,
  targetGroup: r.targetGroup,
  note: r.note,
});

const facetOf = (r: Pick<ResourceRow, 'direction' | 'category' | 'field' | 'districtId' | 'targetGroup'>): Facet => ({
  direction: r.direction,
  category: r.category,
  field: r.field,
  districtId: r.districtId,
  targetGroup: r.targetGroup,
});

/**
 * Resources and competences, and matching (issue 14): members list what they offer and need;
 * Gemeinwerk suggests partners — other members and the published offers of the alliance's portal —
 * ranked with the reasons (matching.rules.ts); "Kontakt anbahnen" records the request in the log
 * and tells the other side.
 *
 * Who: the backbone and partners read all offers and needs (they are there to be found); a member
 * edits its own, the backbone everyone's. Funders and observers take no part.
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly repo: MatchingRepository,
    private readonly audit: AuditService,
    private readonly log: LogService,
    private readonly notifications: NotificationService,
  ) {}

  private model(ctx: AllianceContext, r: ResourceRow): MemberResourceModel {
    return { ...r, editable: may(ctx, 'resource.write', { owner: r.membershipId }) };
  }

  async resources(ctx: AllianceContext, membershipId: string | null | undefined): Promise<MemberResourceModel[]> {
    await requireAccess(ctx, 'resource.read');
    return (await this.repo.resources(ctx.em, ctx.allianceId, membershipId ?? null)).map((r) => this.model(ctx, r));
  }

  async vocabulary(ctx: AllianceContext): Promise<MatchingVocabularyModel> {
    await requireAccess(ctx, 'resource.read');
    const [districts, words] = await Promise.all([this.repo.districts(ctx.em, ctx.allianceId), this.repo.vocabulary(ctx.em, ctx.allianceId)]);
    return { districts, ...words };
  }

  private async fields(ctx: AllianceContext, input: AddMemberResourceInput | UpdateMemberResourceInput): Promise<ResourceFields> {
    if (input.districtId && !(await this.repo.districtExists(ctx.em, ctx.allianceId, input.districtId))) throw notFound('District');
    if (input.category === 'OTHER' && !input.note && !input.field) throw invalid([{ field: 'note', code: 'required' }]);
    return {
      direction: input.direction,
      category: input.category,
      field: input.field,
      districtId: input.districtId ?? null,
      targetGroup: input.targetGroup || null,
      note: input.note,
    };
  }

  async add(ctx: AllianceContext, input: AddMemberResourceInput): Promise<MemberResourceModel> {
    const owner = input.membershipId ?? ctx.membershipId;
    await requireAccess(ctx, 'resource.write', { owner });
    if (!(await this.repo.activeMember(ctx.em, ctx.allianceId, owner))) throw notFound('Membership');
    const id = await this.repo.insertResource(ctx.em, ctx.allianceId, owner, await this.fields(ctx, input));
    const created = (await this.repo.resource(ctx.em, ctx.allianceId, id))!;
    await this.audit.record(ctx, { action: 'resource.added', entityType: 'MemberResource', entityId: id, after: auditShape(created) });
    return this.model(ctx, created);
  }

  private async own(ctx: AllianceContext, id: string): Promise<ResourceRow> {
    await requireAccess(ctx, 'resource.read');
    const r = await this.repo.resource(ctx.em, ctx.allianceId, id);
    if (!r) throw notFound('MemberResource');
    await requireAccess(ctx, 'resource.write', { owner: r.membershipId });
    return r;
  }

  async update(ctx: AllianceContext, input: UpdateMemberResourceInput): Promise<MemberResourceModel> {
    const before = await this.own(ctx, input.resourceId);
    await this.repo.updateResource(ctx.em, ctx.allianceId, before.id, input.version, await this.fields(ctx, input));
    const after = (await this.repo.resource(ctx.em, ctx.allianceId, before.id))!;
    await this.audit.record(ctx, {
      action: 'resource.updated',
      entityType: 'MemberResource',
      entityId: before.id,
      before: auditShape(before),
      after: auditShape(after),
    });
    return this.model(ctx, after);
  }

  async remove(ctx: AllianceContext, resourceId: string, version: number): Promise<string> {
    const before = await this.own(ctx, resourceId);
    if (before.version !== version || !(await this.repo.deleteResource(ctx.em, ctx.allianceId, before.id, version))) throw conflict('MemberResource');
    await this.audit.record(ctx, { action: 'resource.removed', entityType: 'MemberResource', entityId: before.id, before: auditShape(before) });
    return before.id;
  }

  /**
   * Suggested partners for a member: for its needs, or — partner search — for what the caller
   * looks for. Loads the alliance's offers and needs and the published portal offers in three
   * statements and ranks them in memory (a few hundred members and offers at most).
   */
  async suggestions(
    ctx: AllianceContext,
    membershipId: string | null | undefined,
    search: PartnerSearchInput | null | undefined,
  ): Promise<MatchSuggestionsModel> {
    const forId = membershipId ?? ctx.membershipId;
    await requireAccess(ctx, 'matching.suggest', { owner: forId });
    if (!(await this.repo.activeMember(ctx.em, ctx.allianceId, forId))) throw notFound('Membership');
    if (search?.districtId && !(await this.repo.districtExists(ctx.em, ctx.allianceId, search.districtId))) throw notFound('District');
    const all = await this.repo.resources(ctx.em, ctx.allianceId, null);
    const own = all.filter((r) => r.membershipId === forId).map(facetOf);
    const wanted: Facet[] = search
      ? [
          ...(search.category
            ? [
                {
                  direction: 'NEED' as const,
                  category: search.category,
                  field: search.field ?? '',
                  districtId: search.districtId ?? null,
                  targetGroup: search.targetGroup ?? null,
                },
              ]
            : []),
          ...own.filter((f) => f.direction === 'OFFER'),
        ]
      : own;
    const needs = wanted.filter((f) => f.direction === 'NEED');
    const byMember = new Map<string, Candidate<string>>();
    for (const r of all) {
      if (r.membershipId === forId) continue;
      const c = byMember.get(r.membershipId) ?? { key: `m:${r.membershipId}`, facets: [] };
      c.facets.push(facetOf(r));
      byMember.set(r.membershipId, c);
    }
    const offers = search && !search.includeOffers ? [] : await this.repo.publishedOffers(ctx.em, ctx.allianceId);
    const candidates = [...byMember.values(), ...offers.map((o) => ({ key: `o:${o.id}`, facets: offerFacets(o) }))];
    // A search without a category looks in every category for what it names (a field, a target group, a district).
    const searchAll = search && !search.category && (search.field || search.targetGroup || search.districtId);
    const mine: Facet[] = searchAll
      ? [...new Set(candidates.flatMap((c) => c.facets.map((f) => f.category)))].map((category) => ({
          direction: 'NEED',
          category,
          field: search.field ?? '',
          districtId: search.districtId ?? null,
          targetGroup: search.targetGroup ?? null,
        }))
      : wanted;
    let ranked = rank(mine, candidates, searchAll ? candidates.length : SUGGESTIONS);
    // Searching by words, place or group: only the reasons that name them, and only candidates with one.
    if (searchAll)
      ranked = ranked
        .map((m) => ({ ...m, reasons: m.reasons.filter((r) => r.kind !== 'NEEDS' && namesSearch(r, search)) }))
        .filter((m) => m.reasons.length)
        .slice(0, SUGGESTIONS);
    const [members, districts, contacted] = await Promise.all([
      this.repo.members(ctx.em, ctx.allianceId),
      this.repo.districts(ctx.em, ctx.allianceId),
      this.repo.contacted(ctx.em, ctx.allianceId, ctx.membershipId),
    ]);
    const nameOf = new Map(members.map((m) => [m.id, m.name]));
    const districtName = new Map(districts.map((d) => [d.id, d.name]));
    const offerOf = new Map(offers.map((o) => [o.id, o]));
    const suggestions: MatchSuggestionModel[] = ranked.map((m) => {
      const id = m.key.slice(2);
      const offer = m.key.startsWith('o:') ? offerOf.get(id)! : null;
      return {
        kind: offer ? 'OFFER' : 'MEMBER',
        membershipId: offer ? null : id,
        offerId: offer ? id : null,
        name: offer ? offer.title : (nameOf.get(id) ?? ''),
        providerName: offer ? offer.providerName : null,
        score: m.score,
        reasons: m.reasons.map((r) => ({
          kind: r.kind,
          category: r.category,
          field: r.field,
          districtName: r.districtId ? (districtName.get(r.districtId) ?? null) : null,
          targetGroup: r.targetGroup,
        })),
        contactRequested: contacted.has(id),
      };
    });
    return { membershipId: forId, needCount: searchAll ? 1 : needs.length, suggestions };
  }

  /** "Kontakt anbahnen": a log entry of the caller's organisation with both sides, the request, and a notice (and mail) to the other side. */
  async requestContact(ctx: AllianceContext, input: RequestContactInput): Promise<ContactRequestModel> {
    await requireAccess(ctx, 'contact.request');
    if (!!input.toMembershipId === !!input.offerId) throw invalid([{ field: 'toMembershipId', code: 'required' }]);
    const me = await this.repo.activeMember(ctx.em, ctx.allianceId, ctx.membershipId);
    if (!me) throw notFound('Membership');
    let to: { membershipId: string | null; name: string; offer: string | null };
    if (input.toMembershipId) {
      if (input.toMembershipId === ctx.membershipId) throw invalid([{ field: 'toMembershipId', code: 'self' }]);
      const member = await this.repo.activeMember(ctx.em, ctx.allianceId, input.toMembershipId);
      if (!member) throw notFound('Membership');
      to = { membershipId: member.id, name: member.name, offer: null };
    } else {
      const [offer] = await this.repo.publishedOffers(ctx.em, ctx.allianceId, input.offerId!);
      if (!offer) throw notFound('PortalOffer');
      to = { membershipId: offer.providerMembershipId, name: offer.providerName, offer: offer.title };
    }
    const title = to.offer ? `Kontakt angebahnt: ${me.name} → ${to.name} („${to.offer}“)` : `Kontakt angebahnt: ${me.name} → ${to.name}`;
    const entry = await this.log.create(ctx, {
      allianceId: ctx.allianceId,
      type: 'UPDATE',
      title: title.slice(0, 200),
      body: input.message,
      occurredOn: new Date().toISOString().slice(0, 10),
      participantMembershipIds: [ctx.membershipId, ...(to.membershipId ? [to.membershipId] : [])],
    });
    const id = await this.repo.insertContactRequest(ctx.em, ctx.allianceId, {
      fromMembershipId: ctx.membershipId,
      toMembershipId: input.toMembershipId ?? null,
      offerId: input.offerId ?? null,
      message: input.message,
      logEntryId: entry.id,
    });
    await this.audit.record(ctx, {
      action: 'contact.requested',
      entityType: 'ContactRequest',
      entityId: id,
      after: { from: ctx.membershipId, to: input.toMembershipId ?? null, offerId: input.offerId ?? null, logEntryId: entry.id },
    });
    if (to.membershipId)
      await this.notifications.notify(ctx.em, {
        allianceId: ctx.allianceId,
        to: { membershipId: to.membershipId },
        kind: 'CONTACT_REQUEST',
        subject: { type: 'LogEntry', id: entry.id },
        link: links.logEntry(ctx.allianceId, entry.id),
        params: { organisation: me.name, message: input.message || '—', ...(to.offer ? { offer: to.offer } : {}) },
        actorUserId: ctx.userId,
        exceptUserId: ctx.userId,
      });
    return { id, logEntryId: entry.id, toMembershipId: input.toMembershipId ?? null, offerId: input.offerId ?? null };
  }
}
