import { Injectable } from '@nestjs/common';
import type { SeriesBreakdownName } from '../../core/graphql/enums';
import { EntityManager } from 'typeorm';
import { one, rows } from '../../core/database/sql';
import { ContributionModel, RollupModel, SeriesModel } from './rollups.models';

/**
 * The roll-up arithmetic, once, as CTEs over `cells(indicator_id, period_key, aggregation)` —
 * the (indicator, period) pairs a query asks about. `$1` is the alliance. Only APPROVED values
 * count.
 *   approved     the approved measurements of the cells
 *   pairs        per unordered pair of members with an approved value, the larger of their two
 *                overlap declarations (never more than either value): the same people, once
 *   shares       half of each pair's amount to each side
 *   latest       per cell, the measurement approved last (ties: higher id)
 *   totals       per cell, the roll-up value by the indicator's aggregation
 * `rollupCtes(alliance)` takes the alliance as an SQL expression: `$1` here; `c.alliance_id`
 * when `cells` spans alliances (the reports module's funder portfolio).
 */
export const rollupCtes = (alliance: string) => `
  approved AS (
    SELECT c.indicator_id, c.period_key, c.aggregation, ms.alliance_id, ms.id, ms.membership_id, ms.value, ms.numerator, ms.denominator, ms.reviewed_at
      FROM cells c
      JOIN measurements ms ON ms.alliance_id = ${alliance} AND ms.indicator_id = c.indicator_id AND ms.period_key = c.period_key AND ms.status = 'APPROVED'
  ),
  pairs AS (
    SELECT a.indicator_id, a.period_key,
           LEAST(a.membership_id, b.membership_id) AS m1, GREATEST(a.membership_id, b.membership_id) AS m2,
           max(LEAST(o.amount, a.value, b.value)) AS amount
      FROM approved a
      JOIN measurement_overlaps o ON o.alliance_id = a.alliance_id AND o.measurement_id = a.id
      JOIN approved b ON b.indicator_id = a.indicator_id AND b.period_key = a.period_key AND b.membership_id = o.other_membership_id
     WHERE a.aggregation = 'SUM'
     GROUP BY 1, 2, 3, 4
  ),
  shares AS (
    SELECT indicator_id, period_key, membership_id, sum(amount) / 2 AS deducted
      FROM (SELECT indicator_id, period_key, m1 AS membership_id, amount FROM pairs
            UNION ALL SELECT indicator_id, period_key, m2, amount FROM pairs) s
     GROUP BY 1, 2, 3
  ),
  latest AS (
    SELECT DISTINCT ON (indicator_id, period_key) indicator_id, period_key, id
      FROM approved ORDER BY indicator_id, period_key, reviewed_at DESC, id DESC
  ),
  totals AS (
    SELECT c.indicator_id, c.period_key, c.aggregation, count(a.id)::int AS member_count,
           coalesce((SELECT sum(p.amount) FROM pairs p WHERE p.indicator_id = c.indicator_id AND p.period_key = c.period_key), 0) AS deduplicated,
           CASE c.aggregation
             WHEN 'SUM' THEN sum(a.value) - coalesce((SELECT sum(p.amount) FROM pairs p WHERE p.indicator_id = c.indicator_id AND p.period_key = c.period_key), 0)
             WHEN 'AVERAGE' THEN avg(a.value)
             WHEN 'LATEST' THEN max(a.value) FILTER (WHERE a.id = l.id)
             WHEN 'RATIO' THEN sum(a.numerator) / NULLIF(sum(a.denominator), 0)
           END AS value
      FROM cells c
      LEFT JOIN approved a ON a.indicator_id = c.indicator_id AND a.period_key = c.period_key
      LEFT JOIN latest l ON l.indicator_id = c.indicator_id AND l.period_key = c.period_key
     GROUP BY c.indicator_id, c.period_key, c.aggregation
  )`;
const ROLLUP_CTES = rollupCtes('$1');

/** The target that applies to a period: its own, else its quarter's, else its year's (`keys` in that order). */
export const TARGET_OF = (indicator: string, keys: string, alliance = '$1') => `
  (SELECT tg.value::float8 FROM targets tg
    WHERE tg.alliance_id = ${alliance} AND tg.indicator_id = ${indicator} AND tg.period_key::text = ANY(${keys})
    ORDER BY array_position(${keys}, tg.period_key::text) LIMIT 1)`;

