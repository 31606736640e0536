import { requireAccess } from '../../core/access/access';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { IndicatorStatusName } from '@gemeinwerk/shared';
import { AuditService } from '../../core/audit/audit.service';
import { conflict, DomainError, invalid, notFound } from '../../core/errors';
import { CURSORS } from '../../core/graphql/cursors';
import { decodeCursor, Page, PageInput, toPage } from '../../core/graphql/pagination';
import { AllianceContext } from '../../core/tenancy/alliance-context';
import { isUuid } from '../../core/tenancy/tenancy.service';
import { DimensionsRepository } from './dimensions.repository';
import {
  CreateIndicatorInput,
  IndicatorFilter,
  IndicatorModel,
  IndicatorVersionInput,
  SetIndicatorDimensionsInput,
  SetIndicatorGoalsInput,
  UpdateIndicatorInput,
} from './indicator.models';
import { finerKeyPattern, indicatorProblems, orNull } from './indicator.rules';
import { IndicatorFields, IndicatorRow, IndicatorsRepository } from './indicators.repository';

/** Update semantics: a field left out (undefined) keeps its stored value. */
const keep = <T>(value: T | undefined, stored: T): T => (value === undefined ? stored : value);
const unique = (ids: string[]) => [...new Set(ids.map((id) => id.toLowerCase()))];

/**
 * Indicator definitions of shared measurement. Every member reads them (observers and funders
 * need them to read roll-ups); only the backbone defines and changes them.
 */
@Injectable()
export class IndicatorsService {
  constructor(
    private readonly indicators: IndicatorsRepository,
    private readonly dimensions: DimensionsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: AllianceContext, filter: IndicatorFilter = {}, page: PageInput = { first: 25 }): Promise<Page<IndicatorModel>> {
    const after = decodeCursor(page.after, CURSORS.indicators);
    const [found, total] = [
      await this.indicators.list(ctx.em, ctx.allianceId, filter, page.first, after),
      await this.indicators.count(ctx.em, ctx.allianceId, filter),
    ];
    return toPage(found, page.first, total, CURSORS.indicators, (i) => [i.code === null, i.code ?? '', i.name, i.id]);
  }

  async get(ctx: AllianceContext, id: string): Promise<IndicatorModel> {
    const found = isUuid(id) ? await this.indicators.get(ctx.em, ctx.allianceId, id) : undefined;
    if (!found) throw notFound('Indicator');
    return found;
  }

  async create(ctx: AllianceContext, input: CreateIndicatorInput): Promise<IndicatorModel> {
    await requireAccess(ctx, 'indicator.manage');
    const fields: IndicatorFields = {
      code: orNull(input.code),
      name: input.name,
      definition: input.definition ?? '',
      unit: input.unit ?? '',
      direction: input.direction,
      aggregation: input.aggregation,
      frequency: input.frequency,
      rbaKind: input.rbaKind,
      baselineValue: input.baselineValue ?? null,
      baselinePeriod: orNull(input.baselinePeriod),
      collectionMethod: input.collectionMethod ?? '',
      numeratorLabel: orNull(input.numeratorLabel),
      denominatorLabel: orNull(input.denominatorLabel),
      decimals: input.decimals ?? 0,
      allowNegative: input.allowNegative ?? false,
      integerOnly: input.integerOnly ?? false,
      minValue: input.minValue ?? null,
      maxValue: input.maxValue ?? null,
      allowRatioAboveOne: input.allowRatioAboveOne ?? false,
      jumpWarningShare: input.jumpWarningShare ?? null,
    };
    await this.check(ctx, fields, null);
    const goalIds = unique(input.goalIds ?? []);
    const dimensionIds = unique(input.dimensionIds ?? []);
    await this.requireGoals(ctx, goalIds);
    await this.requireDimensions(ctx, dimensionIds);
    const id = randomUUID();
    await this.indicators.insert(ctx.em, ctx.allianceId, id, fields);
    await this.indicators.replaceGoals(ctx.em, ctx.allianceId, id, goalIds);
    await this.indicators.replaceDimensions(ctx.em, ctx.allianceId, id, dimensionIds);
    const after = (await this.indicators.getRow(ctx.em, ctx.allianceId, id))!;
    await this.audit.record(ctx, { action: 'indicator.created', entityType: 'Indicator', entityId: id, after: { ...after, goalIds, dimensionIds } });
    return this.get(ctx, id);
  }

