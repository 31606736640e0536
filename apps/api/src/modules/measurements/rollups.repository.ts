import { Injectable } from '@nestjs/common';
import type { SeriesBreakdownName } from '../../core/graphql/enums';
import { EntityManager } from 'typeorm';
import { one, rows } from '../../database/sql';
import { ContributionModel, RollupModel } from './rollups.models';
import { ROLLUP_CTES, TARGET_OF, TOTAL_LINES } from './rollups.sql';

export { ROLLUP_CTES, TARGET_OF } from './rollups.sql';

/** The cell of one indicator ($2) in one period ($3); `$4` are the period's target keys. */
const ONE_CELL = `
  cells AS (
    SELECT $1::uuid AS alliance_id, id AS indicator_id, $3::text AS period_key, aggregation::text AS aggregation,
           frequency::text AS frequency, status = 'ACTIVE' AS active, 0 AS ord, $4::text[] AS target_keys
      FROM indicators WHERE alliance_id = $1 AND id = $2
  )`;

/** The grid of a series query: the indicators `inds` × the period keys of their frequency ($2–$6 as arrays). */
const seriesGrid = (indicatorFilter: string) => `
  periods AS (
    SELECT * FROM unnest($2::text[], $3::text[], $4::int[], $5::text[], $6::text[]) AS p(frequency, period_key, ord, quarter_key, year_key)
  ),
  inds AS MATERIALIZED (
    SELECT i.id, i.frequency, i.aggregation, i.status FROM indicators i WHERE i.alliance_id = $1 AND ${indicatorFilter}
  ),
  cells AS MATERIALIZED (
    SELECT $1::uuid AS alliance_id, i.id AS indicator_id, p.period_key, i.aggregation::text AS aggregation, p.frequency,
           i.status = 'ACTIVE' AS active, p.ord, ARRAY[p.period_key, p.quarter_key, p.year_key]::text[] AS target_keys
      FROM inds i
      JOIN periods p ON p.frequency = i.frequency::text
  )`;

/** Where a member's value is broken down: each part with its share of the member's overlap deduction (SUM). */
const PARTS = `
  parts AS MATERIALIZED (
    SELECT m.indicator_id, m.aggregation, m.ord, m.id, m.reviewed_at, p.category_id, p.value AS part,
           coalesce(m.deducted * p.value / NULLIF(sum(p.value) OVER (PARTITION BY m.id, k.dimension_id), 0), 0) AS part_deducted
      FROM members m
      JOIN measurement_parts p ON p.alliance_id = m.alliance_id AND p.measurement_id = m.id
      JOIN dimension_categories k ON k.alliance_id = p.alliance_id AND k.id = p.category_id
  )`;

/**
 * The non-TOTAL lines, sparse: `points` are [ord, value] pairs, filled into arrays by the service.
 * MEMBER: each member's net (SUM: value − half of each deduplicated overlap; else its value).
 * CATEGORY: SUM spreads a member's deduction over its parts in proportion; members that did not
 * break a dimension down go to that dimension's `none:<dimensionId>` line, so for SUM the lines
 * of a dimension add up to the total. AVERAGE averages the parts, LATEST takes the part of the
 * value approved last, RATIO averages the parts (shares per category).
 */
