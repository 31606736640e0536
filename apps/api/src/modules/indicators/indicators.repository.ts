import { Injectable } from '@nestjs/common';
import type { AggregationName, FrequencyName, IndicatorDirectionName, IndicatorStatusName, RbaKindName } from '@gemeinwerk/shared';
import { EntityManager } from 'typeorm';
import { one, rows, updateVersioned } from '../../database/sql';
import { IndicatorModel } from './indicator.models';
import { DIMENSION_JSON } from './dimensions.repository';
import { TARGET_ORDER } from './targets.repository';
import { FROM_PARTICIPATION } from '../participation/participation-indicator.sql';

/** The indicator's own columns, as the API names them (also what audit events record). */
export const INDICATOR_SCALARS = `
  i.id, i.code, i.name, i.definition, i.unit, i.direction, i.aggregation, i.frequency, i.rba_kind AS "rbaKind",
  i.baseline_value::float8 AS "baselineValue", i.baseline_period AS "baselinePeriod", i.collection_method AS "collectionMethod",
  i.numerator_label AS "numeratorLabel", i.denominator_label AS "denominatorLabel", i.decimals,
  i.allow_negative AS "allowNegative", i.integer_only AS "integerOnly", i.min_value::float8 AS "minValue", i.max_value::float8 AS "maxValue",
  i.allow_ratio_above_one AS "allowRatioAboveOne", i.jump_warning_share::float8 AS "jumpWarningShare", i.status, i.version`;

/** Related rows travel as JSON arrays built in the same statement: one query per list, however long. */
const INDICATOR_COLUMNS = `${INDICATOR_SCALARS}, ${FROM_PARTICIPATION()} AS "fromParticipation",
  coalesce((SELECT json_agg(json_build_object('id', g.id, 'title', g.title) ORDER BY g.position, g.title)
              FROM indicator_goals ig JOIN goals g ON g.alliance_id = ig.alliance_id AND g.id = ig.goal_id
             WHERE ig.alliance_id = i.alliance_id AND ig.indicator_id = i.id), '[]') AS goals,
  coalesce((SELECT json_agg(${DIMENSION_JSON} ORDER BY d.name)
              FROM indicator_dimensions idm JOIN dimensions d ON d.alliance_id = idm.alliance_id AND d.id = idm.dimension_id
             WHERE idm.alliance_id = i.alliance_id AND idm.indicator_id = i.id), '[]') AS dimensions,
  coalesce((SELECT json_agg(json_build_object('id', t.id, 'periodKey', t.period_key, 'value', t.value::float8, 'version', t.version)
                            ORDER BY ${TARGET_ORDER('t.period_key')})
              FROM targets t WHERE t.alliance_id = i.alliance_id AND t.indicator_id = i.id), '[]') AS targets`;

/** Sort key of the list: indicators with a code first, by code, then by name. */
const SORT = `(i.code IS NULL, coalesce(i.code, ''), i.name, i.id)`;
export type IndicatorCursor = [boolean, string, string, string];

export type IndicatorRow = Omit<IndicatorModel, 'goals' | 'dimensions' | 'targets'>;

export interface IndicatorFields {
  code: string | null;
  name: string;
  definition: string;
  unit: string;
  direction: IndicatorDirectionName;
  aggregation: AggregationName;
  frequency: FrequencyName;
  rbaKind: RbaKindName;
  baselineValue: number | null;
  baselinePeriod: string | null;
  collectionMethod: string;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  decimals: number;
  allowNegative: boolean;
  integerOnly: boolean;
  minValue: number | null;
  maxValue: number | null;
  allowRatioAboveOne: boolean;
  jumpWarningShare: number | null;
}

const fieldParams = (f: IndicatorFields) => [
  f.code,
  f.name,
  f.definition,
  f.unit,
  f.direction,
  f.aggregation,
  f.frequency,
  f.rbaKind,
  f.baselineValue,
  f.baselinePeriod,
  f.collectionMethod,
  f.numeratorLabel,
  f.denominatorLabel,
  f.decimals,
  f.allowNegative,
  f.integerOnly,
  f.minValue,
  f.maxValue,
  f.allowRatioAboveOne,
  f.jumpWarningShare,
];

@Injectable()
export class IndicatorsRepository {
  private filterSql(filter: { goalId?: string; status?: IndicatorStatusName }, params: unknown[]): string {
    let sql = '';
    if (filter.status) {
      params.push(filter.status);
      sql += ` AND i.status = $${params.length}`;
    }
    if (filter.goalId) {
      params.push(filter.goalId);
      sql += ` AND EXISTS (SELECT 1 FROM indicator_goals ig WHERE ig.alliance_id = i.alliance_id AND ig.indicator_id = i.id AND ig.goal_id = $${params.length})`;
    }
    return sql;
  }

