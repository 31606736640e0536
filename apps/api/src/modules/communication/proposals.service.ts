import { Injectable } from '@nestjs/common';
import { requireAccess } from '../../core/access/access';
import type { ProposalOutcomeName, ProposalStateName } from '@gemeinwerk/shared';
import { AuditService } from '../../core/audit/audit.service';
import { conflict, DomainError, invalid, notFound } from '../../core/errors';
import { CURSORS } from '../../core/graphql/cursors';
import { Page, PageInput, toPage } from '../../core/graphql/pagination';
import { AllianceContext } from '../../core/tenancy/alliance-context';
import { proposalCursor } from './communication.cursors';
import { LogRepository } from './log.repository';
import { CastVoteInput, CloseProposalInput, CreateProposalInput, ProposalDetailModel, ProposalModel, VoteTallyModel } from './proposals.models';
import { ProposalsRepository } from './proposals.repository';
import { NotificationService } from '../notifications/notification.service';
import { links } from '../notifications/notification-kinds';
import { cellKey } from '../disclosure/cell-facts';
import { DisclosureService } from '../disclosure/disclosure.service';

const OUTCOME_DE: Record<ProposalOutcomeName, string> = {
  ACCEPTED: 'angenommen',
  REJECTED: 'abgelehnt',
  BLOCKED: 'durch Veto blockiert',
  NO_QUORUM: 'nicht entschieden, es wurden keine Stimmen abgegeben',
};

/** The decision as the log records it (in the alliance's working language, German). */
export function decisionBody(title: string, t: VoteTallyModel, outcome: ProposalOutcomeName): string {
  return (
    `Vorschlag „${title}“: ${OUTCOME_DE[outcome]}.\n` +
    `Stimmen: ${t.agree} Zustimmung, ${t.abstain} Enthaltung, ${t.disagree} Ablehnung, ${t.block} Veto (insgesamt ${t.total}).`
  );
}

/**
 * Proposals and votes. One vote per member organisation (re-voting replaces it) while the
 * proposal is OPEN and before closesAt; the backbone closes it and the outcome is decided in SQL
 * from the votes. Every vote cast counts, also if its organisation changes role or leaves later:
 * it was cast with the right to vote, and the tally stays the one the decision was taken on.
 */
@Injectable()
export class ProposalsService {
  constructor(
    private readonly proposals: ProposalsRepository,
    private readonly log: LogRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly disclosure: DisclosureService,
  ) {}

  /**
   * A decided proposal's indicator snapshot as the caller may see it (small-number protection):
   * small values are null with `suppressed`. A RATIO snapshot from before the protection has no
   * bases, so its values are hidden from everyone but the backbone.
   */
  private async protect<T extends ProposalModel>(ctx: AllianceContext, proposals: T[]): Promise<T[]> {
    const policy = await this.disclosure.policyFor(ctx);
    const out: T[] = [];
    for (const p of proposals) {
      const s = p.indicatorSnapshot;
      if (!s) {
        out.push(p);
        continue;
      }
      const unknownBase = s.aggregation === 'RATIO' && !s.bases?.length;
      const cells = s.periods.map((periodKey, i) => ({
        indicatorId: s.indicatorId,
        periodKey,
        aggregation: s.aggregation,
        value: s.values[i],
        base: s.bases?.[i] ?? null,
      }));
      const hidden = await this.disclosure.hiddenTotals(ctx, policy, cells);
      const suppressed = s.periods.map(
        (periodKey, i) => policy.suppress && s.values[i] !== null && (unknownBase || hidden.has(cellKey(s.indicatorId, periodKey))),
      );
      const { bases: _bases, ...snapshot } = s;
      out.push({ ...p, indicatorSnapshot: { ...snapshot, values: s.values.map((v, i) => (suppressed[i] ? null : v)), suppressed } });
    }
    return out;
  }

  async list(ctx: AllianceContext, state: ProposalStateName | undefined, page: PageInput = { first: 25 }): Promise<Page<ProposalModel>> {
    await requireAccess(ctx, 'proposal.read');
    const after = proposalCursor(page.after);
    const { page: found, totalCount } = await this.proposals.list(ctx.em, {
      allianceId: ctx.allianceId,
      callerMembershipId: ctx.membershipId,
      state,
      limit: page.first + 1,
      after,
    });
    return toPage(await this.protect(ctx, found), page.first, totalCount, CURSORS.proposals, (p) => [p.createdAtKey, p.id]);
  }

  async get(ctx: AllianceContext, id: string): Promise<ProposalDetailModel> {
    await requireAccess(ctx, 'proposal.read');
    const proposal = await this.find(ctx, id);
    return { ...proposal, votes: await this.proposals.votes(ctx.em, ctx.allianceId, id) };
  }

