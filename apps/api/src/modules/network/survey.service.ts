import { Injectable } from '@nestjs/common';
import { AuditService } from '../../core/audit/audit.service';
import { DomainError, conflict, invalid, notFound } from '../../core/errors';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { may, requireAccess } from '../../core/access/access';
import { links } from '../notifications/notification-kinds';
import { NotificationService } from '../notifications/notification.service';
import type { NetworkModel } from './network.models';
import { compareRounds, roundMeasures, type SurveyAnswerInput as MeasureAnswer } from './survey-measures';
import type {
  CloseSurveyRoundInput,
  MySurveyResponseModel,
  OpenSurveyRoundInput,
  SaveSurveyResponseInput,
  SurveyAnswerInput,
  SurveyAnswerModel,
  SurveyComparisonModel,
  SurveyMemberModel,
  SurveyRoundDetailModel,
  SurveyRoundModel,
  SurveyRoundNetworkFilterInput,
  SurveyRoundNetworkModel,
} from './survey.models';
import { SurveyRepository } from './survey.repository';

const asMeasured = (answers: SurveyAnswerModel[]): MeasureAnswer[] =>
  answers.map((a) => ({ from: a.fromMembershipId, to: a.toMembershipId, kind: a.kind, trust: a.trust, value: a.value }));

/**
 * Network survey rounds, in the manner of the PARTNER tool: the backbone opens a round, every
 * member asked (backbone and partners, fixed when it opens) rates its relationship to each other
 * one — kind, frequency, trust and value, or "no relationship" — saves a draft and submits; the
 * backbone closes the round.
 *
 * Who sees what (docs/security.md, "Network surveys"): while a round is open, a member sees only
 * its own answers; the backbone sees who has answered, not what. Once closed, the backbone sees
 * every submitted answer; partners see the aggregate — the round's network (who is tied, with
 * the kinds named), its measures and its comparison with other rounds, but not who said what nor
 * the trust and value of a pair (in a pair, the mean would reveal the other side's answer).
 * Funders and observers take no part.
 */