  /** One page (fetches `first + 1` rows so the caller can tell whether more follow). */
  list(em: EntityManager, allianceId: string, filter: { goalId?: string; status?: IndicatorStatusName }, first: number, after?: IndicatorCursor) {
    const params: unknown[] = [allianceId];
    let where = this.filterSql(filter, params);
    if (after) {
      params.push(...after);
      const n = params.length;
      where += ` AND ${SORT} > ($${n - 3}::boolean, $${n - 2}::text, $${n - 1}::text, $${n}::uuid)`;
    }
    params.push(first + 1);
    return rows<IndicatorModel>(
      em,
      `SELECT ${INDICATOR_COLUMNS} FROM indicators i WHERE i.alliance_id = $1${where} ORDER BY ${SORT} LIMIT $${params.length}`,
      params,
    );
  }

  async count(em: EntityManager, allianceId: string, filter: { goalId?: string; status?: IndicatorStatusName }): Promise<number> {
    const params: unknown[] = [allianceId];
    const where = this.filterSql(filter, params);
    return (await one<{ n: number }>(em, `SELECT count(*)::int AS n FROM indicators i WHERE i.alliance_id = $1${where}`, params))!.n;
  }

  get(em: EntityManager, allianceId: string, id: string): Promise<IndicatorModel | undefined> {
    return one<IndicatorModel>(em, `SELECT ${INDICATOR_COLUMNS} FROM indicators i WHERE i.alliance_id = $1 AND i.id = $2`, [allianceId, id]);
  }

  /**
   * The indicator's own columns. `lock` takes FOR UPDATE, which waits for (and then blocks)
   * measurements being inserted for it: their foreign key check holds a KEY SHARE lock.
   */
  getRow(em: EntityManager, allianceId: string, id: string, lock = false): Promise<IndicatorRow | undefined> {
    return one<IndicatorRow>(em, `SELECT ${INDICATOR_SCALARS} FROM indicators i WHERE i.alliance_id = $1 AND i.id = $2${lock ? ' FOR UPDATE' : ''}`, [
      allianceId,
      id,
    ]);
  }

  async exists(em: EntityManager, allianceId: string, id: string): Promise<boolean> {
    return !!(await one(em, `SELECT 1 FROM indicators WHERE alliance_id = $1 AND id = $2`, [allianceId, id]));
  }

