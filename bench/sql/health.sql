-- Scenario "health": allianceHealth of the alliance (backbone view). The app's own figures in ONE
-- statement (today inlined, agreement included); the lower bound of the framework around them.
-- params: $1 alliance uuid
-- result: { reportingCompleteness, goalCoverage, logEntriesPerMonth, lastContributions, overdueActionItems, pendingReviews, unsignedAgreement }
WITH today AS (SELECT (now() AT TIME ZONE 'Europe/Berlin')::date AS d),
agreement AS (
  SELECT v.id, v.version_number FROM agreement_versions v WHERE v.alliance_id = $1 ORDER BY v.version_number DESC LIMIT 1
)
SELECT json_build_object(
  'reportingCompleteness',
    (SELECT coalesce(json_agg(json_build_object(
              'reportingPeriodId', rp.id, 'periodKey', rp.period_key, 'frequency', rp.frequency, 'dueOn', rp.due_on::text,
              'expected', c.expected, 'approved', c.approved, 'submitted', c.submitted, 'missing', c.missing,
              'shareComplete', CASE WHEN c.expected = 0 THEN 0 ELSE c.approved::float8 / c.expected END)
              ORDER BY rp.starts_on, rp.frequency, rp.period_key), '[]'::json)
       FROM reporting_periods rp CROSS JOIN LATERAL (
         SELECT count(*)::int AS expected,
                count(*) FILTER (WHERE ms.status = 'APPROVED')::int AS approved,
                count(*) FILTER (WHERE ms.status IN ('SUBMITTED', 'APPROVED'))::int AS submitted,
                count(*) FILTER (WHERE ms.id IS NULL)::int AS missing
           FROM indicators i
           JOIN memberships mb ON mb.alliance_id = i.alliance_id AND mb.role = 'PARTNER' AND mb.state = 'ACTIVE'
           LEFT JOIN measurements ms ON ms.alliance_id = i.alliance_id AND ms.indicator_id = i.id
                 AND ms.membership_id = mb.id AND ms.reporting_period_id = rp.id
          WHERE i.alliance_id = rp.alliance_id AND i.status = 'ACTIVE' AND i.frequency = rp.frequency) c
      WHERE rp.alliance_id = $1 AND rp.state = 'OPEN'),
  'goalCoverage',
    (SELECT json_build_object('goalCount', count(*), 'goalsWithRunningActivity', count(*) FILTER (WHERE r.running),
                              'share', CASE WHEN count(*) = 0 THEN 0 ELSE (count(*) FILTER (WHERE r.running))::float8 / count(*) END)
       FROM goals g
       CROSS JOIN LATERAL (SELECT EXISTS (
         SELECT 1 FROM activity_goals ag JOIN activities a ON a.alliance_id = ag.alliance_id AND a.id = ag.activity_id
          WHERE ag.alliance_id = $1 AND ag.goal_id = g.id AND a.status = 'RUNNING'
            AND (a.period_start IS NULL OR a.period_start <= (SELECT d FROM today)) AND (a.period_end IS NULL OR a.period_end >= (SELECT d FROM today))) AS running) r
      WHERE g.alliance_id = $1 AND g.status IN ('ACTIVE', 'PLANNED')),
  'logEntriesPerMonth',
    (SELECT json_build_object('months', array_agg(to_char(gm, 'YYYY-MM') ORDER BY gm), 'counts', array_agg(coalesce(n.n, 0) ORDER BY gm))
       FROM generate_series(date_trunc('month', (SELECT d FROM today) - interval '11 months'), date_trunc('month', (SELECT d FROM today)), interval '1 month') gm
       LEFT JOIN (SELECT date_trunc('month', le.created_at AT TIME ZONE 'Europe/Berlin') AS m, count(*)::int AS n
                    FROM log_entries le
                   WHERE le.alliance_id = $1 AND le.created_at >= (SELECT d FROM today) - interval '13 months'
                   GROUP BY 1) n ON n.m = gm),
  'lastContributions',
    (SELECT coalesce(json_agg(json_build_object('membershipId', x.id, 'organisation', json_build_object('id', x.oid, 'name', x.oname),
                                                'lastContributionOn', to_char(x.last AT TIME ZONE 'Europe/Berlin', 'YYYY-MM-DD'),
                                                'daysSince', (SELECT d FROM today) - (x.last AT TIME ZONE 'Europe/Berlin')::date)
                              ORDER BY x.last NULLS FIRST, x.oname, x.id), '[]'::json)
       FROM (SELECT mb.id, o.id AS oid, o.name AS oname, greatest(ms.t, ac.t, le.t, cm.t, v.t) AS last
               FROM memberships mb JOIN organisations o ON o.id = mb.organisation_id
               LEFT JOIN (SELECT membership_id, max(submitted_at) AS t FROM measurements WHERE alliance_id = $1 GROUP BY 1) ms ON ms.membership_id = mb.id
               LEFT JOIN (SELECT membership_id, max(greatest(created_at, updated_at)) AS t FROM activities WHERE alliance_id = $1 GROUP BY 1) ac ON ac.membership_id = mb.id
               LEFT JOIN (SELECT author_membership_id, max(created_at) AS t FROM log_entries WHERE alliance_id = $1 GROUP BY 1) le ON le.author_membership_id = mb.id
               LEFT JOIN (SELECT author_membership_id, max(created_at) AS t FROM comments WHERE alliance_id = $1 GROUP BY 1) cm ON cm.author_membership_id = mb.id
               LEFT JOIN (SELECT membership_id, max(voted_at) AS t FROM proposal_votes WHERE alliance_id = $1 GROUP BY 1) v ON v.membership_id = mb.id
              WHERE mb.alliance_id = $1 AND mb.state = 'ACTIVE') x),
  'overdueActionItems',
    (SELECT json_build_object('count', (SELECT count(*) FROM action_items ai WHERE ai.alliance_id = $1 AND ai.done_at IS NULL AND ai.due_on < (SELECT d FROM today)),
                              'items', coalesce(json_agg(json_build_object('id', y.id, 'title', y.title, 'owner', json_build_object('id', y.oid, 'name', y.oname),
                                                                           'dueOn', y.due_on::text, 'daysOverdue', (SELECT d FROM today) - y.due_on) ORDER BY y.due_on, y.title, y.id), '[]'::json))
       FROM (SELECT ai.id, ai.title, ai.due_on, o.id AS oid, o.name AS oname
               FROM action_items ai
               JOIN memberships mb ON mb.alliance_id = ai.alliance_id AND mb.id = ai.owner_membership_id
               JOIN organisations o ON o.id = mb.organisation_id
              WHERE ai.alliance_id = $1 AND ai.done_at IS NULL AND ai.due_on < (SELECT d FROM today)
              ORDER BY ai.due_on, ai.title, ai.id LIMIT 50) y),
  'pendingReviews',
    (SELECT json_build_object('count', count(*), 'oldestSubmittedAt', min(ms.submitted_at))
       FROM measurements ms WHERE ms.alliance_id = $1 AND ms.status = 'SUBMITTED'),
  'unsignedAgreement',
    json_build_object('currentVersionNumber', (SELECT version_number FROM agreement),
      'unsignedMembers', coalesce((SELECT json_agg(json_build_object('id', mb.id, 'organisation', json_build_object('id', o.id, 'name', o.name)) ORDER BY o.name, mb.id)
                                     FROM agreement ag
                                     JOIN memberships mb ON mb.alliance_id = $1 AND mb.state = 'ACTIVE'
                                     JOIN organisations o ON o.id = mb.organisation_id
                                    WHERE NOT EXISTS (SELECT 1 FROM agreement_signatures s WHERE s.alliance_id = $1 AND s.agreement_version_id = ag.id AND s.membership_id = mb.id)), '[]'::json))
) AS result
