import { PARTICIPATION_CELLS } from '../participation/participation-indicator.sql';

/**
 * The roll-up arithmetic, once, as CTEs over
 *   cells(alliance_id, indicator_id, period_key, aggregation text, frequency text, active bool, ord int, target_keys text[])
 * — the (indicator, period) cells a query asks about; `ord` is the cell's position on its line
 * (unique per indicator: cells of one indicator are told apart by it, integers sort fast),
 * `target_keys` the period keys whose target applies (own, quarter, year). Only APPROVED values count.
 *
 * Why it looks like this: under row-level security the planner may estimate one row for any of
 * these CTEs and then pick nested loops. A nested loop whose inner side is a CTE scan rescans the
 * whole CTE per outer row, i.e. quadratic work. So no CTE is ever joined to another CTE here:
 * CTEs only probe base tables through indexes (linear whatever the plan), and values of the same
 * cell are brought together by UNION ALL + one window/GROUP BY over (indicator_id, ord).
 *
 *   citizen    per cell of a participation-sourced indicator its value from approved citizens'
 *              reports/feedback (participation/participation-indicator.sql.ts); such a cell expects
 *              no member reports (expected 0), its value replaces the members' roll-up
 *   approved   the approved measurements of the cells, with whether the member is an expected
 *              reporter (ACTIVE PARTNER) and whether the value was approved last in its cell
 *   pairs      per unordered pair of members with an approved value, the larger of their two
 *              overlap declarations (never more than either value): the same people, once
 *   members    one row per approved value with `deducted`: half of each pair it belongs to
 *   partners   the ACTIVE PARTNER memberships per alliance (a handful of rows: alliances, not cells)
 *   totals     one row per cell: the roll-up value by aggregation, and its completeness
 *              (expected/approved reports, periodClosed, provisional; see CONTRACT.md), and for
 *              RATIO its `base` (Σ denominators: the people the share rests on, for small-number protection)
 */