  /**
   * Changes the definition. Once members have reported values, aggregation and frequency are
   * fixed: changing them would silently reinterpret every number already reported.
   */
  async update(ctx: AllianceContext, input: UpdateIndicatorInput): Promise<IndicatorModel> {
    await requireAccess(ctx, 'indicator.manage');
    const current = await this.current(ctx, input.indicatorId, input.version, true);
    const fields: IndicatorFields = {
      code: input.code === undefined ? current.code : orNull(input.code),
      name: keep(input.name, current.name),
      definition: keep(input.definition, current.definition),
      unit: keep(input.unit, current.unit),
      direction: keep(input.direction, current.direction),
      aggregation: keep(input.aggregation, current.aggregation),
      frequency: keep(input.frequency, current.frequency),
      rbaKind: keep(input.rbaKind, current.rbaKind),
      baselineValue: input.baselineValue === undefined ? current.baselineValue : input.baselineValue,
      baselinePeriod: input.baselinePeriod === undefined ? current.baselinePeriod : orNull(input.baselinePeriod),
      collectionMethod: keep(input.collectionMethod, current.collectionMethod),
      numeratorLabel: input.numeratorLabel === undefined ? current.numeratorLabel : orNull(input.numeratorLabel),
      denominatorLabel: input.denominatorLabel === undefined ? current.denominatorLabel : orNull(input.denominatorLabel),
      decimals: keep(input.decimals, current.decimals),
      allowNegative: keep(input.allowNegative, current.allowNegative),
      integerOnly: keep(input.integerOnly, current.integerOnly),
      minValue: input.minValue === undefined ? current.minValue : input.minValue,
      maxValue: input.maxValue === undefined ? current.maxValue : input.maxValue,
      allowRatioAboveOne: keep(input.allowRatioAboveOne, current.allowRatioAboveOne),
      jumpWarningShare: input.jumpWarningShare === undefined ? current.jumpWarningShare : input.jumpWarningShare,
    };
    const reshaped = fields.aggregation !== current.aggregation || fields.frequency !== current.frequency;
    if (reshaped && (await this.indicators.hasMeasurements(ctx.em, ctx.allianceId, current.id))) throw new DomainError('INDICATOR_IN_USE');
    await this.check(ctx, fields, current.id);
    const finer = fields.frequency !== current.frequency ? finerKeyPattern(fields.frequency) : null;
    if (finer && (await this.indicators.hasTargetsMatching(ctx.em, ctx.allianceId, current.id, finer))) {
      throw invalid([{ field: 'frequency', code: 'finerTargets' }]);
    }
    const after = await this.indicators.update(ctx.em, ctx.allianceId, current.id, input.version, fields);
    await this.audit.record(ctx, { action: 'indicator.updated', entityType: 'Indicator', entityId: current.id, before: current, after });
    return this.get(ctx, current.id);
  }

  archive(ctx: AllianceContext, input: IndicatorVersionInput): Promise<IndicatorModel> {
    return this.move(ctx, input, 'ACTIVE', 'ARCHIVED', 'indicator.archived');
  }

  restore(ctx: AllianceContext, input: IndicatorVersionInput): Promise<IndicatorModel> {
    return this.move(ctx, input, 'ARCHIVED', 'ACTIVE', 'indicator.restored');
  }

