import { Injectable } from '@nestjs/common';
import { AuditService } from '../../core/audit/audit.service';
import { invalid, notFound } from '../../core/errors';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { readScope, requireAccess } from '../../core/access/access';
import { DisclosureSettingsModel, UpdateSmallNumberThresholdInput } from './disclosure.models';
import { DisclosureRepository } from './disclosure.repository';
import { discloseCell, totalHiddenFor, type CellDisclosure } from './cell-disclosure';
import { buildCellFacts, cellKey } from './cell-facts';
import { CellFactsRepository } from './cell-facts.repository';
import { DEFAULT_SMALL_NUMBER_THRESHOLD, isValidThreshold } from './small-numbers.rules';
import { NO_SUPPRESSION, suppressesFor, type DisclosurePolicy } from './disclosure.policy';

@Injectable()
export class DisclosureService {
  constructor(
    private readonly repo: DisclosureRepository,
    private readonly facts: CellFactsRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Which alliance totals (roll-up values) are hidden from the viewer, as cell keys. A viewer who
   * knows no member's value (funder, observer, public) loses exactly the small ones (proved in
   * cell-disclosure.small.spec.ts), so no member data is read; a partner may also lose a total
   * that would give away another member's hidden value next to its own.
   */
  async hiddenTotals(
    ctx: Pick<AllianceContext, 'em' | 'allianceId'>,
    policy: DisclosurePolicy,
    totals: { indicatorId: string; periodKey: string; aggregation: string; value: number | null; base: number | null }[],
  ): Promise<Set<string>> {
    const out = new Set<string>();
    if (!policy.suppress) return out;
    for (const t of totals) if (totalHiddenFor(policy, t.aggregation, t.value, t.base)) out.add(cellKey(t.indicatorId, t.periodKey));
    if (policy.ownMembershipId) {
      const rest = totals.filter((t) => t.value !== null && !out.has(cellKey(t.indicatorId, t.periodKey)) && t.aggregation !== 'AVERAGE');
      for (const [key, d] of await this.discloseCells(ctx, policy, rest)) if (d.total) out.add(key);
    }
    return out;
  }

  /**
   * What is hidden in each of these roll-up cells (indicator × period) from a viewer with this
   * policy: the alliance value, members, category lines and parts (see cell-disclosure.ts). One
   * statement for all cells; none when nothing is suppressed for the viewer.
   */
  async discloseCells(
    ctx: Pick<AllianceContext, 'em' | 'allianceId'>,
    policy: DisclosurePolicy,
    cells: { indicatorId: string; periodKey: string }[],
  ): Promise<Map<string, CellDisclosure>> {
    const out = new Map<string, CellDisclosure>();
    if (!policy.suppress || !cells.length) return out;
    const unique = [...new Map(cells.map((c) => [cellKey(c.indicatorId, c.periodKey), c])).values()];
    const rows = await this.facts.cellFacts(ctx.em, ctx.allianceId, unique);
    const group = <T extends { indicatorId: string; periodKey: string }>(xs: T[]) => {
      const m = new Map<string, T[]>();
      for (const x of xs) {
        const key = cellKey(x.indicatorId, x.periodKey);
        if (!m.has(key)) m.set(key, []);
        m.get(key)!.push(x);
      }
      return m;
    };
    const members = group(rows.members);
    const parts = group(rows.parts);
    const dimensions = new Map<string, { dimensionId: string; categoryIds: string[] }[]>();
    for (const d of rows.dimensions) {
      if (!dimensions.has(d.indicatorId)) dimensions.set(d.indicatorId, []);
      dimensions.get(d.indicatorId)!.push(d);
    }
    for (const t of rows.totals) {
      const key = cellKey(t.indicatorId, t.periodKey);
      const facts = buildCellFacts(t, members.get(key) ?? [], parts.get(key) ?? [], dimensions.get(t.indicatorId) ?? []);
      out.set(key, discloseCell(facts, policy));
    }
    return out;
  }

  /** The policy for a caller in its alliance: one indexed read of k, none for the backbone. */
  async policyFor(ctx: AllianceContext): Promise<DisclosurePolicy> {
    if (!suppressesFor(ctx)) return NO_SUPPRESSION;
    const row = await this.repo.threshold(ctx.em, ctx.allianceId);
    return {
      suppress: true,
      k: row?.smallNumberThreshold ?? DEFAULT_SMALL_NUMBER_THRESHOLD,
      ownMembershipId: readScope(ctx, 'smallCounts.see').ownMembershipId,
    };
  }

  async settings(ctx: AllianceContext): Promise<DisclosureSettingsModel> {
    const row = await this.repo.threshold(ctx.em, ctx.allianceId);
    if (!row) throw notFound('Alliance');
    return { allianceId: ctx.allianceId, smallNumberThreshold: row.smallNumberThreshold, version: row.version, appliesToMe: suppressesFor(ctx) };
  }

  async updateThreshold(ctx: AllianceContext, input: UpdateSmallNumberThresholdInput): Promise<DisclosureSettingsModel> {
    await requireAccess(ctx, 'alliance.update');
    if (!isValidThreshold(input.smallNumberThreshold)) throw invalid([{ field: 'smallNumberThreshold', code: 'range' }]);
    const before = await this.repo.threshold(ctx.em, ctx.allianceId);
    if (!before) throw notFound('Alliance');
    const after = await this.repo.updateThreshold(ctx.em, ctx.allianceId, input.version, input.smallNumberThreshold);
    await this.audit.record(ctx, {
      action: 'alliance.smallNumberThresholdUpdated',
      entityType: 'Alliance',
      entityId: ctx.allianceId,
      before: { smallNumberThreshold: before.smallNumberThreshold, version: before.version },
      after: { smallNumberThreshold: after.smallNumberThreshold, version: after.version },
    });
    return { allianceId: ctx.allianceId, smallNumberThreshold: after.smallNumberThreshold, version: after.version, appliesToMe: false };
  }
}