export const ROLLUP_CTES = `
  ${PARTICIPATION_CELLS},
  approved AS MATERIALIZED (
    SELECT c.alliance_id, c.indicator_id, c.period_key, c.aggregation, c.ord, ms.id, ms.membership_id,
           -- A RATIO value is the member's share; rows written without it (older demo seeds, imports) get it here.
           coalesce(ms.value, ms.numerator / NULLIF(ms.denominator, 0)) AS value, ms.numerator, ms.denominator, ms.reviewed_at,
           NOT (c.active AND EXISTS (SELECT 1 FROM memberships mb WHERE mb.alliance_id = ms.alliance_id AND mb.id = ms.membership_id
                                                                   AND mb.role = 'PARTNER' AND mb.state = 'ACTIVE')) AS extra,
           row_number() OVER (PARTITION BY c.indicator_id, c.ord ORDER BY ms.reviewed_at DESC, ms.id DESC) = 1 AS is_latest
      FROM cells c
      JOIN measurements ms ON ms.alliance_id = c.alliance_id AND ms.indicator_id = c.indicator_id
                          AND ms.period_key = c.period_key AND ms.status = 'APPROVED'
  ),
  pairs AS MATERIALIZED (
    SELECT x.indicator_id, x.ord, LEAST(x.membership_id, x.other) AS m1, GREATEST(x.membership_id, x.other) AS m2,
           max(LEAST(x.amount, x.value, x.other_value)) AS amount
      FROM (SELECT a.indicator_id, a.ord, a.period_key, a.membership_id, a.value, o.other_membership_id AS other, o.amount,
                   -- The other member's approved value in the same cell: one index probe per declaration.
                   (SELECT b.value FROM measurements b
                     WHERE b.alliance_id = a.alliance_id AND b.indicator_id = a.indicator_id AND b.period_key = a.period_key
                       AND b.membership_id = o.other_membership_id AND b.status = 'APPROVED') AS other_value
              FROM approved a
              JOIN measurement_overlaps o ON o.alliance_id = a.alliance_id AND o.measurement_id = a.id
             WHERE a.aggregation = 'SUM') x
     WHERE x.other_value IS NOT NULL
     GROUP BY 1, 2, 3, 4
  ),
  members AS MATERIALIZED (
    SELECT w.alliance_id, w.indicator_id, w.period_key, w.aggregation, w.ord, w.id, w.membership_id, w.value, w.numerator,
           w.denominator, w.reviewed_at, w.extra, w.is_latest, w.deducted,
           CASE WHEN w.aggregation = 'SUM' THEN w.value - w.deducted ELSE w.value END AS net
      FROM (SELECT u.*, sum(u.share) OVER (PARTITION BY u.indicator_id, u.ord, u.membership_id) AS deducted
              FROM (SELECT a.*, 0::numeric AS share FROM approved a
                    UNION ALL
                    SELECT NULL, s.indicator_id, NULL, NULL, s.ord, NULL, s.membership_id, NULL, NULL, NULL, NULL, NULL, NULL, s.amount / 2
                      FROM pairs p CROSS JOIN LATERAL (VALUES (p.indicator_id, p.ord, p.m1, p.amount), (p.indicator_id, p.ord, p.m2, p.amount))
                           AS s(indicator_id, ord, membership_id, amount)) u) w
     WHERE w.id IS NOT NULL
  ),
  sums AS (
    SELECT x.* FROM (
      SELECT u.is_cell, u.alliance_id, u.indicator_id, u.period_key, u.aggregation, u.frequency, u.active, u.ord, u.target_keys,
             count(u.id) OVER w AS n, count(u.id) FILTER (WHERE u.extra) OVER w AS extra,
             sum(u.value) OVER w AS value_sum, coalesce(sum(u.deducted) OVER w, 0) AS deduplicated, avg(u.value) OVER w AS value_avg,
             max(u.value) FILTER (WHERE u.is_latest) OVER w AS value_latest,
             sum(u.numerator) OVER w / NULLIF(sum(u.denominator) OVER w, 0) AS value_ratio, sum(u.denominator) OVER w AS den_sum,
             coalesce(bool_or(u.sourced) OVER w, false) AS sourced, max(u.citizen) OVER w AS citizen, coalesce(bool_or(u.citizen_open) OVER w, false) AS citizen_open
        FROM (SELECT true AS is_cell, c.alliance_id, c.indicator_id, c.period_key, c.aggregation, c.frequency, c.active, c.ord, c.target_keys,
                     NULL::uuid AS id, NULL::numeric AS value, NULL::numeric AS numerator, NULL::numeric AS denominator,
                     NULL::numeric AS deducted, NULL::boolean AS extra, NULL::boolean AS is_latest,
                     NULL::boolean AS sourced, NULL::numeric AS citizen, NULL::boolean AS citizen_open
                FROM cells c
              UNION ALL
              SELECT false, NULL, m.indicator_id, NULL, NULL, NULL, NULL, m.ord, NULL,
                     m.id, m.value, m.numerator, m.denominator, m.deducted, m.extra, m.is_latest, NULL, NULL, NULL
                FROM members m
              UNION ALL
              SELECT false, NULL, z.indicator_id, NULL, NULL, NULL, NULL, z.ord, NULL,
                     NULL, NULL, NULL, NULL, NULL, NULL, NULL, true, z.value, z.open
                FROM citizen z) u
      WINDOW w AS (PARTITION BY u.indicator_id, u.ord)) x
     WHERE x.is_cell
  ),
  partners AS MATERIALIZED (
    SELECT mb.alliance_id, count(*) AS n FROM memberships mb
     WHERE mb.alliance_id IN (SELECT DISTINCT alliance_id FROM cells) AND mb.role = 'PARTNER' AND mb.state = 'ACTIVE'
     GROUP BY mb.alliance_id
  ),
  totals AS MATERIALIZED (
    SELECT s.alliance_id, s.indicator_id, s.period_key, s.aggregation, s.frequency, s.ord, s.target_keys,
           s.n::int AS member_count, s.deduplicated,
           CASE WHEN s.sourced THEN s.citizen
                ELSE CASE s.aggregation WHEN 'SUM' THEN s.value_sum - s.deduplicated WHEN 'AVERAGE' THEN s.value_avg
                                        WHEN 'LATEST' THEN s.value_latest WHEN 'RATIO' THEN s.value_ratio END END AS value,
           CASE WHEN s.sourced THEN 0 ELSE s.n END::int AS approved_reports,
           CASE WHEN s.sourced THEN 0 ELSE s.partners + s.extra END::int AS expected_reports, s.closed AS period_closed,
           CASE WHEN s.sourced THEN s.citizen WHEN s.aggregation = 'RATIO' THEN s.den_sum END AS base,
           CASE WHEN s.sourced THEN s.citizen_open ELSE NOT s.closed AND s.n < s.partners + s.extra END AS provisional,
           s.sourced AS from_participation
      FROM (SELECT s.*,
                   CASE WHEN s.active AND NOT s.sourced THEN coalesce((SELECT p.n FROM partners p WHERE p.alliance_id = s.alliance_id), 0) ELSE 0 END AS partners,
                   EXISTS (SELECT 1 FROM reporting_periods rp
                            WHERE rp.alliance_id = s.alliance_id AND rp.frequency::text = s.frequency AND rp.period_key = s.period_key
                              AND rp.state = 'CLOSED') AS closed
              FROM sums s) s
  )`;

/**
 * The target that applies to a period: its own, else its quarter's, else its year's (`keys` in
 * that order, up to three). Three exact probes of uq_targets_period (varchar = varchar, so the
 * index serves all three columns): a lookup per cell, never a scan of the alliance's targets.
 */
export const TARGET_OF = (indicator: string, keys: string, alliance = '$1') => {
  const probe = (i: number) => `(SELECT tg.value::float8 FROM targets tg
      WHERE tg.alliance_id = ${alliance} AND tg.indicator_id = ${indicator} AND tg.period_key = ((${keys})[${i}])::varchar)`;
  return `coalesce(${probe(1)}, ${probe(2)}, ${probe(3)})`;
};

/** Per indicator, its TOTAL line and the cells' completeness as arrays ordered by `ord` (one GROUP BY over `totals`). */
export const TOTAL_LINES = `
  total_lines AS (
    SELECT t.indicator_id, array_agg(t.period_key ORDER BY t.ord) AS periods,
           array_agg(t.value::float8 ORDER BY t.ord) AS actual,
           array_agg(${TARGET_OF('t.indicator_id', 't.target_keys', 't.alliance_id')} ORDER BY t.ord) AS target,
           array_agg(t.approved_reports ORDER BY t.ord) AS "approvedReports",
           array_agg(t.expected_reports ORDER BY t.ord) AS "expectedReports",
           array_agg(t.provisional ORDER BY t.ord) AS provisional,
           array_agg(t.base::float8 ORDER BY t.ord) AS base,
           bool_or(t.from_participation) AS "fromParticipation"
      FROM totals t GROUP BY t.indicator_id
  )`;