@Injectable()
export class SurveyService {
  constructor(
    private readonly repo: SurveyRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  async rounds(ctx: AllianceContext): Promise<SurveyRoundModel[]> {
    await requireAccess(ctx, 'survey.read');
    return this.repo.listRounds(ctx.em, ctx.allianceId, ctx.membershipId);
  }

  private async findRound(ctx: AllianceContext, id: string): Promise<SurveyRoundModel> {
    const round = await this.repo.getRound(ctx.em, ctx.allianceId, id, ctx.membershipId);
    if (!round) throw notFound('SurveyRound');
    return round;
  }

  async round(ctx: AllianceContext, id: string): Promise<SurveyRoundDetailModel> {
    await requireAccess(ctx, 'survey.read');
    const round = await this.findRound(ctx, id);
    return { round, respondents: may(ctx, 'survey.manage') ? await this.repo.respondents(ctx.em, ctx.allianceId, id) : null };
  }

  async open(ctx: AllianceContext, input: OpenSurveyRoundInput): Promise<SurveyRoundModel> {
    await requireAccess(ctx, 'survey.manage');
    if (input.closesOn < input.opensOn) throw invalid([{ field: 'closesOn', code: 'beforeStart' }]);
    const id = await this.repo.insertRound(ctx.em, ctx.allianceId, ctx.membershipId, input);
    const round = await this.findRound(ctx, id);
    await this.audit.record(ctx, {
      action: 'surveyRound.opened',
      entityType: 'SurveyRound',
      entityId: id,
      after: { title: round.title, opensOn: round.opensOn, closesOn: round.closesOn, respondents: round.respondentCount },
    });
    await this.notifications.notify(ctx.em, {
      allianceId: ctx.allianceId,
      to: { roles: ['BACKBONE', 'PARTNER'] },
      exceptUserId: ctx.userId,
      kind: 'SURVEY_OPENED',
      subject: { type: 'SurveyRound', id },
      link: links.surveyRound(ctx.allianceId, id),
      params: { title: round.title, closes: round.closesOn },
    });
    return round;
  }

  async close(ctx: AllianceContext, input: CloseSurveyRoundInput): Promise<SurveyRoundModel> {
    await requireAccess(ctx, 'survey.manage');
    const before = await this.findRound(ctx, input.roundId);
    if (before.state === 'CLOSED') throw new DomainError('SURVEY_ROUND_CLOSED');
    await this.repo.closeRound(ctx.em, ctx.allianceId, before.id, input.version);
    const after = await this.findRound(ctx, before.id);
    await this.audit.record(ctx, {
      action: 'surveyRound.closed',
      entityType: 'SurveyRound',
      entityId: before.id,
      before: { state: before.state },
      after: { state: after.state, submitted: after.submittedCount, respondents: after.respondentCount },
    });
    return after;
  }

  async myResponse(ctx: AllianceContext, roundId: string): Promise<MySurveyResponseModel> {
    await requireAccess(ctx, 'survey.answer', { owner: ctx.membershipId });
    const round = await this.findRound(ctx, roundId);
    const response = await this.repo.response(ctx.em, ctx.allianceId, roundId, ctx.membershipId);
    // A member that was not asked (it joined later, or is a funder) has no response to see.
    if (!response) throw notFound('SurveyResponse');
    const [others, answers] = await Promise.all([
      this.repo.others(ctx.em, ctx.allianceId, roundId, ctx.membershipId),
      this.repo.answersOf(ctx.em, ctx.allianceId, response.id),
    ]);
    return { round, state: response.state, version: response.version, others, answers };
  }

  /** Answers without a kind ("no relationship") carry nothing else; with a kind, all three ratings are needed. */
  private checkAnswers(answers: SurveyAnswerInput[], others: Set<string>): SurveyAnswerInput[] {
    const seen = new Set<string>();
    const problems: { field: string; code: string }[] = [];
    const clean = answers.map((a, i) => {
      if (!others.has(a.toMembershipId)) throw notFound('Membership');
      if (seen.has(a.toMembershipId)) problems.push({ field: `answers.${i}.toMembershipId`, code: 'duplicate' });
      seen.add(a.toMembershipId);
      if (!a.kind) return { toMembershipId: a.toMembershipId, kind: null, frequency: null, trust: null, value: null };
      for (const f of ['frequency', 'trust', 'value'] as const)
        if (a[f] === null || a[f] === undefined) problems.push({ field: `answers.${i}.${f}`, code: 'required' });
      return a;
    });
    if (problems.length) throw invalid(problems);
    return clean;
  }

  async save(ctx: AllianceContext, input: SaveSurveyResponseInput): Promise<MySurveyResponseModel> {
    await requireAccess(ctx, 'survey.answer', { owner: ctx.membershipId });
    const locked = await this.repo.lockRound(ctx.em, ctx.allianceId, input.roundId);
    if (!locked) throw notFound('SurveyRound');
    if (locked.state !== 'OPEN') throw new DomainError('SURVEY_ROUND_CLOSED');
    const response = await this.repo.response(ctx.em, ctx.allianceId, input.roundId, ctx.membershipId);
    if (!response) throw notFound('SurveyResponse');
    if (response.version !== input.version) throw conflict('SurveyResponse');
    const others = await this.repo.others(ctx.em, ctx.allianceId, input.roundId, ctx.membershipId);
    const answers = this.checkAnswers(input.answers, new Set(others.map((o) => o.id)));
    // Once sent, a response stays sent: a later save while the round is open corrects it.
    const state = input.submit || response.state === 'SUBMITTED' ? 'SUBMITTED' : 'DRAFT';
    await this.repo.saveResponse(ctx.em, ctx.allianceId, response, input.roundId, input.version, answers, state);
    await this.audit.record(ctx, {
      action: state === 'SUBMITTED' ? 'surveyResponse.submitted' : 'surveyResponse.saved',
      entityType: 'SurveyResponse',
      entityId: response.id,
      before: { state: response.state },
      after: { state, answers: answers.length, relationships: answers.filter((a) => a.kind).length },
    });
    return this.myResponse(ctx, input.roundId);
  }

  /** A closed round's members, their submitted answers (filtered) and its measures. */
  private async measured(ctx: AllianceContext, roundId: string, filter?: SurveyRoundNetworkFilterInput | null) {
    const round = await this.findRound(ctx, roundId);
    if (round.state !== 'CLOSED') throw new DomainError('SURVEY_ROUND_OPEN');
    const [members, all] = await Promise.all([
      this.repo.respondents(ctx.em, ctx.allianceId, roundId),
      this.repo.submittedAnswers(ctx.em, ctx.allianceId, roundId),
    ]);
    const answers = all.filter(
      (a) => a.kind === null || ((!filter?.kinds?.length || filter.kinds.includes(a.kind)) && (!filter?.minTrust || (a.trust ?? 0) >= filter.minTrust)),
    );
    const ids = members.map((m) => m.id);
    return { round, members, answers, ids, measures: roundMeasures(ids, asMeasured(answers)) };
  }

  async network(ctx: AllianceContext, roundId: string, filter?: SurveyRoundNetworkFilterInput | null): Promise<SurveyRoundNetworkModel> {
    await requireAccess(ctx, 'survey.read');
    const { round, members, answers, measures } = await this.measured(ctx, roundId, filter);
    const measureOf = new Map(measures.graph.nodes.map((n) => [n.id, n]));
    const network: NetworkModel = {
      asOf: round.closedAt ? round.closedAt.toISOString().slice(0, 10) : round.closesOn,
      nodes: members.map((m) => ({ ...measureOf.get(m.id)!, organisation: m.organisation, role: m.role })),
      ties: measures.ties.map((x) => ({
        a: x.a,
        b: x.b,
        kinds: x.kinds as NetworkModel['ties'][number]['kinds'],
        weight: x.mutual ? 2 : 1,
        sources: [{ source: 'STATED', weight: x.mutual ? 2 : 1, since: null }],
      })),
      density: measures.density,
      componentCount: measures.graph.componentCount,
      statedDyads: measures.dyads,
      reciprocity: measures.reciprocity,
      quarters: [],
    };
    return {
      round,
      network,
      meanTrust: measures.meanTrust,
      meanValue: measures.meanValue,
      mutualDyads: measures.mutualDyads,
      answers: may(ctx, 'survey.manage') ? answers : null,
    };
  }

  async compare(ctx: AllianceContext, beforeId: string, afterId: string): Promise<SurveyComparisonModel> {
    await requireAccess(ctx, 'survey.read');
    const [before, after] = await Promise.all([this.measured(ctx, beforeId), this.measured(ctx, afterId)]);
    const c = compareRounds({ respondents: before.ids, measures: before.measures }, { respondents: after.ids, measures: after.measures });
    const member = new Map<string, SurveyMemberModel>([...before.members, ...after.members].map((m) => [m.id, { id: m.id, organisation: m.organisation }]));
    const ratings = may(ctx, 'survey.manage');
    const figures = (x: typeof before) => ({
      round: x.round,
      density: x.measures.density,
      ties: x.measures.ties.length,
      meanTrust: x.measures.meanTrust,
      meanValue: x.measures.meanValue,
      reciprocity: x.measures.reciprocity,
    });
    return {
      ...c,
      before: figures(before),
      after: figures(after),
      pairs: c.pairs.map((p) => ({
        a: member.get(p.a)!,
        b: member.get(p.b)!,
        change: p.change,
        trustBefore: ratings ? p.trustBefore : null,
        trustAfter: ratings ? p.trustAfter : null,
        valueBefore: ratings ? p.valueBefore : null,
        valueAfter: ratings ? p.valueAfter : null,
      })),
    };
  }
}
