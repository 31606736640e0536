-- Placeholder for the peer's own check (the real one is bench/sql/health.sql).
-- Scenario "health": per ACTIVE member of the alliance, its latest submission and approval and
-- how many of its values wait for review.
-- params: $1 alliance uuid
-- result: [{ membershipId, role, lastSubmittedAt, lastApprovedAt, submitted, approved }] ordered by membershipId
WITH m AS (
  SELECT id, role::text AS role FROM memberships WHERE alliance_id = $1 AND state = 'ACTIVE'
),
agg AS (
  SELECT membership_id, max(submitted_at) AS last_submitted, max(reviewed_at) FILTER (WHERE status = 'APPROVED') AS last_approved,
         count(*) FILTER (WHERE status = 'SUBMITTED') AS submitted, count(*) FILTER (WHERE status = 'APPROVED') AS approved
    FROM measurements WHERE alliance_id = $1 GROUP BY membership_id
)
SELECT coalesce(json_agg(json_build_object('membershipId', m.id, 'role', m.role, 'lastSubmittedAt', a.last_submitted,
         'lastApprovedAt', a.last_approved, 'submitted', coalesce(a.submitted, 0), 'approved', coalesce(a.approved, 0)) ORDER BY m.id), '[]'::json) AS result
  FROM m LEFT JOIN agg a ON a.membership_id = m.id
