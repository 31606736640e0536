-- Scenario "seriesCategory": indicatorSeries by CATEGORY — per indicator one line per category of
-- each of its dimensions; actual per period: SUM → sum of the approved parts, LATEST → the part of
-- the value approved last, else their average (null where no approved value has that part).
-- params: $1 alliance uuid, $2 from text (year), $3 to text (year), $4 indicator ids uuid[]
-- result: [{ indicatorId, key (category id), label ('<dimension>: <category>'), periods, actual }]
WITH ind AS (
  SELECT id, aggregation, frequency::text AS frequency FROM indicators WHERE alliance_id = $1 AND id = ANY($4::uuid[])
),
per AS (
  SELECT 'MONTHLY' AS frequency, to_char(d, 'YYYY-MM') AS k, to_char(d, 'YYYY-MM') AS ord
    FROM generate_series(make_date($2::int, 1, 1), make_date($3::int, 12, 1), interval '1 month') d
  UNION ALL
  SELECT 'QUARTERLY', to_char(d, 'YYYY-"Q"Q'), to_char(d, 'YYYY-MM')
    FROM generate_series(make_date($2::int, 1, 1), make_date($3::int, 10, 1), interval '3 months') d
  UNION ALL
  SELECT 'YEARLY', y::text, y::text FROM generate_series($2::int, $3::int) y
),
cells AS (SELECT i.id AS indicator_id, i.aggregation, p.k, p.ord FROM ind i JOIN per p ON p.frequency = i.frequency),
cat AS (
  SELECT idm.indicator_id, k.id AS category_id, d.name || ': ' || k.name AS label, d.name AS dname, k.position
    FROM indicator_dimensions idm
    JOIN dimensions d ON d.alliance_id = $1 AND d.id = idm.dimension_id
    JOIN dimension_categories k ON k.alliance_id = $1 AND k.dimension_id = d.id
   WHERE idm.alliance_id = $1 AND idm.indicator_id IN (SELECT id FROM ind)
),
pv AS MATERIALIZED (
  SELECT m.indicator_id, m.period_key::text AS k, p.category_id,
         CASE c.aggregation WHEN 'SUM' THEN sum(p.value)
                            WHEN 'LATEST' THEN (array_agg(p.value ORDER BY m.reviewed_at DESC, m.id DESC))[1]
                            ELSE avg(p.value) END::float8 AS v
    FROM measurements m
    JOIN ind c ON c.id = m.indicator_id
    JOIN measurement_parts p ON p.alliance_id = $1 AND p.measurement_id = m.id
   WHERE m.alliance_id = $1 AND m.status = 'APPROVED'
     AND m.period_key >= $2::text AND m.period_key < ($3::int + 1)::text
   GROUP BY m.indicator_id, m.period_key, c.aggregation, p.category_id
),
-- per line one map period → value, so the grid below is a lookup and not a join the planner could misjudge
maps AS MATERIALIZED (SELECT indicator_id, category_id, jsonb_object_agg(k, v) AS m FROM pv GROUP BY 1, 2),
series AS (
  SELECT ct.indicator_id, ct.category_id, ct.label, ct.dname, ct.position,
         array_agg(c.k ORDER BY c.ord) AS periods, array_agg((mp.m->>c.k)::float8 ORDER BY c.ord) AS actual
    FROM cat ct
    JOIN cells c ON c.indicator_id = ct.indicator_id
    LEFT JOIN maps mp ON mp.indicator_id = ct.indicator_id AND mp.category_id = ct.category_id
   GROUP BY ct.indicator_id, ct.category_id, ct.label, ct.dname, ct.position
)
SELECT coalesce(json_agg(json_build_object('indicatorId', s.indicator_id, 'key', s.category_id, 'label', s.label, 'periods', s.periods, 'actual', s.actual)
                ORDER BY array_position($4::uuid[], s.indicator_id), s.dname, s.position, s.category_id::text), '[]'::json) AS result
  FROM series s
