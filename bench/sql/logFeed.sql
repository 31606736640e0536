-- Scenario "logFeed": the first page (25) of the log feed, newest first, with the total count and
-- each entry's author, counts and links.
-- params: $1 alliance uuid, $2 page size int
-- result: { totalCount, nodes: [{ id, type, title, occurredOn, commentCount, openActionItemCount, authorMember, participants, goals, indicators }] }
SELECT json_build_object(
  'totalCount', (SELECT count(*)::int FROM log_entries WHERE alliance_id = $1),
  'nodes', coalesce((SELECT json_agg(json_build_object(
      'id', e.id, 'type', e.type, 'title', e.title, 'body', e.body, 'occurredOn', e.occurred_on::text, 'createdAt', e.created_at, 'updatedAt', e.updated_at,
      'version', e.version, 'conflictState', e.conflict_state, 'resolution', e.resolution, 'resolvedAt', e.resolved_at,
      'authorMember', json_build_object('membershipId', am.id, 'role', am.role, 'organisation', json_build_object('id', ao.id, 'name', ao.name)),
      'authorUser', CASE WHEN au.id IS NULL THEN NULL ELSE json_build_object('id', au.id, 'name', au.name) END,
      'proposalId', (SELECT p.id FROM proposals p WHERE p.alliance_id = e.alliance_id AND p.decision_log_entry_id = e.id LIMIT 1),
      'commentCount', (SELECT count(*)::int FROM comments c WHERE c.alliance_id = e.alliance_id AND c.log_entry_id = e.id),
      'openActionItemCount', (SELECT count(*)::int FROM action_items ai WHERE ai.alliance_id = e.alliance_id AND ai.log_entry_id = e.id AND ai.done_at IS NULL),
      'participants', coalesce((SELECT json_agg(json_build_object('membershipId', pm.id, 'organisation', json_build_object('id', po.id, 'name', po.name)) ORDER BY po.name)
                                  FROM log_entry_participants lp JOIN memberships pm ON pm.alliance_id = lp.alliance_id AND pm.id = lp.membership_id
                                  JOIN organisations po ON po.id = pm.organisation_id
                                 WHERE lp.alliance_id = e.alliance_id AND lp.log_entry_id = e.id), '[]'),
      'goals', coalesce((SELECT json_agg(json_build_object('id', g.id, 'title', g.title) ORDER BY g.position, g.title)
                           FROM log_entry_goals lg JOIN goals g ON g.alliance_id = lg.alliance_id AND g.id = lg.goal_id
                          WHERE lg.alliance_id = e.alliance_id AND lg.log_entry_id = e.id), '[]'),
      'indicators', coalesce((SELECT json_agg(json_build_object('id', i.id, 'name', i.name) ORDER BY i.name)
                                FROM log_entry_indicators li JOIN indicators i ON i.alliance_id = li.alliance_id AND i.id = li.indicator_id
                               WHERE li.alliance_id = e.alliance_id AND li.log_entry_id = e.id), '[]'))
      ORDER BY e.occurred_on DESC, e.created_at DESC, e.id DESC)
    FROM (SELECT * FROM log_entries WHERE alliance_id = $1 ORDER BY occurred_on DESC, created_at DESC, id DESC LIMIT $2) e
    JOIN memberships am ON am.alliance_id = e.alliance_id AND am.id = e.author_membership_id
    JOIN organisations ao ON ao.id = am.organisation_id
    LEFT JOIN users au ON au.id = e.author_user_id), '[]'::json)
) AS result