const LINES: Record<Exclude<SeriesBreakdownName, 'TOTAL'>, string> = {
  MEMBER: `
    lines AS (
      SELECT m.indicator_id, m.membership_id::text AS key, o.name AS label, o.name AS s2, 0 AS s3,
             json_agg(json_build_array(m.ord, m.net::float8)) AS points
        FROM members m
        JOIN memberships mb ON mb.alliance_id = $1 AND mb.id = m.membership_id
        JOIN organisations o ON o.id = mb.organisation_id
       GROUP BY m.indicator_id, m.membership_id, o.name
    )`,
  CATEGORY: `
    ${PARTS},
    lines AS (
      SELECT l.indicator_id, l.key, max(l.label) AS label, max(l.s2) AS s2, max(l.s3) AS s3,
             coalesce(json_agg(json_build_array(l.ord, l.value)) FILTER (WHERE l.ord IS NOT NULL), '[]') AS points
        FROM (
          SELECT i.id AS indicator_id, k.id::text AS key, d.name || ': ' || k.name AS label, d.name AS s2, k.position AS s3,
                 NULL::int AS ord, NULL::float8 AS value
            FROM inds i
            JOIN indicator_dimensions idm ON idm.alliance_id = $1 AND idm.indicator_id = i.id
            JOIN dimensions d ON d.alliance_id = $1 AND d.id = idm.dimension_id
            JOIN dimension_categories k ON k.alliance_id = $1 AND k.dimension_id = d.id
          UNION ALL
          SELECT p.indicator_id, p.category_id::text, NULL, NULL, NULL, p.ord,
                 (CASE p.aggregation WHEN 'SUM' THEN sum(p.part - p.part_deducted)
                                     WHEN 'LATEST' THEN (array_agg(p.part ORDER BY p.reviewed_at DESC, p.id DESC))[1]
                                     ELSE avg(p.part) END)::float8
            FROM parts p GROUP BY p.indicator_id, p.category_id, p.ord, p.aggregation
          UNION ALL
          SELECT n.indicator_id, 'none:' || n.dimension_id, d.name, d.name, 2147483647, n.ord,
                 (CASE n.aggregation WHEN 'SUM' THEN sum(n.net)
                                     WHEN 'LATEST' THEN (array_agg(n.value ORDER BY n.reviewed_at DESC, n.id DESC))[1]
                                     ELSE avg(n.value) END)::float8
            FROM (SELECT m.*, idm.dimension_id
                    FROM members m
                    JOIN indicator_dimensions idm ON idm.alliance_id = m.alliance_id AND idm.indicator_id = m.indicator_id
                   WHERE NOT EXISTS (SELECT 1 FROM measurement_parts p
                                       JOIN dimension_categories k ON k.alliance_id = p.alliance_id AND k.id = p.category_id
                                      WHERE p.alliance_id = m.alliance_id AND p.measurement_id = m.id AND k.dimension_id = idm.dimension_id)) n
            JOIN dimensions d ON d.alliance_id = $1 AND d.id = n.dimension_id
           GROUP BY n.indicator_id, n.dimension_id, d.name, n.ord, n.aggregation
        ) l
       GROUP BY l.indicator_id, l.key
    )`,
};

/** Indicator fields every TOTAL line carries (the dashboard's indicatorProgress needs them). */
const INDICATOR_JSON = `
  'indicatorId', i.id, 'code', i.code, 'name', i.name, 'unit', i.unit, 'decimals', i.decimals, 'direction', i.direction,
  'frequency', i.frequency, 'aggregation', i.aggregation, 'baseline', i.baseline_value::float8`;

/**
 * ONE statement for a series request: `totals` are the TOTAL lines with their completeness,
 * `lines` the sparse MEMBER/CATEGORY lines. `order` sorts indicators (alias `i` = indicators).
 */
const seriesSql = (indicatorFilter: string, by: SeriesBreakdownName, order: string) => `
  WITH ${seriesGrid(indicatorFilter)}, ${ROLLUP_CTES}, ${TOTAL_LINES}
  ${by === 'TOTAL' ? '' : `, ${LINES[by]}`}
  SELECT (SELECT array_agg(id) FROM inds) AS found,
         coalesce((SELECT json_agg(json_build_object(${INDICATOR_JSON}, 'periods', tl.periods, 'actual', tl.actual, 'target', tl.target,
                                                     'approvedReports', tl."approvedReports", 'expectedReports', tl."expectedReports",
                                                     'provisional', tl.provisional, 'base', tl.base, 'fromParticipation', tl."fromParticipation")
                                   ORDER BY ${order})
                     FROM total_lines tl JOIN indicators i ON i.alliance_id = $1 AND i.id = tl.indicator_id), '[]'::json) AS totals,
         ${
           by === 'TOTAL'
             ? `'[]'::json`
             : `coalesce((SELECT json_agg(json_build_object('indicatorId', l.indicator_id, 'key', l.key, 'label', l.label, 'points', l.points)
                                       ORDER BY array_position($7::uuid[], l.indicator_id), l.s2, l.s3, l.key)
                           FROM lines l), '[]'::json)`
         } AS lines`;

/** A roll-up with the base of small-number protection (RATIO: Σ denominators). */
export type RollupRow = RollupModel & { base: number | null };

export interface SeriesPeriods {
  frequency: string[];
  periodKey: string[];
  ord: number[];
  quarterKey: (string | null)[];
  yearKey: (string | null)[];
}

/** A TOTAL line as the statement returns it: the indicator's fields and parallel arrays. */
export interface TotalLineRow {
  indicatorId: string;
  code: string | null;
  name: string;
  unit: string;
  decimals: number;
  direction: string;
  frequency: string;
  aggregation: string;
  baseline: number | null;
  periods: string[];
  actual: (number | null)[];
  target: (number | null)[];
  approvedReports: number[];
  expectedReports: number[];
  provisional: boolean[];
  /** Per period, RATIO: Σ denominators (small-number protection); else null. */
  base: (number | null)[];
  /** The values come from approved participation items (citizens' reports/feedback), not from members. */
  fromParticipation: boolean;
}