  async setGoals(ctx: AllianceContext, input: SetIndicatorGoalsInput): Promise<IndicatorModel> {
    await requireAccess(ctx, 'indicator.manage');
    const current = await this.current(ctx, input.indicatorId, input.version);
    const goalIds = unique(input.goalIds);
    await this.requireGoals(ctx, goalIds);
    const before = await this.indicators.goalIds(ctx.em, ctx.allianceId, current.id);
    await this.indicators.bumpVersion(ctx.em, ctx.allianceId, current.id, input.version);
    await this.indicators.replaceGoals(ctx.em, ctx.allianceId, current.id, goalIds);
    await this.audit.record(ctx, {
      action: 'indicator.goalsSet',
      entityType: 'Indicator',
      entityId: current.id,
      before: { goalIds: before, version: current.version },
      after: { goalIds: [...goalIds].sort(), version: current.version + 1 },
    });
    return this.get(ctx, current.id);
  }

  /** Replaces the dimensions; one in which members already reported parts cannot be dropped. */
  async setDimensions(ctx: AllianceContext, input: SetIndicatorDimensionsInput): Promise<IndicatorModel> {
    await requireAccess(ctx, 'indicator.manage');
    const current = await this.current(ctx, input.indicatorId, input.version);
    const dimensionIds = unique(input.dimensionIds);
    await this.requireDimensions(ctx, dimensionIds);
    const before = await this.indicators.dimensionIds(ctx.em, ctx.allianceId, current.id);
    const removed = before.filter((id) => !dimensionIds.includes(id));
    const inUse = await this.indicators.dimensionInUse(ctx.em, ctx.allianceId, current.id, removed);
    if (inUse) throw new DomainError('DIMENSION_IN_USE', { name: inUse });
    await this.indicators.bumpVersion(ctx.em, ctx.allianceId, current.id, input.version);
    await this.indicators.replaceDimensions(ctx.em, ctx.allianceId, current.id, dimensionIds);
    await this.audit.record(ctx, {
      action: 'indicator.dimensionsSet',
      entityType: 'Indicator',
      entityId: current.id,
      before: { dimensionIds: before, version: current.version },
      after: { dimensionIds: [...dimensionIds].sort(), version: current.version + 1 },
    });
    return this.get(ctx, current.id);
  }

  // ── helpers ──

  /** The indicator as stored; a version other than the stored one is CONFLICT before any check runs. */
  private async current(ctx: AllianceContext, id: string, version: number, lock = false): Promise<IndicatorRow> {
    const row = await this.indicators.getRow(ctx.em, ctx.allianceId, id, lock);
    if (!row) throw notFound('Indicator');
    if (row.version !== version) throw conflict('Indicator');
    return row;
  }

  private async move(ctx: AllianceContext, input: IndicatorVersionInput, from: IndicatorStatusName, to: IndicatorStatusName, action: string) {
    await requireAccess(ctx, 'indicator.manage');
    const current = await this.current(ctx, input.indicatorId, input.version);
    if (current.status !== from) throw new DomainError('INVALID_TRANSITION', { from: current.status, to });
    const after = await this.indicators.setStatus(ctx.em, ctx.allianceId, current.id, input.version, to);
    await this.audit.record(ctx, {
      action,
      entityType: 'Indicator',
      entityId: current.id,
      before: { status: current.status, version: current.version },
      after: { status: after.status, version: after.version },
    });
    return this.get(ctx, current.id);
  }

  private async check(ctx: AllianceContext, fields: IndicatorFields, exceptId: string | null): Promise<void> {
    const problems = indicatorProblems(fields);
    if (fields.code && (await this.indicators.codeTaken(ctx.em, ctx.allianceId, fields.code, exceptId))) problems.push({ field: 'code', code: 'duplicate' });
    if (problems.length) throw invalid(problems);
  }

  /** Ids of another alliance are invisible under row-level security: they count as unknown. */
  private async requireGoals(ctx: AllianceContext, ids: string[]): Promise<void> {
    if (ids.length && (await this.indicators.countGoals(ctx.em, ctx.allianceId, ids)) !== ids.length) throw notFound('Goal');
  }

  private async requireDimensions(ctx: AllianceContext, ids: string[]): Promise<void> {
    if (ids.length && (await this.dimensions.countIn(ctx.em, ctx.allianceId, ids)) !== ids.length) throw notFound('Dimension');
  }
}
