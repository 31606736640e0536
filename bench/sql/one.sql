-- Scenario "one" (indicatorSeries TOTAL of the given indicators; the 1-indicator request) and the shared roll-up of "dashboard".
-- Same arithmetic as dashboard.sql, restricted to the indicators $4 (active or not).
-- params: $1 alliance uuid, $2 from text (year), $3 to text (year), $4 indicator ids uuid[]
-- result: [{ indicatorId, periods: [text], actual: [float|null], target: [float|null], approvedReports, expectedReports, provisional }] ordered by code NULLS LAST, name, id
-- Set-based: every CTE is grouped or hash-joined once, so no planner estimate can make it quadratic.
WITH ind AS (
  SELECT id, code, name, aggregation, frequency::text AS frequency, status = 'ACTIVE' AS active
    FROM indicators WHERE alliance_id = $1 AND id = ANY($4::uuid[])
),
per AS (
  SELECT 'MONTHLY' AS frequency, to_char(d, 'YYYY-MM') AS k, to_char(d, 'YYYY-"Q"Q') AS q, to_char(d, 'YYYY') AS y, to_char(d, 'YYYY-MM') AS ord
    FROM generate_series(make_date($2::int, 1, 1), make_date($3::int, 12, 1), interval '1 month') d
  UNION ALL
  SELECT 'QUARTERLY', to_char(d, 'YYYY-"Q"Q'), NULL, to_char(d, 'YYYY'), to_char(d, 'YYYY-MM')
    FROM generate_series(make_date($2::int, 1, 1), make_date($3::int, 10, 1), interval '3 months') d
  UNION ALL
  SELECT 'YEARLY', y::text, NULL, NULL, y::text FROM generate_series($2::int, $3::int) y
),
cells AS (
  SELECT i.id AS indicator_id, i.aggregation, i.frequency, i.active, p.k, p.q, p.y, p.ord FROM ind i JOIN per p ON p.frequency = i.frequency
),
-- completeness (CONTRACT.md): expected = ACTIVE PARTNER memberships (active indicators) + others with an approved value
partner AS MATERIALIZED (SELECT id FROM memberships WHERE alliance_id = $1 AND role = 'PARTNER' AND state = 'ACTIVE'),
closed AS MATERIALIZED (SELECT frequency::text AS frequency, period_key::text AS k FROM reporting_periods WHERE alliance_id = $1 AND state = 'CLOSED'),
ap AS (
  SELECT m.indicator_id, m.period_key::text AS k, m.id, m.membership_id, m.value, m.numerator, m.denominator, m.reviewed_at,
         m.membership_id IN (SELECT id FROM partner) AND (SELECT active FROM ind WHERE ind.id = m.indicator_id) AS is_partner
    FROM measurements m
   -- by the alliance's approved values in the years asked for, never one index probe per cell
   WHERE m.alliance_id = $1 AND m.status = 'APPROVED' AND m.indicator_id IN (SELECT id FROM ind)
     AND m.period_key >= $2::text AND m.period_key < ($3::int + 1)::text
),
agg AS (
  SELECT indicator_id, k, count(*) AS n, count(*) FILTER (WHERE NOT is_partner) AS extra, sum(value) AS s, avg(value) AS av, sum(numerator) / NULLIF(sum(denominator), 0) AS r,
         (array_agg(value ORDER BY reviewed_at DESC, id DESC))[1] AS lt
    FROM ap GROUP BY indicator_id, k
),
-- the declarations first (few), then their other side: the larger of two declarations counts once
declared AS MATERIALIZED (
  SELECT a.indicator_id, a.k, a.membership_id, a.value, o.other_membership_id, o.amount
    FROM measurement_overlaps o JOIN ap a ON a.id = o.measurement_id
   WHERE o.alliance_id = $1
),
pairs AS (
  SELECT d.indicator_id, d.k, LEAST(d.membership_id, b.membership_id) AS m1, GREATEST(d.membership_id, b.membership_id) AS m2,
         max(LEAST(d.amount, d.value, b.value)) AS amount
    FROM declared d
    JOIN ap b ON b.indicator_id = d.indicator_id AND b.k = d.k AND b.membership_id = d.other_membership_id
   GROUP BY 1, 2, 3, 4
),
ded AS MATERIALIZED (SELECT indicator_id, k, sum(amount) AS d FROM pairs GROUP BY 1, 2),
tg AS (SELECT indicator_id, period_key::text AS k, value::float8 AS v FROM targets WHERE alliance_id = $1),
line AS (
  SELECT c.indicator_id,
         array_agg(c.k ORDER BY c.ord) AS periods,
         array_agg((CASE c.aggregation WHEN 'SUM' THEN g.s - coalesce(dd.d, 0) WHEN 'AVERAGE' THEN g.av WHEN 'LATEST' THEN g.lt ELSE g.r END)::float8 ORDER BY c.ord) AS actual,
         array_agg(coalesce(t1.v, t2.v, t3.v) ORDER BY c.ord) AS target,
         array_agg(coalesce(g.n, 0)::int ORDER BY c.ord) AS "approvedReports",
         array_agg((CASE WHEN c.active THEN (SELECT count(*) FROM partner) ELSE 0 END + coalesce(g.extra, 0))::int ORDER BY c.ord) AS "expectedReports",
         array_agg(cl.k IS NULL AND coalesce(g.n, 0) < CASE WHEN c.active THEN (SELECT count(*) FROM partner) ELSE 0 END + coalesce(g.extra, 0) ORDER BY c.ord) AS provisional
    FROM cells c
    LEFT JOIN closed cl ON cl.frequency = c.frequency AND cl.k = c.k
    LEFT JOIN agg g ON g.indicator_id = c.indicator_id AND g.k = c.k
    LEFT JOIN ded dd ON dd.indicator_id = c.indicator_id AND dd.k = c.k
    LEFT JOIN tg t1 ON t1.indicator_id = c.indicator_id AND t1.k = c.k
    LEFT JOIN tg t2 ON t2.indicator_id = c.indicator_id AND t2.k = c.q
    LEFT JOIN tg t3 ON t3.indicator_id = c.indicator_id AND t3.k = c.y
   GROUP BY c.indicator_id
)
SELECT coalesce(json_agg(json_build_object('indicatorId', i.id, 'periods', l.periods, 'actual', l.actual, 'target', l.target,
                                 'approvedReports', l."approvedReports", 'expectedReports', l."expectedReports", 'provisional', l.provisional)
                ORDER BY i.code NULLS LAST, i.name, i.id), '[]'::json) AS result
  FROM ind i JOIN line l ON l.indicator_id = i.id