export interface SparseLineRow {
  indicatorId: string;
  key: string;
  label: string;
  points: [number, number | null][];
}

@Injectable()
export class RollupsRepository {
  /** `targetKeys`: the period key, then the keys of its quarter and year (where coarser). */
  rollup(em: EntityManager, allianceId: string, indicatorId: string, periodKey: string, targetKeys: string[]): Promise<RollupRow | undefined> {
    return one<RollupRow>(
      em,
      `WITH ${ONE_CELL}, ${ROLLUP_CTES}
       SELECT t.indicator_id AS "indicatorId", t.period_key AS "periodKey", t.aggregation, t.value::float8 AS value,
              t.member_count AS "memberCount", t.deduplicated::float8 AS deduplicated,
              t.expected_reports AS "expectedReports", t.approved_reports AS "approvedReports",
              t.period_closed AS "periodClosed", t.provisional, t.base::float8 AS base, t.from_participation AS "fromParticipation",
              i.baseline_value::float8 AS baseline, i.baseline_period AS "baselinePeriod",
              ${TARGET_OF('t.indicator_id', 't.target_keys')} AS target
         FROM totals t JOIN indicators i ON i.alliance_id = $1 AND i.id = t.indicator_id`,
      [allianceId, indicatorId, periodKey, targetKeys],
    );
  }

  /** Each member's part of the roll-up; the nets add up to the roll-up value (see ContributionModel). One cell only. */
  contributions(em: EntityManager, allianceId: string, indicatorId: string, periodKey: string): Promise<ContributionModel[]> {
    return rows<ContributionModel>(
      em,
      `WITH ${ONE_CELL}, ${ROLLUP_CTES},
       nets AS (
         SELECT m.membership_id, m.id, m.value, m.deducted, t.value AS total,
                CASE m.aggregation
                  WHEN 'SUM' THEN m.net
                  WHEN 'AVERAGE' THEN m.value / t.member_count
                  WHEN 'LATEST' THEN CASE WHEN m.is_latest THEN m.value ELSE 0 END
                  WHEN 'RATIO' THEN m.numerator / NULLIF(sum(m.denominator) OVER (), 0)
                END AS net
           FROM members m CROSS JOIN totals t)
       SELECT n.membership_id AS "membershipId", o.name AS "organisationName", n.id AS "measurementId",
              n.value::float8 AS reported, n.deducted::float8 AS "overlapDeducted", n.net::float8 AS net,
              (n.net / NULLIF(n.total, 0))::float8 AS "shareOfTotal"
         FROM nets n
         JOIN memberships mb ON mb.alliance_id = $1 AND mb.id = n.membership_id
         JOIN organisations o ON o.id = mb.organisation_id
        ORDER BY n.net DESC, o.name, n.membership_id`,
      [allianceId, indicatorId, periodKey, null],
    );
  }

  /**
   * Chart lines of several indicators in ONE statement: the grid of period keys comes in as
   * arrays, the roll-up CTEs compute every cell, and each line leaves as arrays (MEMBER and
   * CATEGORY lines sparse). `found` names the indicators found, so unknown ids can be told apart
   * from indicators without data.
   */
  async series(em: EntityManager, allianceId: string, indicatorIds: string[], periods: SeriesPeriods, by: SeriesBreakdownName) {
    const row = await one<{ found: string[] | null; totals: TotalLineRow[]; lines: SparseLineRow[] }>(
      em,
      seriesSql('i.id = ANY($7::uuid[])', by, 'array_position($7::uuid[], i.id)'),
      [...periodParams(periods, allianceId), indicatorIds],
    );
    return { found: row?.found ?? [], totals: row?.totals ?? [], lines: row?.lines ?? [] };
  }

  /** Every ACTIVE indicator's TOTAL line with completeness, in ONE statement (the dashboard). */
  async progress(em: EntityManager, allianceId: string, periods: SeriesPeriods): Promise<TotalLineRow[]> {
    const row = await one<{ totals: TotalLineRow[] }>(
      em,
      seriesSql(`i.status = 'ACTIVE'`, 'TOTAL', 'i.code NULLS LAST, i.name, i.id'),
      periodParams(periods, allianceId),
    );
    return row?.totals ?? [];
  }
}

const periodParams = (p: SeriesPeriods, allianceId: string) => [allianceId, p.frequency, p.periodKey, p.ord, p.quarterKey, p.yearKey];
