import { Injectable } from '@nestjs/common';
import { AuditService } from '../../core/audit/audit.service';
import { invalid, notFound } from '../../core/errors';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { readScope, requireAccess } from '../../core/access/access';
import { DisclosureSettingsModel, UpdateSmallNumberThresholdInput } from './disclosure.models';
import { DisclosureRepository } from './disclosure.repository';
import { DEFAULT_SMALL_NUMBER_THRESHOLD, isValidThreshold } from './small-numbers.rules';
import { NO_SUPPRESSION, suppressesFor, type DisclosurePolicy } from './disclosure.policy';

@Injectable()
export class DisclosureService {
  constructor(
    private readonly repo: DisclosureRepository,
    private readonly audit: AuditService,
  ) {}

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
