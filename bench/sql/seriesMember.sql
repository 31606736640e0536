-- Scenario "seriesMember": indicatorSeries by MEMBER — per indicator one line per member with an
-- approved value in the range; actual = that member's approved value per period (null where none).
-- SUM indicators: the member's net, i.e. its value minus half of each deduplicated overlap (the larger
-- of the two declarations of a pair, never more than either value), so the lines add up to the total.
-- params: $1 alliance uuid, $2 from text (year), $3 to text (year), $4 indicator ids uuid[]
-- result: [{ indicatorId, key (membership id), label (organisation name), periods, actual }] ordered by indicator, label, key
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
cells AS (SELECT i.id AS indicator_id, p.k, p.ord FROM ind i JOIN per p ON p.frequency = i.frequency),
ap AS MATERIALIZED (
  SELECT m.indicator_id, m.period_key::text AS k, m.id, m.membership_id, m.value
    FROM measurements m
   -- by the alliance's approved values in the years asked for, never one index probe per cell
   WHERE m.alliance_id = $1 AND m.status = 'APPROVED' AND m.indicator_id IN (SELECT id FROM ind)
     AND m.period_key >= $2::text AND m.period_key < ($3::int + 1)::text
),
-- the declarations first (few), then their other side: the larger of two declarations counts once
declared AS MATERIALIZED (
  SELECT a.indicator_id, a.k, a.membership_id, a.value, o.other_membership_id, o.amount
    FROM measurement_overlaps o JOIN ap a ON a.id = o.measurement_id
   WHERE o.alliance_id = $1 AND a.indicator_id IN (SELECT id FROM ind WHERE aggregation = 'SUM')
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
nets AS (
  SELECT a.indicator_id, a.k, a.membership_id, a.value - coalesce(dd.d, 0) AS value
    FROM ap a LEFT JOIN ded dd ON dd.indicator_id = a.indicator_id AND dd.k = a.k AND dd.membership_id = a.membership_id
),
-- per member line one map period → value, so the grid below is a lookup and not a join the planner could misjudge
maps AS MATERIALIZED (SELECT indicator_id, membership_id, jsonb_object_agg(k, value) AS m FROM nets GROUP BY 1, 2),
series AS (
  SELECT l.indicator_id, l.membership_id, array_agg(c.k ORDER BY c.ord) AS periods, array_agg((l.m->>c.k)::float8 ORDER BY c.ord) AS actual
    FROM maps l
    JOIN cells c ON c.indicator_id = l.indicator_id
   GROUP BY l.indicator_id, l.membership_id
)
SELECT coalesce(json_agg(json_build_object('indicatorId', s.indicator_id, 'key', s.membership_id, 'label', o.name, 'periods', s.periods, 'actual', s.actual)
                ORDER BY array_position($4::uuid[], s.indicator_id), o.name, s.membership_id::text), '[]'::json) AS result
  FROM series s
  JOIN memberships mb ON mb.alliance_id = $1 AND mb.id = s.membership_id
  JOIN organisations o ON o.id = mb.organisation_id
