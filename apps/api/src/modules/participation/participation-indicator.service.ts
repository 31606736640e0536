import { Injectable } from '@nestjs/common';
import { requireAccess } from '../../core/access/access';
import { AuditService } from '../../core/audit/audit.service';
import { notFound } from '../../core/errors';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { DisclosureService } from '../disclosure/disclosure.service';
import { isPrimarySuppressed, suppressTable } from '../disclosure/small-numbers.rules';
import type { ParticipationIndicatorSeries, ParticipationIndicatorSourceModel, SetParticipationIndicatorSourceInput } from './participation.models';
import { ParticipationRepository } from './participation.repository';

/**
 * Co-production into shared measurement (issue 16, 4): an indicator may take its values from
 * approved participation items instead of members' reports — e.g. "gemeldete Barrieren, gelöst
 * innerhalb von 30 Tagen" per quarter and district. The counts are computed in SQL for every
 * period (the indicator's frequency); they are approved by construction (only approved items
 * count). Small-number protection is the disclosure rule: per period the districts and the
 * total form an additive group (primary and complementary suppression, suppressTable).
 */
@Injectable()
export class ParticipationIndicatorService {
  constructor(
    private readonly repo: ParticipationRepository,
    private readonly disclosure: DisclosureService,
    private readonly audit: AuditService,
  ) {}

  async setSource(ctx: AllianceContext, input: SetParticipationIndicatorSourceInput): Promise<ParticipationIndicatorSourceModel> {
    await requireAccess(ctx, 'indicator.manage');
    if (!(await this.repo.indicatorExists(ctx.em, ctx.allianceId, input.indicatorId))) throw notFound('Indicator');
    const before = await this.repo.indicatorSource(ctx.em, ctx.allianceId, input.indicatorId);
    const source = { indicatorId: input.indicatorId, kind: input.kind, category: input.category ?? null, withinDays: input.withinDays ?? null };
    await this.repo.setIndicatorSource(ctx.em, ctx.allianceId, source);
    await this.audit.record(ctx, {
      action: 'indicator.participationSource',
      entityType: 'Indicator',
      entityId: input.indicatorId,
      before: before ? { kind: before.kind, category: before.category, withinDays: before.withinDays } : null,
      after: source,
    });
    return source;
  }

  /** The series, or null when the indicator is not participation-sourced. Everyone in the alliance reads it (approved roll-ups), small counts hidden by the policy. */
  async series(ctx: AllianceContext, indicatorId: string): Promise<ParticipationIndicatorSeries | null> {
    const source = await this.repo.indicatorSource(ctx.em, ctx.allianceId, indicatorId);
    if (!source) {
      if (!(await this.repo.indicatorExists(ctx.em, ctx.allianceId, indicatorId))) throw notFound('Indicator');
      return null;
    }
    const values = await this.repo.indicatorValues(ctx.em, ctx.allianceId, source);
    const policy = await this.disclosure.policyFor(ctx);
    const key = (v: { period: string; districtId: string | null }) => `${v.period}|${v.districtId ?? ''}`;
    let hidden = new Set<string>();
    if (policy.suppress) {
      const periods = [...new Set(values.map((v) => v.period))];
      hidden = suppressTable(
        {
          cells: values.map((v) => ({ id: key(v), value: v.value, primary: isPrimarySuppressed({ kind: 'COUNT', value: v.value }, policy.k) })),
          groups: periods.map((p) => ({
            total: `${p}|`,
            parts: values.filter((v) => v.period === p && v.districtId).map(key),
          })),
        },
        policy.k,
      );
    }
    return {
      source: { indicatorId, kind: source.kind, category: source.category, withinDays: source.withinDays },
      values: values.map((v) => ({ ...v, value: hidden.has(key(v)) ? null : v.value, suppressed: hidden.has(key(v)) })),
    };
  }
}
