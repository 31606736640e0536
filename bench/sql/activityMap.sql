-- Scenario "activityMap": who works towards which goal on a date — goals in tree order, members,
-- cells (activities and running ones per goal × member), gaps (goals without a running
-- activity) and overlaps (same goal, target group and district of the alliance's list, intersecting periods).
-- params: $1 alliance uuid, $2 asOf text (YYYY-MM-DD)
-- result: { asOf, goals, members, cells, gaps, overlaps }
WITH RECURSIVE ordered AS (
  SELECT g.id, g.parent_id, g.title, g.status, row_number() OVER (PARTITION BY g.parent_id ORDER BY g.position, g.title, g.id) AS rn
    FROM goals g WHERE g.alliance_id = $1
), tree AS (
  SELECT id, ARRAY[rn] AS path FROM ordered WHERE parent_id IS NULL
  UNION ALL
  SELECT o.id, t.path || o.rn FROM ordered o JOIN tree t ON o.parent_id = t.id WHERE cardinality(t.path) < 32
), acts AS (
  SELECT a.id, a.membership_id, a.title, a.period_start, a.period_end, a.district_id, a.target_groups, a.status, ag.goal_id,
         (a.status = 'RUNNING' AND (a.period_start IS NULL OR a.period_start <= $2::date) AND (a.period_end IS NULL OR a.period_end >= $2::date)) AS running
    FROM activities a JOIN activity_goals ag ON ag.alliance_id = a.alliance_id AND ag.activity_id = a.id
   WHERE a.alliance_id = $1
), open_rows AS (
  SELECT DISTINCT ON (a.id, a.goal_id, lower(btrim(tg)))
         a.id, a.membership_id, a.title, a.period_start, a.period_end, a.goal_id,
         btrim(tg) AS target_group, lower(btrim(tg)) AS target_key, a.district_id,
         daterange(a.period_start, CASE WHEN a.period_end < a.period_start THEN a.period_start ELSE a.period_end END, '[]') AS span
    FROM acts a CROSS JOIN LATERAL unnest(a.target_groups) AS tg
   WHERE a.status IN ('PLANNED', 'RUNNING', 'PAUSED') AND a.district_id IS NOT NULL AND btrim(tg) <> ''
   ORDER BY a.id, a.goal_id, lower(btrim(tg)), btrim(tg)
), hits AS (
  SELECT x.* FROM open_rows x
   WHERE EXISTS (SELECT 1 FROM open_rows y WHERE y.goal_id = x.goal_id AND y.target_key = x.target_key AND y.district_id = x.district_id
                    AND y.membership_id <> x.membership_id AND y.span && x.span)
), ovl AS (
  SELECT g.title AS gt, h.goal_id, h.target_key, lower(d.name) AS district_key, h.district_id,
         json_build_object('goalId', h.goal_id, 'goalTitle', g.title,
           'targetGroup', (array_agg(h.target_group ORDER BY h.period_start NULLS FIRST, h.title, h.id))[1],
           'districtId', h.district_id, 'district', d.name,
           'activities', json_agg(json_build_object('id', h.id, 'title', h.title, 'organisation', json_build_object('id', o.id, 'name', o.name),
                                  'periodStart', to_char(h.period_start, 'YYYY-MM-DD'), 'periodEnd', to_char(h.period_end, 'YYYY-MM-DD'))
                         ORDER BY h.period_start NULLS FIRST, h.title, h.id)) AS doc
    FROM hits h
    JOIN goals g ON g.alliance_id = $1 AND g.id = h.goal_id
    JOIN districts d ON d.alliance_id = $1 AND d.id = h.district_id
    JOIN memberships m ON m.alliance_id = $1 AND m.id = h.membership_id
    JOIN organisations o ON o.id = m.organisation_id
   GROUP BY h.goal_id, g.title, h.target_key, h.district_id, d.name
)
SELECT json_build_object(
  'asOf', $2::text,
  'goals', (SELECT json_agg(json_build_object('id', o.id, 'parentId', o.parent_id, 'title', o.title) ORDER BY t.path) FROM tree t JOIN ordered o USING (id)),
  'members', (SELECT json_agg(json_build_object('membershipId', m.id, 'organisation', json_build_object('id', o.id, 'name', o.name)) ORDER BY o.name, m.id)
                FROM memberships m JOIN organisations o ON o.id = m.organisation_id
               WHERE m.alliance_id = $1
                 AND ((m.state = 'ACTIVE' AND m.role IN ('BACKBONE', 'PARTNER'))
                      OR EXISTS (SELECT 1 FROM activities a WHERE a.alliance_id = m.alliance_id AND a.membership_id = m.id AND a.status <> 'CANCELLED'))),
  'cells', (SELECT coalesce(json_agg(json_build_object('goalId', goal_id, 'membershipId', membership_id, 'activityCount', n, 'runningCount', r) ORDER BY goal_id, membership_id), '[]'::json)
              FROM (SELECT goal_id, membership_id, count(*)::int AS n, (count(*) FILTER (WHERE running))::int AS r
                      FROM acts WHERE status <> 'CANCELLED' GROUP BY 1, 2) c),
  'gaps', (SELECT coalesce(json_agg(json_build_object('goalId', o.id, 'goalTitle', o.title) ORDER BY t.path), '[]'::json)
             FROM tree t JOIN ordered o USING (id)
            WHERE o.status IN ('ACTIVE', 'PLANNED') AND NOT EXISTS (SELECT 1 FROM acts a WHERE a.goal_id = o.id AND a.running)),
  'overlaps', (SELECT coalesce(json_agg(doc ORDER BY gt, goal_id, target_key, district_key, district_id), '[]'::json) FROM ovl)
) AS result
