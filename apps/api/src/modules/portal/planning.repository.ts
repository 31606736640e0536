import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { rows } from '../../database/sql';

export interface PlanningDistrictRow {
  id: string;
  name: string;
  population: number | null;
  byTargetGroup: Record<string, number>;
  hasShape: boolean;
  offers: number;
}

export interface PlanningCellRow {
  districtId: string | null;
  targetGroup: string;
  offers: number;
  activities: number;
}

/** Publicly visible offers: published and not hidden for want of confirmation. */
const VISIBLE = `o.status = 'PUBLISHED' AND o.stale_hidden_at IS NULL`;

/** Counts for the planning view, aggregated in SQL: offers and activities per district × target group. */
@Injectable()
export class PlanningRepository {
  districts(em: EntityManager, allianceId: string): Promise<PlanningDistrictRow[]> {
    return rows(
      em,
      `SELECT d.id, d.name, pp.population, coalesce(pp.by_target_group, '{}'::jsonb) AS "byTargetGroup", d.geojson IS NOT NULL AS "hasShape",
              (SELECT count(*)::int FROM portal_offers o WHERE o.alliance_id = d.alliance_id AND o.district_id = d.id AND ${VISIBLE}) AS offers
         FROM districts d
         LEFT JOIN portal_district_populations pp ON pp.alliance_id = d.alliance_id AND pp.district_id = d.id
        WHERE d.alliance_id = $1
        ORDER BY d.name`,
      [allianceId],
    );
  }

  cells(em: EntityManager, allianceId: string): Promise<PlanningCellRow[]> {
    return rows(
      em,
      `WITH offers AS (
         SELECT o.district_id, tg AS target_group, count(*)::int AS n
           FROM portal_offers o CROSS JOIN LATERAL unnest(o.target_groups) tg
          WHERE o.alliance_id = $1 AND ${VISIBLE}
          GROUP BY 1, 2
       ), acts AS (
         SELECT a.district_id, tg AS target_group, count(*)::int AS n
           FROM activities a CROSS JOIN LATERAL unnest(a.target_groups) tg
          WHERE a.alliance_id = $1 AND a.status <> 'CANCELLED'
          GROUP BY 1, 2
       )
       SELECT coalesce(o.district_id, a.district_id) AS "districtId", coalesce(o.target_group, a.target_group) AS "targetGroup",
              coalesce(o.n, 0) AS offers, coalesce(a.n, 0) AS activities
         FROM offers o FULL JOIN acts a ON a.district_id IS NOT DISTINCT FROM o.district_id AND a.target_group = o.target_group`,
      [allianceId],
    );
  }
}
