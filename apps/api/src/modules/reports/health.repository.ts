import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { one } from '../../database/sql';
import { RUNNING_ON_AS_OF } from '../activities/activity-map.repository';
import { COUNT_COLUMNS, EXPECTED_REPORTS } from '../measurements/reporting-periods.repository';
import type { AllianceHealthModel } from './reports.models';

/** Today in Germany, the alliances' own calendar. */
const TODAY = `(now() AT TIME ZONE 'Europe/Berlin')::date`;
const ORGANISATION = `json_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'city', o.city)`;

/**
 * The alliance's health in ONE statement: each figure is a sub-select that returns JSON.
 * Completeness counts reuse the measurements module's definition of an expected report;
 * "running" is the activity map's.
 */
const HEALTH = `
  WITH
  -- The newest contribution per member: each max() is one backward probe of a
  -- (alliance, member, time) index, so the cost grows with the members, not with their values.
  -- MATERIALIZED: \`last\` is referenced three times below and must be computed once.
  last_contributions AS MATERIALIZED (
    SELECT mb.id, ${ORGANISATION} AS organisation, greatest(
             (SELECT max(ms.submitted_at) FROM measurements ms WHERE ms.alliance_id = $1 AND ms.membership_id = mb.id),
             (SELECT max(greatest(a.created_at, a.updated_at)) FROM activities a WHERE a.alliance_id = $1 AND a.membership_id = mb.id),
             (SELECT max(le.created_at) FROM log_entries le WHERE le.alliance_id = $1 AND le.author_membership_id = mb.id),
             (SELECT max(cm.created_at) FROM comments cm WHERE cm.alliance_id = $1 AND cm.author_membership_id = mb.id),
             (SELECT max(v.voted_at) FROM proposal_votes v WHERE v.alliance_id = $1 AND v.membership_id = mb.id)) AS last
      FROM memberships mb JOIN organisations o ON o.id = mb.organisation_id
     WHERE mb.alliance_id = $1 AND mb.state = 'ACTIVE'),
  -- Log entries of the last twelve Berlin months in one range scan, counted per month.
  per_month AS (
    SELECT date_trunc('month', le.created_at AT TIME ZONE 'Europe/Berlin') AS month, count(*)::int AS n
      FROM log_entries le
     WHERE le.alliance_id = $1
       AND le.created_at >= date_trunc('month', $2::date - interval '11 months') AT TIME ZONE 'Europe/Berlin'
       AND le.created_at < (date_trunc('month', $2::date) + interval '1 month') AT TIME ZONE 'Europe/Berlin'
     GROUP BY 1)
  SELECT
    (SELECT coalesce(json_agg(json_build_object(
              'reportingPeriodId', rp.id, 'periodKey', rp.period_key, 'frequency', rp.frequency, 'dueOn', rp.due_on::text,
              'expected', c.expected, 'approved', c.approved, 'submitted', c.submitted, 'missing', c.missing,
              'shareComplete', CASE WHEN c.expected = 0 THEN 0 ELSE c.approved::float8 / c.expected END)
              ORDER BY rp.starts_on, rp.frequency, rp.period_key), '[]'::json)
       FROM reporting_periods rp CROSS JOIN LATERAL (SELECT ${COUNT_COLUMNS} ${EXPECTED_REPORTS}) c
      WHERE rp.alliance_id = $1 AND rp.state = 'OPEN') AS "reportingCompleteness",

    (SELECT json_build_object('goalCount', count(*), 'goalsWithRunningActivity', count(*) FILTER (WHERE r.running),
                              'share', CASE WHEN count(*) = 0 THEN 0 ELSE (count(*) FILTER (WHERE r.running))::float8 / count(*) END)
       FROM goals g
       CROSS JOIN LATERAL (SELECT EXISTS (
         SELECT 1 FROM activity_goals ag JOIN activities a ON a.alliance_id = ag.alliance_id AND a.id = ag.activity_id
          WHERE ag.alliance_id = $1 AND ag.goal_id = g.id AND ${RUNNING_ON_AS_OF}) AS running) r
      WHERE g.alliance_id = $1 AND g.status IN ('ACTIVE', 'PLANNED')) AS "goalCoverage",

    (SELECT json_build_object('months', array_agg(to_char(m, 'YYYY-MM') ORDER BY m), 'counts', array_agg(coalesce(pm.n, 0) ORDER BY m))
       FROM generate_series(date_trunc('month', $2::date - interval '11 months'), date_trunc('month', $2::date), interval '1 month') m
       LEFT JOIN per_month pm ON pm.month = m) AS "logEntriesPerMonth",

    (SELECT coalesce(json_agg(json_build_object('membershipId', x.id, 'organisation', x.organisation,
                                                'lastContributionOn', to_char(x.last AT TIME ZONE 'Europe/Berlin', 'YYYY-MM-DD'),
                                                'daysSince', $2::date - (x.last AT TIME ZONE 'Europe/Berlin')::date)
                              ORDER BY x.last NULLS FIRST, x.organisation->>'name', x.id), '[]'::json)
       FROM last_contributions x) AS "lastContributions",

    (SELECT json_build_object('count', (SELECT count(*) FROM action_items ai WHERE ai.alliance_id = $1 AND ai.done_at IS NULL AND ai.due_on < $2::date),
                              'items', coalesce(json_agg(json_build_object('id', y.id, 'title', y.title, 'owner', y.owner, 'dueOn', y.due_on::text,
                                                                           'daysOverdue', $2::date - y.due_on) ORDER BY y.due_on, y.title, y.id), '[]'::json))
       FROM (SELECT ai.id, ai.title, ai.due_on, ${ORGANISATION} AS owner
               FROM action_items ai
               JOIN memberships mb ON mb.alliance_id = ai.alliance_id AND mb.id = ai.owner_membership_id
               JOIN organisations o ON o.id = mb.organisation_id
              WHERE ai.alliance_id = $1 AND ai.done_at IS NULL AND ai.due_on < $2::date
              ORDER BY ai.due_on, ai.title, ai.id LIMIT 50) y) AS "overdueActionItems",

    (SELECT json_build_object('count', count(*), 'oldestSubmittedAt', min(ms.submitted_at))
       FROM measurements ms WHERE ms.alliance_id = $1 AND ms.status = 'SUBMITTED') AS "pendingReviews"`;

export type HealthRow = Omit<AllianceHealthModel, 'unsignedAgreement'>;

@Injectable()
export class HealthRepository {
  async health(em: EntityManager, allianceId: string): Promise<HealthRow> {
    const today = (await one<{ d: string }>(em, `SELECT to_char(${TODAY}, 'YYYY-MM-DD') AS d`))!.d;
    const row = (await one<HealthRow>(em, HEALTH, [allianceId, today]))!;
    const oldest = row.pendingReviews.oldestSubmittedAt;
    row.pendingReviews.oldestSubmittedAt = oldest ? new Date(oldest) : null;
    return row;
  }
}
