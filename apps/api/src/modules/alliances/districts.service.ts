import { requireAccess } from '../../core/access/access';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../../core/audit/audit.service';
import { DomainError, invalid, notFound } from '../../core/errors';
import { AllianceContext } from '../../core/tenancy/alliance-context';
import { CreateDistrictInput, DeleteDistrictInput, DistrictDeleted, DistrictModel, UpdateDistrictInput } from './districts.models';
import { DistrictsRepository } from './districts.repository';
import { parseDistrictGeojson } from './districts.rules';

/** The shape as stored in the audit trail: its type and size, never the coordinates. */
const auditShape = (d: DistrictModel) => ({ id: d.id, name: d.name, hasShape: d.hasShape });

/**
 * The alliance's districts: one managed list, so that activities (and later offers and citizen
 * reports) name the same place the same way and overlaps are found by district, not by spelling.
 * Every member reads it; only the backbone keeps it.
 */
@Injectable()
export class DistrictsService {
  constructor(
    private readonly districts: DistrictsRepository,
    private readonly audit: AuditService,
  ) {}

  list(ctx: AllianceContext, withShapes: boolean): Promise<DistrictModel[]> {
    return this.districts.list(ctx.em, ctx.allianceId, withShapes);
  }

  /** Parses GeoJSON text into the geometry to store; null/undefined pass through. */
  private shape(text: string | null | undefined): unknown | null | undefined {
    if (text === undefined || text === null) return text;
    const r = parseDistrictGeojson(text);
    if ('problem' in r) throw invalid([r.problem]);
    return r.geometry;
  }

  async create(ctx: AllianceContext, input: CreateDistrictInput): Promise<DistrictModel> {
    await requireAccess(ctx, 'district.manage');
    const geometry = this.shape(input.geojson) ?? null;
    if (await this.districts.nameTaken(ctx.em, ctx.allianceId, input.name, null)) throw invalid([{ field: 'name', code: 'duplicate' }]);
    const id = await this.districts.insert(ctx.em, ctx.allianceId, input.name, geometry);
    const created = (await this.districts.get(ctx.em, ctx.allianceId, id))!;
    await this.audit.record(ctx, { action: 'district.created', entityType: 'District', entityId: id, after: auditShape(created) });
    return created;
  }

  async update(ctx: AllianceContext, input: UpdateDistrictInput): Promise<DistrictModel> {
    await requireAccess(ctx, 'district.manage');
    const before = await this.districts.get(ctx.em, ctx.allianceId, input.districtId);
    if (!before) throw notFound('District');
    const geometry = this.shape(input.geojson);
    if (await this.districts.nameTaken(ctx.em, ctx.allianceId, input.name, before.id)) throw invalid([{ field: 'name', code: 'duplicate' }]);
    await this.districts.update(ctx.em, ctx.allianceId, before.id, input.version, input.name, geometry);
    const after = (await this.districts.get(ctx.em, ctx.allianceId, before.id))!;
    await this.audit.record(ctx, {
      action: 'district.updated',
      entityType: 'District',
      entityId: before.id,
      before: auditShape(before),
      after: auditShape(after),
    });
    return after;
  }

  /**
   * Removes a district. One in use is refused unless its activities move to another district
   * first — how two spellings of one place become one.
   */
  async delete(ctx: AllianceContext, input: DeleteDistrictInput): Promise<DistrictDeleted> {
    await requireAccess(ctx, 'district.manage');
    const district = await this.districts.get(ctx.em, ctx.allianceId, input.districtId);
    if (!district) throw notFound('District');
    let moved = 0;
    if (input.moveActivitiesTo) {
      if (input.moveActivitiesTo.toLowerCase() === district.id) throw invalid([{ field: 'moveActivitiesTo', code: 'invalid' }]);
      const target = await this.districts.get(ctx.em, ctx.allianceId, input.moveActivitiesTo);
      if (!target) throw notFound('District');
      moved = await this.districts.moveActivities(ctx.em, ctx.allianceId, district.id, target.id);
    } else if (district.activityCount > 0) {
      throw new DomainError('DISTRICT_IN_USE', { name: district.name, count: district.activityCount });
    }
    await this.districts.delete(ctx.em, ctx.allianceId, district.id);
    await this.audit.record(ctx, {
      action: 'district.deleted',
      entityType: 'District',
      entityId: district.id,
      before: auditShape(district),
      after: input.moveActivitiesTo ? { movedActivitiesTo: input.moveActivitiesTo.toLowerCase(), movedActivities: moved } : null,
    });
    return { id: district.id, movedActivities: moved };
  }
}
