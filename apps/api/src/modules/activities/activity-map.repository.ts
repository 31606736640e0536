import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { one, rows } from '../../database/sql';
import { ActivityMapCell, ActivityMapGap, ActivityMapGoal, ActivityMapMember, Overlap } from './activity-map.models';

const ORGANISATION = `json_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'city', o.city)`;

/** "Running on $2": status RUNNING and a period that contains the date; a missing start or end is open. */
export const RUNNING_ON_AS_OF = `a.status = 'RUNNING' AND (a.period_start IS NULL OR a.period_start <= $2::date) AND (a.period_end IS NULL OR a.period_end >= $2::date)`;

/**
 * Goals in tree order: siblings by position and title, children right after their parent.
 * The depth guard keeps a (forbidden, but not constrained) cycle from looping forever.
 */
const GOAL_TREE = `
  WITH RECURSIVE ordered AS (
    SELECT g.id, g.parent_id, g.title, g.status,
           row_number() OVER (PARTITION BY g.parent_id ORDER BY g.position, g.title, g.id) AS rn
      FROM goals g WHERE g.alliance_id = $1
  ), tree AS (
    SELECT id, ARRAY[rn] AS path FROM ordered WHERE parent_id IS NULL
    UNION ALL
    SELECT o.id, t.path || o.rn FROM ordered o JOIN tree t ON o.parent_id = t.id WHERE cardinality(t.path) < 32
  )`;

/**
 * Every figure of the activity map is computed here, in SQL. Each method is one statement;
 * `$2` is the asOf date where it matters.
 */
@Injectable()
export class ActivityMapRepository {
  /** Today in the alliances' time zone (all German), so the map does not flip to "yesterday" at 1 a.m. */
  async today(em: EntityManager): Promise<string> {
    return (await one<{ d: string }>(em, `SELECT to_char((now() AT TIME ZONE 'Europe/Berlin')::date, 'YYYY-MM-DD') AS d`))!.d;
  }

  goals(em: EntityManager, allianceId: string): Promise<ActivityMapGoal[]> {
    return rows(em, `${GOAL_TREE} SELECT o.id, o.title, o.parent_id AS "parentId" FROM tree t JOIN ordered o USING (id) ORDER BY t.path`, [allianceId]);
  }

  /** Active backbone and partner members (they are expected to act), plus anyone else with a non-cancelled activity. */
  members(em: EntityManager, allianceId: string): Promise<ActivityMapMember[]> {
    return rows(
      em,
      `SELECT m.id AS "membershipId", ${ORGANISATION} AS organisation
         FROM memberships m JOIN organisations o ON o.id = m.organisation_id
        WHERE m.alliance_id = $1
          AND ((m.state = 'ACTIVE' AND m.role IN ('BACKBONE', 'PARTNER'))
               OR EXISTS (SELECT 1 FROM activities a WHERE a.alliance_id = m.alliance_id AND a.membership_id = m.id AND a.status <> 'CANCELLED'))
        ORDER BY o.name, m.id`,
      [allianceId],
    );
  }

  cells(em: EntityManager, allianceId: string, asOf: string): Promise<ActivityMapCell[]> {
    return rows(
      em,
      `SELECT ag.goal_id AS "goalId", a.membership_id AS "membershipId",
              count(*)::int AS "activityCount", (count(*) FILTER (WHERE ${RUNNING_ON_AS_OF}))::int AS "runningCount"
         FROM activity_goals ag
         JOIN activities a ON a.alliance_id = ag.alliance_id AND a.id = ag.activity_id
        WHERE ag.alliance_id = $1 AND a.status <> 'CANCELLED'
        GROUP BY ag.goal_id, a.membership_id
        ORDER BY ag.goal_id, a.membership_id`,
      [allianceId, asOf],
    );
  }