/** The grid of a series query: requested indicators × the period keys of their frequency. */
const SERIES_GRID = `
  periods AS (
    SELECT * FROM unnest($2::text[], $3::text[], $4::int[], $5::text[], $6::text[]) AS p(frequency, period_key, ord, quarter_key, year_key)
  ),
  inds AS (
    SELECT i.id, i.name, i.aggregation, i.frequency, array_position($7::uuid[], i.id) AS pos
      FROM indicators i WHERE i.alliance_id = $1 AND i.id = ANY($7::uuid[])
  ),
  cells AS (
    SELECT i.id AS indicator_id, p.period_key, i.aggregation, p.ord, p.quarter_key, p.year_key
      FROM inds i JOIN periods p ON p.frequency = i.frequency::text
  )`;

/** One series row per chart line; arrays ordered by period. */
const SERIES_BY: Record<SeriesBreakdownName, string> = {
  TOTAL: `
    SELECT i.id AS "indicatorId", 'total' AS key, i.name AS label, i.pos AS s1, ''::text AS s2, 0 AS s3,
           array_agg(c.period_key ORDER BY c.ord) AS periods,
           array_agg(t.value::float8 ORDER BY c.ord) AS actual,
           array_agg(${TARGET_OF('c.indicator_id', 'ARRAY[c.period_key, c.quarter_key, c.year_key]')} ORDER BY c.ord) AS target
      FROM inds i
      JOIN cells c ON c.indicator_id = i.id
      JOIN totals t ON t.indicator_id = c.indicator_id AND t.period_key = c.period_key
     GROUP BY i.id, i.name, i.pos`,
  MEMBER: `
    SELECT i.id AS "indicatorId", mb.id::text AS key, o.name AS label, i.pos AS s1, o.name AS s2, 0 AS s3,
           array_agg(c.period_key ORDER BY c.ord) AS periods,
           array_agg(a.value::float8 ORDER BY c.ord) AS actual,
           array_agg(NULL::float8 ORDER BY c.ord) AS target
      FROM inds i
      JOIN (SELECT DISTINCT indicator_id, membership_id FROM approved) r ON r.indicator_id = i.id
      JOIN memberships mb ON mb.alliance_id = $1 AND mb.id = r.membership_id
      JOIN organisations o ON o.id = mb.organisation_id
      JOIN cells c ON c.indicator_id = i.id
      LEFT JOIN approved a ON a.indicator_id = c.indicator_id AND a.period_key = c.period_key AND a.membership_id = r.membership_id
     GROUP BY i.id, i.pos, mb.id, o.name`,
  // Parts per category: summed for SUM, the last approved for LATEST, else averaged (a RATIO's
  // parts are shares per category). Overlaps are declared for totals only, so no deduplication.
  CATEGORY: `
    SELECT i.id AS "indicatorId", k.id::text AS key, d.name || ': ' || k.name AS label, i.pos AS s1, d.name AS s2, k.position AS s3,
           array_agg(c.period_key ORDER BY c.ord) AS periods,
           array_agg((SELECT CASE i.aggregation
                               WHEN 'SUM' THEN sum(p.value)
                               WHEN 'LATEST' THEN (array_agg(p.value ORDER BY a.reviewed_at DESC, a.id DESC))[1]
                               ELSE avg(p.value) END::float8
                        FROM approved a
                        JOIN measurement_parts p ON p.alliance_id = $1 AND p.measurement_id = a.id AND p.category_id = k.id
                       WHERE a.indicator_id = c.indicator_id AND a.period_key = c.period_key) ORDER BY c.ord) AS actual,
           array_agg(NULL::float8 ORDER BY c.ord) AS target
      FROM inds i
      JOIN indicator_dimensions idm ON idm.alliance_id = $1 AND idm.indicator_id = i.id
      JOIN dimensions d ON d.alliance_id = $1 AND d.id = idm.dimension_id
      JOIN dimension_categories k ON k.alliance_id = $1 AND k.dimension_id = d.id
      JOIN cells c ON c.indicator_id = i.id
     GROUP BY i.id, i.pos, i.aggregation, k.id, k.name, k.position, d.name`,
};

export interface SeriesPeriods {
  frequency: string[];
  periodKey: string[];
  ord: number[];
  quarterKey: (string | null)[];
  yearKey: (string | null)[];
}

