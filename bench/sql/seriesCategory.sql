-- Scenario "seriesCategory": indicatorSeries by CATEGORY — per indicator one line per category of
-- each of its dimensions, plus per dimension one line `none:<dimensionId>` (label: the dimension's
-- name) for the members that did not break their value down in it (only where there are such values).
-- Per period: SUM → the sum of the approved parts, each minus its share of the member's overlap
-- deduction (in proportion to the parts), and on the none line the members' nets, so the lines of a
-- dimension add up to the total; LATEST → the part (value) approved last; else their average.
-- params: $1 alliance uuid, $2 from text (year), $3 to text (year), $4 indicator ids uuid[]
-- result: [{ indicatorId, key (category id | none:<dimension id>), label, periods, actual }]
WITH ind AS (
  SELECT id, aggregation::text AS aggregation, frequency::text AS frequency FROM indicators WHERE alliance_id = $1 AND id = ANY($4::uuid[])
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
cells AS (SELECT i.id AS indicator_id, p.k, p.ord FROM ind i JOIN per p ON p.frequency = i.frequency),
idim AS MATERIALIZED (
  SELECT idm.indicator_id, d.id AS dimension_id, d.name AS dname
    FROM indicator_dimensions idm JOIN dimensions d ON d.alliance_id = $1 AND d.id = idm.dimension_id
   WHERE idm.alliance_id = $1 AND idm.indicator_id IN (SELECT id FROM ind)
),
cat AS (
  SELECT i.indicator_id, k.id::text AS key, i.dname || ': ' || k.name AS label
    FROM idim i JOIN dimension_categories k ON k.alliance_id = $1 AND k.dimension_id = i.dimension_id
),
ap AS MATERIALIZED (
  SELECT m.indicator_id, c.aggregation, m.period_key::text AS k, m.id, m.membership_id, m.value, m.reviewed_at
    FROM measurements m
    JOIN ind c ON c.id = m.indicator_id
   WHERE m.alliance_id = $1 AND m.status = 'APPROVED'
     AND m.period_key >= $2::text AND m.period_key < ($3::int + 1)::text
),
-- overlaps as for the total: the larger of two declarations counts once, half to each member
declared AS MATERIALIZED (
  SELECT a.indicator_id, a.k, a.membership_id, a.value, o.other_membership_id, o.amount
    FROM measurement_overlaps o JOIN ap a ON a.id = o.measurement_id
   WHERE o.alliance_id = $1 AND a.aggregation = 'SUM'
),
pairs AS (
  SELECT d.indicator_id, d.k, LEAST(d.membership_id, b.membership_id) AS m1, GREATEST(d.membership_id, b.membership_id) AS m2,
         max(LEAST(d.amount, d.value, b.value)) AS amount
    FROM declared d
    JOIN ap b ON b.indicator_id = d.indicator_id AND b.k = d.k AND b.membership_id = d.other_membership_id
   GROUP BY 1, 2, 3, 4
),
ded AS MATERIALIZED (
  SELECT indicator_id, k, membership_id, sum(amount) / 2 AS d
    FROM (SELECT indicator_id, k, m1 AS membership_id, amount FROM pairs UNION ALL SELECT indicator_id, k, m2, amount FROM pairs) x
   GROUP BY 1, 2, 3
),
nets AS MATERIALIZED (
  SELECT a.*, coalesce(dd.d, 0) AS deducted, a.value - coalesce(dd.d, 0) AS net
    FROM ap a LEFT JOIN ded dd ON dd.indicator_id = a.indicator_id AND dd.k = a.k AND dd.membership_id = a.membership_id
),
parts AS MATERIALIZED (
  SELECT n.indicator_id, n.aggregation, n.k, n.id, n.reviewed_at, kc.dimension_id, p.category_id, p.value AS part,
         coalesce(n.deducted * p.value / NULLIF(sum(p.value) OVER (PARTITION BY n.id, kc.dimension_id), 0), 0) AS part_deducted
    FROM nets n
    JOIN measurement_parts p ON p.alliance_id = $1 AND p.measurement_id = n.id
    JOIN dimension_categories kc ON kc.alliance_id = $1 AND kc.id = p.category_id
),
pv AS (
  SELECT indicator_id, category_id::text AS key, k,
         (CASE aggregation WHEN 'SUM' THEN sum(part - part_deducted)
                           WHEN 'LATEST' THEN (array_agg(part ORDER BY reviewed_at DESC, id DESC))[1]
                           ELSE avg(part) END)::float8 AS v
    FROM parts GROUP BY indicator_id, category_id, k, aggregation
),
nv AS (
  SELECT n.indicator_id, 'none:' || i.dimension_id AS key, n.k,
         (CASE n.aggregation WHEN 'SUM' THEN sum(n.net)
                             WHEN 'LATEST' THEN (array_agg(n.value ORDER BY n.reviewed_at DESC, n.id DESC))[1]
                             ELSE avg(n.value) END)::float8 AS v
    FROM nets n
    JOIN idim i ON i.indicator_id = n.indicator_id
    LEFT JOIN (SELECT DISTINCT id, dimension_id FROM parts) pd ON pd.id = n.id AND pd.dimension_id = i.dimension_id
   WHERE pd.id IS NULL
   GROUP BY n.indicator_id, i.dimension_id, n.k, n.aggregation
),
-- per line one map period → value, so the grid below is a lookup and not a join the planner could misjudge
maps AS MATERIALIZED (
  SELECT indicator_id, key, jsonb_object_agg(k, v) AS m FROM (SELECT * FROM pv UNION ALL SELECT * FROM nv) x GROUP BY 1, 2
),
lines AS (
  SELECT indicator_id, key, label FROM cat
  UNION ALL
  SELECT i.indicator_id, 'none:' || i.dimension_id, i.dname FROM idim i
   WHERE EXISTS (SELECT 1 FROM maps mp WHERE mp.indicator_id = i.indicator_id AND mp.key = 'none:' || i.dimension_id)
),
series AS (
  SELECT l.indicator_id, l.key, l.label,
         array_agg(c.k ORDER BY c.ord) AS periods, array_agg((mp.m->>c.k)::float8 ORDER BY c.ord) AS actual
    FROM lines l
    JOIN cells c ON c.indicator_id = l.indicator_id
    LEFT JOIN maps mp ON mp.indicator_id = l.indicator_id AND mp.key = l.key
   GROUP BY l.indicator_id, l.key, l.label
)
SELECT coalesce(json_agg(json_build_object('indicatorId', s.indicator_id, 'key', s.key, 'label', s.label, 'periods', s.periods, 'actual', s.actual)
                ORDER BY array_position($4::uuid[], s.indicator_id), s.label, s.key), '[]'::json) AS result
  FROM series s
