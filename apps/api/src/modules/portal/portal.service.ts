import { Injectable } from '@nestjs/common';
import { AuditService } from '../../core/audit/audit.service';
import { forbidden, invalid, notFound } from '../../core/errors';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { PortalAccess } from './portal.access';
import {
  PortalEditorModel,
  PortalProviderModel,
  PortalRightsModel,
  PortalSettingsModel,
  UpdatePortalProviderInput,
  UpdatePortalSettingsInput,
} from './portal.models';
import { PortalRepository } from './portal.repository';
import { freshnessRuleProblems } from './portal.rules';

/** The portal's settings, its providers and its appointed editors. */
@Injectable()
export class PortalService {
  constructor(
    private readonly repo: PortalRepository,
    private readonly access: PortalAccess,
    private readonly audit: AuditService,
  ) {}

  /** Every member reads them (a provider needs the portal's name and look for its screens). */
  settings(ctx: AllianceContext): Promise<PortalSettingsModel> {
    return this.repo.settings(ctx.em, ctx.allianceId);
  }

  async updateSettings(ctx: AllianceContext, input: UpdatePortalSettingsInput): Promise<PortalSettingsModel> {
    await this.access.requireManager(ctx);
    const problems = freshnessRuleProblems(input);
    if (input.enabled && !input.name.trim()) problems.push({ field: 'name', code: 'required' });
    if (problems.length) throw invalid(problems);
    const before = await this.repo.settings(ctx.em, ctx.allianceId);
    const after = await this.repo.saveSettings(ctx.em, ctx.allianceId, input);
    const shape = ({ logoDataUrl: _logo, ...rest }: PortalSettingsModel) => rest;
    await this.audit.record(ctx, {
      action: 'portal.settings',
      entityType: 'PortalSettings',
      entityId: ctx.allianceId,
      before: shape(before),
      after: shape(after),
    });
    return after;
  }

  /** The district list for offers: every role that may list offers (providers included, who cannot read the workspace's list). */
  districts(ctx: AllianceContext, withShapes: boolean) {
    this.access.requireDistrictReader(ctx);
    return this.repo.districts(ctx.em, ctx.allianceId, withShapes);
  }

  async myProvider(ctx: AllianceContext): Promise<PortalProviderModel | null> {
    return (await this.access.ownProvider(ctx, false)) ?? null;
  }

  async providers(ctx: AllianceContext): Promise<PortalProviderModel[]> {
    await this.access.requireEditor(ctx);
    return this.repo.providers(ctx.em, ctx.allianceId);
  }

  /** A provider's own people (or an editor) keep its profile. */
  async updateProvider(ctx: AllianceContext, input: UpdatePortalProviderInput): Promise<PortalProviderModel> {
    const before = await this.repo.provider(ctx.em, ctx.allianceId, input.providerId);
    if (!before) throw notFound('PortalProvider');
    if (before.membershipId !== ctx.membershipId) {
      if (!(await this.access.isEditor(ctx))) throw notFound('PortalProvider');
    } else {
      this.access.requireOffering(ctx);
    }
    await this.repo.updateProvider(ctx.em, ctx.allianceId, input);
    const after = (await this.repo.provider(ctx.em, ctx.allianceId, before.id))!;
    await this.audit.record(ctx, { action: 'provider.updated', entityType: 'PortalProvider', entityId: before.id, before, after });
    return after;
  }

  /**
   * What the caller may do with the portal here, by the same checks the operations start with (for
   * the navigation): edit (queue, freshness, planning) and manage (settings, editors).
   */
  async rights(ctx: AllianceContext): Promise<PortalRightsModel> {
    return { editor: await this.access.isEditor(ctx), manager: this.access.isManager(ctx) };
  }

  async editors(ctx: AllianceContext): Promise<PortalEditorModel[]> {
    await this.access.requireManager(ctx);
    return this.repo.editors(ctx.em, ctx.allianceId);
  }

  /** The backbone appoints a partner membership as editors (providers and observers cannot be). */
  async setEditor(ctx: AllianceContext, membershipId: string, appointed: boolean): Promise<PortalEditorModel[]> {
    await this.access.requireManager(ctx);
    const m = await this.repo.membershipRole(ctx.em, ctx.allianceId, membershipId);
    if (!m) throw notFound('Membership');
    if (appointed && (m.role === 'PROVIDER' || m.role === 'OBSERVER' || m.state !== 'ACTIVE')) throw forbidden('PORTAL_EDITOR');
    await this.repo.setEditor(ctx.em, ctx.allianceId, membershipId.toLowerCase(), appointed);
    await this.audit.record(ctx, { action: appointed ? 'portal.editor.appointed' : 'portal.editor.removed', entityType: 'Membership', entityId: membershipId });
    return this.repo.editors(ctx.em, ctx.allianceId);
  }

  async setPopulation(ctx: AllianceContext, districtId: string, population: number | null, year: number | null): Promise<boolean> {
    await this.access.requireManager(ctx);
    const problems = [
      population !== null && (!Number.isInteger(population) || population < 0) ? { field: 'population', code: 'range' } : null,
      year !== null && (year < 1900 || year > 2100) ? { field: 'year', code: 'range' } : null,
    ].filter((p) => p !== null);
    if (problems.length) throw invalid(problems);
    if ((await this.repo.unknownIds(ctx.em, ctx.allianceId, 'districts', [districtId.toLowerCase()])).length) throw notFound('District');
    await this.repo.setPopulation(ctx.em, ctx.allianceId, districtId.toLowerCase(), population, year);
    await this.audit.record(ctx, { action: 'portal.population', entityType: 'District', entityId: districtId, after: { population, year } });
    return true;
  }
}
