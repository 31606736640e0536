-- Scenario "portfolio": fundingPortfolio of a funder user — every alliance where the user holds a
-- seat in an ACTIVE FUNDER membership; per ACTIVE indicator the roll-ups of its last six periods
-- with an approved value (trend), the latest one with its target, progress and status, and the
-- alliance's current reporting completeness.
-- params: $1 user uuid, $2 alliance ids uuid[] (the alliances to read: the peer sets its row-level security from them; here they only narrow)
-- result: [{ id, name, kind, lifecycle, reportingCompleteness, indicators: [{ id, name, ..., latestPeriod, latestValue, target, progress, status, trend: { periods, values } }] }]
WITH funded AS (
  SELECT DISTINCT s.alliance_id FROM alliance_seats s
    JOIN memberships m ON m.alliance_id = s.alliance_id AND m.id = s.membership_id
   WHERE s.user_id = $1 AND s.alliance_id = ANY($2::uuid[]) AND s.left_at IS NULL AND m.state = 'ACTIVE' AND m.role = 'FUNDER'
),
inds AS (
  SELECT i.alliance_id, i.id, i.code, i.name, i.unit, i.decimals, i.direction, i.aggregation, i.frequency
    FROM indicators i WHERE i.alliance_id IN (SELECT alliance_id FROM funded) AND i.status = 'ACTIVE'
),
ap_all AS (
  SELECT m.alliance_id, m.indicator_id, m.period_key::text AS k, m.id, m.membership_id, m.value, m.numerator, m.denominator, m.reviewed_at, i.aggregation::text AS aggregation
    FROM measurements m JOIN inds i ON i.alliance_id = m.alliance_id AND i.id = m.indicator_id
   WHERE m.status = 'APPROVED'
),
cells AS (
  SELECT indicator_id, k FROM (
    SELECT indicator_id, k, row_number() OVER (PARTITION BY indicator_id ORDER BY k DESC) AS rn
      FROM (SELECT DISTINCT indicator_id, k FROM ap_all) d) r
   WHERE rn <= 6
),
ap AS MATERIALIZED (SELECT a.* FROM ap_all a JOIN cells c ON c.indicator_id = a.indicator_id AND c.k = a.k),
agg AS MATERIALIZED (
  SELECT indicator_id, k, aggregation, sum(value) AS s, avg(value) AS av, sum(numerator) / NULLIF(sum(denominator), 0) AS r,
         (array_agg(value ORDER BY reviewed_at DESC, id DESC))[1] AS lt
    FROM ap GROUP BY indicator_id, k, aggregation
),
-- the declarations first (few), then their other side: the larger of two declarations counts once
declared AS MATERIALIZED (
  SELECT a.indicator_id, a.k, a.membership_id, a.value, o.other_membership_id, o.amount
    FROM measurement_overlaps o JOIN ap a ON a.alliance_id = o.alliance_id AND a.id = o.measurement_id
   WHERE o.alliance_id IN (SELECT alliance_id FROM funded)
),
pairs AS (
  SELECT d.indicator_id, d.k, LEAST(d.membership_id, b.membership_id) AS m1, GREATEST(d.membership_id, b.membership_id) AS m2,
         max(LEAST(d.amount, d.value, b.value)) AS amount
    FROM declared d
    JOIN ap b ON b.indicator_id = d.indicator_id AND b.k = d.k AND b.membership_id = d.other_membership_id
   GROUP BY 1, 2, 3, 4
),
ded AS MATERIALIZED (SELECT indicator_id, k, sum(amount) AS d FROM pairs GROUP BY 1, 2),
-- cell values and deductions meet by grouping, not by a join whose estimate could turn it into a loop
totals AS MATERIALIZED (
  SELECT u.indicator_id, u.k,
         (CASE max(u.aggregation) WHEN 'SUM' THEN max(u.s) - coalesce(max(u.d), 0) WHEN 'AVERAGE' THEN max(u.av) WHEN 'LATEST' THEN max(u.lt) ELSE max(u.r) END)::float8 AS value
    FROM (SELECT indicator_id, k, aggregation, s, av, lt, r, NULL::numeric AS d FROM agg
          UNION ALL SELECT indicator_id, k, NULL, NULL, NULL, NULL, NULL, d FROM ded) u
   GROUP BY u.indicator_id, u.k
),
tg AS (SELECT indicator_id, period_key::text AS k, value::float8 AS v FROM targets WHERE alliance_id IN (SELECT alliance_id FROM funded)),
latest AS MATERIALIZED (
  SELECT DISTINCT ON (t.indicator_id) t.indicator_id, t.k, t.value,
                      coalesce(t1.v, t2.v, t3.v) AS target
                 FROM totals t
                 LEFT JOIN tg t1 ON t1.indicator_id = t.indicator_id AND t1.k = t.k
                 LEFT JOIN tg t2 ON t2.indicator_id = t.indicator_id AND length(t.k) = 7 AND t2.k = left(t.k, 4) || '-Q' || ((substr(t.k, 6, 2)::int + 2) / 3)
                 LEFT JOIN tg t3 ON t3.indicator_id = t.indicator_id AND length(t.k) > 4 AND t3.k = left(t.k, 4)
                WHERE t.value IS NOT NULL
                ORDER BY t.indicator_id, t.k DESC
),
trend AS MATERIALIZED (SELECT indicator_id, array_agg(k ORDER BY k) AS periods, array_agg(value ORDER BY k) AS vals FROM totals GROUP BY 1),
judged AS (
  SELECT i.*, lt.k AS latest_period, lt.value AS latest_value, lt.target, tr.periods, tr.vals,
         CASE WHEN lt.value IS NULL OR lt.target IS NULL OR lt.target = 0 THEN NULL
              WHEN i.direction = 'DECREASE' THEN CASE WHEN lt.value = 0 THEN 1 ELSE lt.target / lt.value END
              ELSE lt.value / lt.target END AS progress
    FROM inds i
    LEFT JOIN latest lt ON lt.indicator_id = i.id
    LEFT JOIN trend tr ON tr.indicator_id = i.id
),
completeness AS (
  SELECT DISTINCT ON (rp.alliance_id) rp.alliance_id,
         json_build_object('periodKey', rp.period_key, 'frequency', rp.frequency, 'state', rp.state, 'dueOn', rp.due_on::text,
                           'expected', c.expected, 'approved', c.approved,
                           'shareComplete', CASE WHEN c.expected = 0 THEN 0 ELSE c.approved::float8 / c.expected END) AS doc
    FROM reporting_periods rp CROSS JOIN LATERAL (
      SELECT count(*)::int AS expected, count(*) FILTER (WHERE ms.status = 'APPROVED')::int AS approved
        FROM indicators i
        JOIN memberships mb ON mb.alliance_id = i.alliance_id AND mb.role = 'PARTNER' AND mb.state = 'ACTIVE'
        LEFT JOIN measurements ms ON ms.alliance_id = i.alliance_id AND ms.indicator_id = i.id AND ms.membership_id = mb.id AND ms.reporting_period_id = rp.id
       WHERE i.alliance_id = rp.alliance_id AND i.status = 'ACTIVE' AND i.frequency = rp.frequency) c
   WHERE rp.alliance_id IN (SELECT alliance_id FROM funded)
   ORDER BY rp.alliance_id, rp.state = 'OPEN' DESC, rp.starts_on DESC, rp.closed_at DESC NULLS LAST, rp.id
)
SELECT coalesce(json_agg(x.doc ORDER BY x.name, x.id), '[]'::json) AS result FROM (
  SELECT a.id, a.name, json_build_object('id', a.id, 'name', a.name, 'kind', a.kind, 'lifecycle', a.lifecycle,
         'reportingCompleteness', (SELECT doc FROM completeness c WHERE c.alliance_id = a.id),
         'indicators', coalesce((SELECT json_agg(json_build_object(
                   'id', j.id, 'name', j.name, 'unit', j.unit, 'decimals', j.decimals, 'direction', j.direction, 'aggregation', j.aggregation,
                   'latestPeriod', j.latest_period, 'latestValue', j.latest_value, 'target', j.target, 'progress', j.progress,
                   'trend', json_build_object('periods', coalesce(j.periods, '{}'), 'values', coalesce(j.vals, '{}')),
                   'status', CASE WHEN j.progress IS NULL THEN 'NO_DATA'
                                  WHEN j.direction = 'MAINTAIN' THEN CASE WHEN abs(j.progress - 1) <= 1 - 0.9 THEN 'ON_TRACK' ELSE 'OFF_TRACK' END
                                  WHEN j.progress >= 0.9 THEN 'ON_TRACK' ELSE 'OFF_TRACK' END)
                   ORDER BY j.code NULLS LAST, j.name, j.id) FROM judged j WHERE j.alliance_id = a.id), '[]'::json)) AS doc
    FROM alliances a WHERE a.id IN (SELECT alliance_id FROM funded)) x
