import { Injectable } from '@nestjs/common';
import { AuditService } from '../../core/audit/audit.service';
import { forbidden, invalid, notFound } from '../../core/errors';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { PortalAccess } from './portal.access';
import { logoSummary } from '../alliances/profile.rules';
import { imageRefused, reencode } from './images.service';
import { decodeBase64Image, IMAGE_LIMITS, LOGO_PIXELS } from './images.rules';
import {
  PortalEditorModel,
  PortalProviderModel,
  PortalRightsModel,
  PortalSettingsModel,
  SetPortalLogoInput,
  UpdatePortalProviderInput,
  UpdatePortalSettingsInput,
} from './portal.models';
import { PortalRepository } from './portal.repository';
import { blankToNull, freshnessRuleProblems, mapSettingsProblems } from './portal.rules';

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
    const before = await this.repo.settings(ctx.em, ctx.allianceId);
    // Address and map: a field left out stays as it is; empty map fields are the offline map.
    const touched = input.slug !== undefined || input.mapStyleUrl !== undefined || input.tileUrl !== undefined;
    const address = {
      slug: input.slug === undefined ? before.slug : blankToNull(input.slug),
      mapStyleUrl: input.mapStyleUrl === undefined ? before.mapStyleUrl : blankToNull(input.mapStyleUrl),
      tileUrl: input.tileUrl === undefined ? before.tileUrl : blankToNull(input.tileUrl),
    };
    if (touched) {
      problems.push(...mapSettingsProblems(address));
      // An address once given is where links and embeds point: it can change, not go.
      if (before.slug && !address.slug && !problems.some((p) => p.field === 'slug')) problems.push({ field: 'slug', code: 'required' });
    }
    if (problems.length) throw invalid(problems);
    const addressChanged = address.slug !== before.slug || address.mapStyleUrl !== before.mapStyleUrl || address.tileUrl !== before.tileUrl;
    if (touched && addressChanged && address.slug) {
      if ((await this.repo.saveAddress(ctx.em, ctx.allianceId, { ...address, slug: address.slug })) === 'taken')
        throw invalid([{ field: 'slug', code: 'slugTaken' }]);
    }
    await this.repo.saveSettings(ctx.em, ctx.allianceId, input);
    const after = await this.repo.settings(ctx.em, ctx.allianceId);
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

  /**
   * The portal's logo (backbone): checked and re-encoded like offer images (the type from the
   * bytes, size and dimensions, metadata dropped), scaled by LOGO_PIXELS; null removes it.
   */
  async setLogo(ctx: AllianceContext, input: SetPortalLogoInput): Promise<PortalSettingsModel> {
    await this.access.requireManager(ctx);
    const before = await this.repo.logo(ctx.em, ctx.allianceId);
    let dataUrl: string | null = null;
    if (input.base64) {
      const bytes = decodeBase64Image(input.base64);
      if (!bytes || bytes.length === 0 || bytes.length > IMAGE_LIMITS.maxBytes) throw imageRefused(LOGO_PIXELS.minPixels);
      const stored = await reencode(bytes, LOGO_PIXELS);
      dataUrl = `data:${stored.mimeType};base64,${stored.data.toString('base64')}`;
    }
    await this.repo.setLogo(ctx.em, ctx.allianceId, dataUrl);
    await this.audit.record(ctx, {
      action: 'portal.logo',
      entityType: 'PortalSettings',
      entityId: ctx.allianceId,
      before: { logo: logoSummary(before) },
      after: { logo: logoSummary(dataUrl) },
    });
    return this.repo.settings(ctx.em, ctx.allianceId);
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