  /** Active or planned goals without an activity running on the date (linked to the goal itself; sub-goals count on their own). */
  gaps(em: EntityManager, allianceId: string, asOf: string): Promise<ActivityMapGap[]> {
    return rows(
      em,
      `${GOAL_TREE}
       SELECT o.id AS "goalId", o.title AS "goalTitle"
         FROM tree t JOIN ordered o USING (id)
        WHERE o.status IN ('ACTIVE', 'PLANNED')
          AND NOT EXISTS (SELECT 1 FROM activity_goals ag JOIN activities a ON a.alliance_id = ag.alliance_id AND a.id = ag.activity_id
                           WHERE ag.alliance_id = $1 AND ag.goal_id = o.id AND ${RUNNING_ON_AS_OF})
        ORDER BY t.path`,
      [allianceId, asOf],
    );
  }

  /**
   * Open activities (planned, running, paused) explode into one row per goal and target group;
   * a row is part of an overlap when another member has a row with the same goal, target group
   * (case-insensitive) and district (of the alliance's list) and a period that intersects
   * (inclusive date ranges, missing bounds open). Grouping by goal, target group and district
   * lists each overlap once.
   * An activity without a district has no "same district" and is never reported.
   */
  overlaps(em: EntityManager, allianceId: string): Promise<Overlap[]> {
    return rows(
      em,
      `WITH open_rows AS (
         SELECT DISTINCT ON (a.id, ag.goal_id, lower(btrim(tg)))
                a.id, a.membership_id, a.title, a.period_start, a.period_end, ag.goal_id,
                btrim(tg) AS target_group, lower(btrim(tg)) AS target_key,
                a.district_id,
                -- an end before the start (only possible through direct SQL) counts as a one-day period
                daterange(a.period_start, CASE WHEN a.period_end < a.period_start THEN a.period_start ELSE a.period_end END, '[]') AS span
           FROM activities a
           JOIN activity_goals ag ON ag.alliance_id = a.alliance_id AND ag.activity_id = a.id
           CROSS JOIN LATERAL unnest(a.target_groups) AS tg
          WHERE a.alliance_id = $1 AND a.status IN ('PLANNED', 'RUNNING', 'PAUSED')
            AND a.district_id IS NOT NULL AND btrim(tg) <> ''
          ORDER BY a.id, ag.goal_id, lower(btrim(tg)), btrim(tg)
       ), hits AS (
         SELECT x.* FROM open_rows x
          WHERE EXISTS (SELECT 1 FROM open_rows y
                         WHERE y.goal_id = x.goal_id AND y.target_key = x.target_key AND y.district_id = x.district_id
                           AND y.membership_id <> x.membership_id AND y.span && x.span)
       )
       -- the target group is shown as the first activity spells it (min() would depend on the collation)
       SELECT h.goal_id AS "goalId", g.title AS "goalTitle",
              (array_agg(h.target_group ORDER BY h.period_start NULLS FIRST, h.title, h.id))[1] AS "targetGroup",
              h.district_id AS "districtId", d.name AS district,
              json_agg(json_build_object('id', h.id, 'title', h.title, 'organisation', ${ORGANISATION},
                                         'periodStart', to_char(h.period_start, 'YYYY-MM-DD'), 'periodEnd', to_char(h.period_end, 'YYYY-MM-DD'))
                       ORDER BY h.period_start NULLS FIRST, h.title, h.id) AS activities
         FROM hits h
         JOIN goals g ON g.alliance_id = $1 AND g.id = h.goal_id
         JOIN districts d ON d.alliance_id = $1 AND d.id = h.district_id
         JOIN memberships m ON m.alliance_id = $1 AND m.id = h.membership_id
         JOIN organisations o ON o.id = m.organisation_id
        GROUP BY h.goal_id, g.title, h.target_key, h.district_id, d.name
        ORDER BY g.title, h.goal_id, h.target_key, lower(d.name), h.district_id`,
      [allianceId],
    );
  }
}