  /**
   * Codes are unique per alliance, ignoring case. The check runs under a transaction-level
   * advisory lock on (alliance, code), so two concurrent saves of the same code cannot both pass.
   */
  async codeTaken(em: EntityManager, allianceId: string, code: string, exceptId: string | null): Promise<boolean> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended('indicator-code:' || $1 || ':' || lower($2), 0))`, [allianceId, code]);
    return !!(await one(em, `SELECT 1 FROM indicators WHERE alliance_id = $1 AND lower(code) = lower($2) AND ($3::uuid IS NULL OR id <> $3::uuid)`, [
      allianceId,
      code,
      exceptId,
    ]));
  }

  async insert(em: EntityManager, allianceId: string, id: string, f: IndicatorFields): Promise<void> {
    await em.query(
      `INSERT INTO indicators (alliance_id, id, code, name, definition, unit, direction, aggregation, frequency, rba_kind,
                               baseline_value, baseline_period, collection_method, numerator_label, denominator_label, decimals,
                               allow_negative, integer_only, min_value, max_value, allow_ratio_above_one, jump_warning_share)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)`,
      [allianceId, id, ...fieldParams(f)],
    );
  }

  update(em: EntityManager, allianceId: string, id: string, version: number, f: IndicatorFields): Promise<IndicatorRow> {
    return updateVersioned<IndicatorRow>(
      em,
      'Indicator',
      `UPDATE indicators i SET code = $4, name = $5, definition = $6, unit = $7, direction = $8, aggregation = $9, frequency = $10,
              rba_kind = $11, baseline_value = $12, baseline_period = $13, collection_method = $14, numerator_label = $15,
              denominator_label = $16, decimals = $17, allow_negative = $18, integer_only = $19, min_value = $20, max_value = $21,
              allow_ratio_above_one = $22, jump_warning_share = $23, version = version + 1, updated_at = now()
        WHERE alliance_id = $1 AND id = $2 AND version = $3 RETURNING ${INDICATOR_SCALARS}`,
      [allianceId, id, version, ...fieldParams(f)],
      () => this.exists(em, allianceId, id),
    );
  }

  setStatus(em: EntityManager, allianceId: string, id: string, version: number, status: IndicatorStatusName): Promise<IndicatorRow> {
    return updateVersioned<IndicatorRow>(
      em,
      'Indicator',
      `UPDATE indicators i SET status = $4, version = version + 1, updated_at = now()
        WHERE alliance_id = $1 AND id = $2 AND version = $3 RETURNING ${INDICATOR_SCALARS}`,
      [allianceId, id, version, status],
      () => this.exists(em, allianceId, id),
    );
  }

  /** Links are part of the indicator: changing them moves its version on. */
  bumpVersion(em: EntityManager, allianceId: string, id: string, version: number): Promise<IndicatorRow> {
    return updateVersioned<IndicatorRow>(
      em,
      'Indicator',
      `UPDATE indicators i SET version = version + 1, updated_at = now()
        WHERE alliance_id = $1 AND id = $2 AND version = $3 RETURNING ${INDICATOR_SCALARS}`,
      [allianceId, id, version],
      () => this.exists(em, allianceId, id),
    );
  }

  async hasMeasurements(em: EntityManager, allianceId: string, id: string): Promise<boolean> {
    return !!(await one(em, `SELECT 1 FROM measurements WHERE alliance_id = $1 AND indicator_id = $2 LIMIT 1`, [allianceId, id]));
  }

  async hasTargetsMatching(em: EntityManager, allianceId: string, id: string, pattern: string): Promise<boolean> {
    return !!(await one(em, `SELECT 1 FROM targets WHERE alliance_id = $1 AND indicator_id = $2 AND period_key ~ $3 LIMIT 1`, [allianceId, id, pattern]));
  }

  // ── goal and dimension links ──

  async goalIds(em: EntityManager, allianceId: string, id: string): Promise<string[]> {
    const r = await rows<{ goal_id: string }>(em, `SELECT goal_id FROM indicator_goals WHERE alliance_id = $1 AND indicator_id = $2 ORDER BY goal_id`, [
      allianceId,
      id,
    ]);
    return r.map((x) => x.goal_id);
  }

  async countGoals(em: EntityManager, allianceId: string, ids: string[]): Promise<number> {
    return (await one<{ n: number }>(em, `SELECT count(*)::int AS n FROM goals WHERE alliance_id = $1 AND id = ANY($2::uuid[])`, [allianceId, ids]))!.n;
  }

  async replaceGoals(em: EntityManager, allianceId: string, id: string, goalIds: string[]): Promise<void> {
    await em.query(`DELETE FROM indicator_goals WHERE alliance_id = $1 AND indicator_id = $2 AND NOT (goal_id = ANY($3::uuid[]))`, [allianceId, id, goalIds]);
    await em.query(`INSERT INTO indicator_goals (alliance_id, indicator_id, goal_id) SELECT $1, $2, unnest($3::uuid[]) ON CONFLICT DO NOTHING`, [
      allianceId,
      id,
      goalIds,
    ]);
  }

  async dimensionIds(em: EntityManager, allianceId: string, id: string): Promise<string[]> {
    const r = await rows<{ dimension_id: string }>(
      em,
      `SELECT dimension_id FROM indicator_dimensions WHERE alliance_id = $1 AND indicator_id = $2 ORDER BY dimension_id`,
      [allianceId, id],
    );
    return r.map((x) => x.dimension_id);
  }

  async replaceDimensions(em: EntityManager, allianceId: string, id: string, dimensionIds: string[]): Promise<void> {
    await em.query(`DELETE FROM indicator_dimensions WHERE alliance_id = $1 AND indicator_id = $2 AND NOT (dimension_id = ANY($3::uuid[]))`, [
      allianceId,
      id,
      dimensionIds,
    ]);
    await em.query(`INSERT INTO indicator_dimensions (alliance_id, indicator_id, dimension_id) SELECT $1, $2, unnest($3::uuid[]) ON CONFLICT DO NOTHING`, [
      allianceId,
      id,
      dimensionIds,
    ]);
  }

  /**
   * The first of `dimensionIds` whose categories hold parts of this indicator's measurements.
   * The categories are locked first, so a part being written for one of them is either seen
   * here or waits until this transaction ends.
   */
  async dimensionInUse(em: EntityManager, allianceId: string, indicatorId: string, dimensionIds: string[]): Promise<string | undefined> {
    if (!dimensionIds.length) return undefined;
    await em.query(`SELECT 1 FROM dimension_categories WHERE alliance_id = $1 AND dimension_id = ANY($2::uuid[]) FOR UPDATE`, [allianceId, dimensionIds]);
    const r = await one<{ name: string }>(
      em,
      `SELECT d.name FROM dimensions d
        WHERE d.alliance_id = $1 AND d.id = ANY($3::uuid[])
          AND EXISTS (SELECT 1 FROM measurement_parts mp
                        JOIN measurements m ON m.alliance_id = mp.alliance_id AND m.id = mp.measurement_id
                        JOIN dimension_categories c ON c.alliance_id = mp.alliance_id AND c.id = mp.category_id
                       WHERE mp.alliance_id = d.alliance_id AND m.indicator_id = $2 AND c.dimension_id = d.id)
        ORDER BY d.name LIMIT 1`,
      [allianceId, indicatorId, dimensionIds],
    );
    return r?.name;
  }
}