  async create(ctx: AllianceContext, input: CreateProposalInput): Promise<ProposalModel> {
    await requireAccess(ctx, 'log.write');
    if (input.closesAt.getTime() <= Date.now()) throw invalid([{ field: 'closesAt', code: 'notFuture' }]);
    if (input.indicatorId && !(await this.proposals.indicatorExists(ctx.em, ctx.allianceId, input.indicatorId))) throw notFound('Indicator');
    const id = await this.proposals.insert(ctx.em, {
      allianceId: ctx.allianceId,
      title: input.title,
      body: input.body ?? '',
      closesAt: input.closesAt,
      indicatorId: input.indicatorId ?? null,
      userId: ctx.userId,
      membershipId: ctx.membershipId,
    });
    await this.audit.record(ctx, {
      action: 'proposal.created',
      entityType: 'Proposal',
      entityId: id,
      after: { title: input.title, closesAt: input.closesAt.toISOString(), indicatorId: input.indicatorId ?? null },
    });
    // The members who may vote (backbone and partners), but not the proposer.
    await this.notifications.notify(ctx.em, {
      allianceId: ctx.allianceId,
      to: { roles: ['BACKBONE', 'PARTNER'] },
      exceptUserId: ctx.userId,
      kind: 'PROPOSAL_OPENED',
      subject: { type: 'Proposal', id },
      link: links.proposal(ctx.allianceId, id),
      params: { title: input.title, closes: input.closesAt.toISOString() },
    });
    return this.find(ctx, id);
  }

  async castVote(ctx: AllianceContext, input: CastVoteInput): Promise<ProposalModel> {
    await requireAccess(ctx, 'log.write');
    const locked = await this.proposals.lock(ctx.em, ctx.allianceId, input.proposalId, 'SHARE');
    if (!locked) throw notFound('Proposal');
    if (!locked.votingOpen) throw new DomainError('VOTING_CLOSED');
    const before = (await this.find(ctx, input.proposalId)).myVote;
    await this.proposals.upsertVote(ctx.em, {
      allianceId: ctx.allianceId,
      proposalId: input.proposalId,
      membershipId: ctx.membershipId,
      vote: input.vote,
      comment: input.comment ?? '',
      userId: ctx.userId,
    });
    await this.audit.record(ctx, {
      action: 'proposal.voted',
      entityType: 'Proposal',
      entityId: input.proposalId,
      before: before ? { membershipId: ctx.membershipId, vote: before.vote } : undefined,
      after: { membershipId: ctx.membershipId, vote: input.vote, comment: input.comment ?? '' },
    });
    return this.find(ctx, input.proposalId);
  }

  /** The backbone decides: outcome from the votes, a DECISION log entry, the indicator snapshot. */
  async close(ctx: AllianceContext, input: CloseProposalInput): Promise<ProposalDetailModel> {
    await requireAccess(ctx, 'proposal.close');
    const locked = await this.proposals.lock(ctx.em, ctx.allianceId, input.proposalId, 'UPDATE');
    if (!locked) throw notFound('Proposal');
    if (locked.version !== input.version) throw conflict('Proposal');
    if (locked.state !== 'OPEN') throw new DomainError('INVALID_TRANSITION', { from: locked.state, to: 'DECIDED' });

    const { outcome, ...tally } = await this.proposals.tally(ctx.em, ctx.allianceId, input.proposalId);
    const logEntryId = await this.log.insert(ctx.em, {
      allianceId: ctx.allianceId,
      type: 'DECISION',
      title: `Entscheidung: ${locked.title}`,
      body: decisionBody(locked.title, tally, outcome),
      occurredOn: await this.proposals.today(ctx.em),
      authorUserId: ctx.userId,
      authorMembershipId: ctx.membershipId,
    });
    await this.proposals.addVotersAsParticipants(ctx.em, ctx.allianceId, input.proposalId, logEntryId);
    if (locked.indicatorId) await this.log.replaceLinks(ctx.em, 'log_entry_indicators', ctx.allianceId, logEntryId, [locked.indicatorId]);
    await this.proposals.decide(ctx.em, { allianceId: ctx.allianceId, id: input.proposalId, version: input.version, outcome, logEntryId });

    const decided = await this.get(ctx, input.proposalId);
    await this.audit.record(ctx, {
      action: 'proposal.decided',
      entityType: 'Proposal',
      entityId: decided.id,
      before: { state: locked.state, version: locked.version },
      after: { state: decided.state, outcome, tally, decisionLogEntryId: logEntryId, indicatorSnapshot: decided.indicatorSnapshot, version: decided.version },
    });
    await this.audit.record(ctx, {
      action: 'logEntry.created',
      entityType: 'LogEntry',
      entityId: logEntryId,
      after: { type: 'DECISION', proposalId: decided.id },
    });
    return decided;
  }

  /** Its author's organisation or the backbone, only while voting is open. */
  async withdraw(ctx: AllianceContext, input: CloseProposalInput): Promise<ProposalModel> {
    await requireAccess(ctx, 'log.write');
    const locked = await this.proposals.lock(ctx.em, ctx.allianceId, input.proposalId, 'UPDATE');
    if (!locked) throw notFound('Proposal');
    await requireAccess(ctx, 'proposal.edit', { owner: locked.createdByMembershipId });
    if (locked.version !== input.version) throw conflict('Proposal');
    if (!locked.votingOpen) throw new DomainError('INVALID_TRANSITION', { from: locked.state, to: 'WITHDRAWN' });
    await this.proposals.withdraw(ctx.em, ctx.allianceId, input.proposalId, input.version);
    const after = await this.find(ctx, input.proposalId);
    await this.audit.record(ctx, {
      action: 'proposal.withdrawn',
      entityType: 'Proposal',
      entityId: after.id,
      before: { state: locked.state, version: locked.version },
      after: { state: after.state, version: after.version },
    });
    return after;
  }

  private async find(ctx: AllianceContext, id: string): Promise<ProposalModel> {
    const proposal = await this.proposals.get(ctx.em, ctx.allianceId, ctx.membershipId, id);
    if (!proposal) throw notFound('Proposal');
    return (await this.protect(ctx, [proposal]))[0];
  }
}
