import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { one } from '../../database/sql';
import { ROLLUP_CTES } from '../measurements/rollups.sql';
import type { CellMemberRow, CellPartRow, CellTotalRow } from './cell-facts';

/**
 * Everything published about some roll-up cells, in ONE statement over the roll-up CTEs (so the
 * numbers are the ones the views show): each cell's total and base, its approved values with
 * their nets, the members' parts, and each indicator's dimensions with their categories. Each
 * part leaves as a flat array; the CTEs are never joined to each other (see rollups.sql.ts).
 */
const CELL_FACTS = `
  WITH cells AS MATERIALIZED (
    SELECT $1::uuid AS alliance_id, i.id AS indicator_id, c.period_key, i.aggregation::text AS aggregation, i.frequency::text AS frequency,
           i.status = 'ACTIVE' AS active, c.ord::int AS ord, ARRAY[]::text[] AS target_keys
      FROM unnest($2::uuid[], $3::text[]) WITH ORDINALITY AS c(indicator_id, period_key, ord)
      JOIN indicators i ON i.alliance_id = $1 AND i.id = c.indicator_id
  ),
  ${ROLLUP_CTES}
  SELECT
    coalesce((SELECT json_agg(json_build_object('indicatorId', t.indicator_id, 'periodKey', t.period_key, 'aggregation', t.aggregation,
                                                'total', t.value::float8, 'base', t.base::float8))
                FROM totals t), '[]') AS totals,
    coalesce((SELECT json_agg(json_build_object('indicatorId', m.indicator_id, 'periodKey', m.period_key, 'membershipId', m.membership_id,
                                                'value', m.value::float8, 'net', m.net::float8, 'deducted', m.deducted::float8,
                                                'numerator', m.numerator::float8, 'denominator', m.denominator::float8, 'isLatest', m.is_latest)
                               ORDER BY m.reviewed_at DESC, m.id DESC)
                FROM members m), '[]') AS members,
    coalesce((SELECT json_agg(json_build_object('indicatorId', m.indicator_id, 'periodKey', m.period_key, 'membershipId', m.membership_id,
                                                'dimensionId', k.dimension_id, 'categoryId', p.category_id, 'value', p.value::float8))
                FROM members m
                JOIN measurement_parts p ON p.alliance_id = m.alliance_id AND p.measurement_id = m.id
                JOIN dimension_categories k ON k.alliance_id = p.alliance_id AND k.id = p.category_id), '[]') AS parts,
    coalesce((SELECT json_agg(json_build_object('indicatorId', d.indicator_id, 'dimensionId', d.dimension_id, 'categoryIds', d.categories))
                FROM (SELECT idm.indicator_id, idm.dimension_id, array_agg(k.id ORDER BY k.position, k.id) AS categories
                        FROM indicator_dimensions idm
                        JOIN dimension_categories k ON k.alliance_id = idm.alliance_id AND k.dimension_id = idm.dimension_id
                       WHERE idm.alliance_id = $1 AND idm.indicator_id = ANY($2::uuid[])
                       GROUP BY idm.indicator_id, idm.dimension_id) d), '[]') AS dimensions`;

export interface CellFactRows {
  totals: CellTotalRow[];
  members: CellMemberRow[];
  parts: CellPartRow[];
  dimensions: { indicatorId: string; dimensionId: string; categoryIds: string[] }[];
}

@Injectable()
export class CellFactsRepository {
  async cellFacts(em: EntityManager, allianceId: string, cells: { indicatorId: string; periodKey: string }[]): Promise<CellFactRows> {
    const row = await one<CellFactRows>(em, CELL_FACTS, [allianceId, cells.map((c) => c.indicatorId), cells.map((c) => c.periodKey)]);
    return row ?? { totals: [], members: [], parts: [], dimensions: [] };
  }
}