@Injectable()
export class RollupsRepository {
  /** `targetKeys`: the period key, then the keys of its quarter and year (where coarser). */
  rollup(em: EntityManager, allianceId: string, indicatorId: string, periodKey: string, targetKeys: string[]): Promise<RollupModel | undefined> {
    return one<RollupModel>(
      em,
      `WITH cells AS (SELECT id AS indicator_id, $3::text AS period_key, aggregation FROM indicators WHERE alliance_id = $1 AND id = $2),
       ${ROLLUP_CTES}
       SELECT t.indicator_id AS "indicatorId", t.period_key AS "periodKey", t.aggregation, t.value::float8 AS value,
              t.member_count AS "memberCount", t.deduplicated::float8 AS deduplicated,
              i.baseline_value::float8 AS baseline, i.baseline_period AS "baselinePeriod",
              ${TARGET_OF('t.indicator_id', '$4::text[]')} AS target
         FROM totals t JOIN indicators i ON i.alliance_id = $1 AND i.id = t.indicator_id`,
      [allianceId, indicatorId, periodKey, targetKeys],
    );
  }

  /** Each member's part of the roll-up; the nets add up to the roll-up value (see ContributionModel). */
  contributions(em: EntityManager, allianceId: string, indicatorId: string, periodKey: string): Promise<ContributionModel[]> {
    return rows<ContributionModel>(
      em,
      `WITH cells AS (SELECT id AS indicator_id, $3::text AS period_key, aggregation FROM indicators WHERE alliance_id = $1 AND id = $2),
       ${ROLLUP_CTES},
       nets AS (
         SELECT a.membership_id, a.id, a.value, coalesce(s.deducted, 0) AS deducted, t.value AS total,
                CASE a.aggregation
                  WHEN 'SUM' THEN a.value - coalesce(s.deducted, 0)
                  WHEN 'AVERAGE' THEN a.value / t.member_count
                  WHEN 'LATEST' THEN CASE WHEN a.id = l.id THEN a.value ELSE 0 END
                  WHEN 'RATIO' THEN a.numerator / NULLIF(sum(a.denominator) OVER (), 0)
                END AS net
           FROM approved a
           JOIN totals t ON t.indicator_id = a.indicator_id AND t.period_key = a.period_key
           JOIN latest l ON l.indicator_id = a.indicator_id AND l.period_key = a.period_key
           LEFT JOIN shares s ON s.indicator_id = a.indicator_id AND s.period_key = a.period_key AND s.membership_id = a.membership_id)
       SELECT n.membership_id AS "membershipId", o.name AS "organisationName", n.id AS "measurementId",
              n.value::float8 AS reported, n.deducted::float8 AS "overlapDeducted", n.net::float8 AS net,
              (n.net / NULLIF(n.total, 0))::float8 AS "shareOfTotal"
         FROM nets n
         JOIN memberships mb ON mb.alliance_id = $1 AND mb.id = n.membership_id
         JOIN organisations o ON o.id = mb.organisation_id
        ORDER BY n.net DESC, o.name, n.membership_id`,
      [allianceId, indicatorId, periodKey],
    );
  }

  /**
   * Chart series of several indicators in ONE statement: the grid of period keys comes in as
   * arrays, the roll-up CTEs compute every cell, and each line leaves as arrays. The row also
   * names the indicators found, so unknown ids can be told apart from indicators without data.
   */
  async series(em: EntityManager, allianceId: string, indicatorIds: string[], periods: SeriesPeriods, by: SeriesBreakdownName) {
    const found = await one<{ found: string[] | null; series: SeriesModel[] }>(
      em,
      `WITH ${SERIES_GRID}, ${ROLLUP_CTES},
       series AS (${SERIES_BY[by]})
       SELECT (SELECT array_agg(id) FROM inds) AS found,
              coalesce((SELECT json_agg(json_build_object('indicatorId', s."indicatorId", 'key', s.key, 'label', s.label, 'periods', s.periods,
                                                          'actual', s.actual, 'target', s.target) ORDER BY s.s1, s.s2, s.s3, s.key)
                          FROM series s), '[]'::json) AS series`,
      [allianceId, periods.frequency, periods.periodKey, periods.ord, periods.quarterKey, periods.yearKey, indicatorIds],
    );
    return { found: found?.found ?? [], series: found?.series ?? [] };
  }
}
