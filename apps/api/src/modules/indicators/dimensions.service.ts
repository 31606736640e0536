import { requireAccess } from '../../core/access/access';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../../core/audit/audit.service';
import { conflict, DomainError, FieldProblem, invalid, notFound } from '../../core/errors';
import { AllianceContext } from '../../core/tenancy/alliance-context';
import { CreateDimensionInput, DimensionModel, UpdateDimensionInput } from './dimension.models';
import { DimensionsRepository } from './dimensions.repository';

/** Names must differ beyond case and surrounding blanks ("Divers" and "divers" would split one group in two). */
function duplicateNames(names: string[]): boolean {
  const seen = new Set(names.map((n) => n.trim().toLowerCase()));
  return seen.size !== names.length;
}

function categoryProblems(names: string[]): FieldProblem[] {
  if (names.length < 2) return [{ field: 'categories', code: 'atLeastTwo' }];
  if (duplicateNames(names)) return [{ field: 'categories', code: 'duplicate' }];
  return [];
}

/**
 * Disaggregation dimensions are defined once per alliance and reused by its indicators, so that
 * "girls" means the same in every member's report. Only the backbone defines them.
 */
@Injectable()
export class DimensionsService {
  constructor(
    private readonly dimensions: DimensionsRepository,
    private readonly audit: AuditService,
  ) {}

  list(ctx: AllianceContext): Promise<DimensionModel[]> {
    return this.dimensions.list(ctx.em, ctx.allianceId);
  }

  async create(ctx: AllianceContext, input: CreateDimensionInput): Promise<DimensionModel> {
    await requireAccess(ctx, 'indicator.manage');
    const problems = categoryProblems(input.categories);
    if (await this.dimensions.nameTaken(ctx.em, ctx.allianceId, input.name, null)) problems.unshift({ field: 'name', code: 'duplicate' });
    if (problems.length) throw invalid(problems);
    const id = await this.dimensions.insert(ctx.em, ctx.allianceId, input.name, input.categories);
    const created = (await this.dimensions.get(ctx.em, ctx.allianceId, id))!;
    await this.audit.record(ctx, { action: 'dimension.created', entityType: 'Dimension', entityId: id, after: created });
    return created;
  }

  /**
   * Renames the dimension and sets its categories to exactly the given list, in that order:
   * existing ones (by id) are renamed and moved, ones without id are added, the rest removed.
   * A category that reported values refer to cannot be removed (it can still be renamed).
   */
  async update(ctx: AllianceContext, input: UpdateDimensionInput): Promise<DimensionModel> {
    await requireAccess(ctx, 'indicator.manage');
    const before = await this.dimensions.get(ctx.em, ctx.allianceId, input.dimensionId);
    if (!before) throw notFound('Dimension');
    if (before.version !== input.version) throw conflict('Dimension');

    const list = input.categories.map((c) => ({ id: c.id ? c.id.toLowerCase() : null, name: c.name }));
    const problems = categoryProblems(list.map((c) => c.name));
    const givenIds = list.flatMap((c) => (c.id ? [c.id] : []));
    if (!problems.length && new Set(givenIds).size !== givenIds.length) problems.push({ field: 'categories', code: 'duplicate' });
    if (await this.dimensions.nameTaken(ctx.em, ctx.allianceId, input.name, before.id)) problems.unshift({ field: 'name', code: 'duplicate' });
    if (problems.length) throw invalid(problems);

    const existing = await this.dimensions.categoriesForUpdate(ctx.em, ctx.allianceId, before.id);
    const existingIds = new Set(existing.map((c) => c.id));
    // An id of another dimension, or of another alliance, is not a category of this one.
    if (givenIds.some((id) => !existingIds.has(id))) throw notFound('DimensionCategory');
    const removed = existing.filter((c) => !givenIds.includes(c.id)).map((c) => c.id);
    const inUse = await this.dimensions.categoryInUse(ctx.em, ctx.allianceId, removed);
    if (inUse) throw new DomainError('CATEGORY_IN_USE', { name: inUse });

    await this.dimensions.rename(ctx.em, ctx.allianceId, before.id, input.version, input.name);
    await this.dimensions.replaceCategories(ctx.em, ctx.allianceId, before.id, removed, list);
    const after = (await this.dimensions.get(ctx.em, ctx.allianceId, before.id))!;
    await this.audit.record(ctx, { action: 'dimension.updated', entityType: 'Dimension', entityId: before.id, before, after });
    return after;
  }
}
