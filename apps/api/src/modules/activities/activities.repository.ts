import { Injectable } from '@nestjs/common';
import type { ActivityStatusName, MembershipStateName } from '@gemeinwerk/shared';
import { EntityManager } from 'typeorm';
import { containsPattern, one, rows } from '../../database/sql';
import { ActivityFilter, ActivityModel } from './activities.models';

/**
 * One activity with everything the API shows, in one statement: organisation by join, goals and
 * indicators as JSON arrays from correlated subqueries, so a page of activities is one round trip.
 * Goal titles and indicator names are read here rather than through the agenda and indicators
 * modules, which would cost a query per activity.
 */
const ACTIVITY_SELECT = `
  SELECT a.id, a.alliance_id AS "allianceId", a.membership_id AS "membershipId",
         json_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'city', o.city) AS organisation,
         a.title, a.description,
         coalesce((SELECT json_agg(json_build_object('id', g.id, 'title', g.title) ORDER BY g.position, g.title, g.id)
                     FROM activity_goals ag JOIN goals g ON g.alliance_id = ag.alliance_id AND g.id = ag.goal_id
                    WHERE ag.alliance_id = a.alliance_id AND ag.activity_id = a.id), '[]'::json) AS goals,
         coalesce((SELECT json_agg(json_build_object('id', i.id, 'name', i.name) ORDER BY i.name, i.id)
                     FROM activity_indicators ai JOIN indicators i ON i.alliance_id = ai.alliance_id AND i.id = ai.indicator_id
                    WHERE ai.alliance_id = a.alliance_id AND ai.activity_id = a.id), '[]'::json) AS indicators,
         a.target_groups AS "targetGroups", a.district_id AS "districtId", dt.name AS district, a.place,
         a.latitude::float8 AS latitude, a.longitude::float8 AS longitude,
         to_char(a.period_start, 'YYYY-MM-DD') AS "periodStart", to_char(a.period_end, 'YYYY-MM-DD') AS "periodEnd",
         a.status, a.resources, a.budget_eur::float8 AS "budgetEur", a.staff_hours_per_month::float8 AS "staffHoursPerMonth",
         a.version, a.created_at AS "createdAt", a.updated_at AS "updatedAt"
    FROM activities a
    JOIN memberships m ON m.alliance_id = a.alliance_id AND m.id = a.membership_id
    JOIN organisations o ON o.id = m.organisation_id
    LEFT JOIN districts dt ON dt.alliance_id = a.alliance_id AND dt.id = a.district_id`;

const FILTER = `
   WHERE a.alliance_id = $1
     AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM activity_goals fg WHERE fg.alliance_id = a.alliance_id AND fg.activity_id = a.id AND fg.goal_id = $2))
     AND ($3::uuid IS NULL OR a.membership_id = $3)
     AND ($4::activity_status IS NULL OR a.status = $4)
     AND ($5::uuid IS NULL OR a.district_id = $5)
     AND ($6::text IS NULL OR EXISTS (SELECT 1 FROM unnest(a.target_groups) tg WHERE lower(tg) = lower($6)))
     AND ($7::text IS NULL OR a.title ILIKE $7 OR a.description ILIKE $7)`;

/** Column values of an activity as the service normalised them (numbers, ISO date strings, null for "none"). */
export interface ActivityValues {
  title: string;
  description: string;
  targetGroups: string[];
  districtId: string | null;
  place: string | null;
  latitude: number | null;
  longitude: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  resources: string;
  budgetEur: number | null;
  staffHoursPerMonth: number | null;
}

/** Which column each writable value lands in: the whitelist for the dynamic SET of an update. */
const COLUMNS: Record<keyof ActivityValues, string> = {
  title: 'title',
  description: 'description',
  targetGroups: 'target_groups',
  districtId: 'district_id',
  place: 'place',
  latitude: 'latitude',
  longitude: 'longitude',
  periodStart: 'period_start',
  periodEnd: 'period_end',
  resources: 'resources',
  budgetEur: 'budget_eur',
  staffHoursPerMonth: 'staff_hours_per_month',
};

@Injectable()
export class ActivitiesRepository {
  get(em: EntityManager, allianceId: string, id: string): Promise<ActivityModel | undefined> {
    return one<ActivityModel>(em, `${ACTIVITY_SELECT} WHERE a.alliance_id = $1 AND a.id = $2`, [allianceId, id]);
  }

  /** One keyset page ordered by title, then id; `after` is the (title, id) of the previous page's last row. */
  page(em: EntityManager, allianceId: string, filter: ActivityFilter, first: number, after?: [string, string]): Promise<ActivityModel[]> {
    return rows<ActivityModel>(
      em,
      `${ACTIVITY_SELECT} ${FILTER}
         AND ($8::text IS NULL OR (a.title, a.id) > ($8::text, $9::uuid))
       ORDER BY a.title, a.id
       LIMIT $10`,
      [...this.filterParams(allianceId, filter), after?.[0] ?? null, after?.[1] ?? null, first + 1],
    );
  }

  async count(em: EntityManager, allianceId: string, filter: ActivityFilter): Promise<number> {
    const r = await one<{ n: number }>(em, `SELECT count(*)::int AS n FROM activities a ${FILTER}`, this.filterParams(allianceId, filter));
    return r!.n;
  }

  private filterParams(allianceId: string, f: ActivityFilter): unknown[] {
    return [
      allianceId,
      f.goalId ?? null,
      f.membershipId ?? null,
      f.status ?? null,
      f.districtId ?? null,
      f.targetGroup || null,
      f.search ? containsPattern(f.search) : null,
    ];
  }

  membership(em: EntityManager, allianceId: string, id: string) {
    return one<{ id: string; state: MembershipStateName }>(em, `SELECT id, state FROM memberships WHERE alliance_id = $1 AND id = $2`, [allianceId, id]);
  }

  /** How many of the ids name rows of `table` in this alliance (the caller passes distinct ids). */
  async countExisting(em: EntityManager, table: 'goals' | 'indicators' | 'districts', allianceId: string, ids: string[]): Promise<number> {
    if (!ids.length) return 0;
    const r = await one<{ n: number }>(em, `SELECT count(*)::int AS n FROM ${table} WHERE alliance_id = $1 AND id = ANY($2::uuid[])`, [allianceId, ids]);
    return r!.n;
  }

  async insert(em: EntityManager, a: ActivityValues & { allianceId: string; id: string; membershipId: string; status: ActivityStatusName }): Promise<void> {
    await em.query(
      `INSERT INTO activities (alliance_id, id, membership_id, title, description, target_groups, district_id, place, latitude, longitude,
                               period_start, period_end, status, resources, budget_eur, staff_hours_per_month)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
      [
        a.allianceId,
        a.id,
        a.membershipId,
        a.title,
        a.description,
        a.targetGroups,
        a.districtId,
        a.place,
        a.latitude,
        a.longitude,
        a.periodStart,
        a.periodEnd,
        a.status,
        a.resources,
        a.budgetEur,
        a.staffHoursPerMonth,
      ],
    );
  }

  /**
   * Optimistic update of the given values (and nothing else, so untouched numerics keep their exact
   * stored value). Returns the updated id, or nothing when the version was stale or the row is gone.
   */
  updateValues(em: EntityManager, allianceId: string, id: string, version: number, values: Partial<ActivityValues>) {
    const keys = Object.keys(values) as (keyof ActivityValues)[];
    const sets = keys.map((k, i) => `${COLUMNS[k]} = $${i + 4}`);
    return rows<{ id: string }>(
      em,
      `UPDATE activities SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
        WHERE alliance_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [allianceId, id, version, ...keys.map((k) => values[k])],
    );
  }

  updateStatus(em: EntityManager, allianceId: string, id: string, version: number, status: ActivityStatusName) {
    return rows<{ id: string }>(
      em,
      `UPDATE activities SET status = $4, version = version + 1, updated_at = now()
        WHERE alliance_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [allianceId, id, version, status],
    );
  }

  /** Deletes only a deletable (planned or cancelled) activity at this version; links go with it (ON DELETE CASCADE). */
  delete(em: EntityManager, allianceId: string, id: string, version: number) {
    return rows<{ id: string }>(
      em,
      `DELETE FROM activities WHERE alliance_id = $1 AND id = $2 AND version = $3 AND status IN ('PLANNED', 'CANCELLED') RETURNING id`,
      [allianceId, id, version],
    );
  }

  /** Makes the activity's goal (or indicator) links exactly `ids`. */
  async replaceLinks(em: EntityManager, kind: 'goal' | 'indicator', allianceId: string, activityId: string, ids: string[]): Promise<void> {
    const table = kind === 'goal' ? 'activity_goals' : 'activity_indicators';
    const column = kind === 'goal' ? 'goal_id' : 'indicator_id';
    await em.query(`DELETE FROM ${table} WHERE alliance_id = $1 AND activity_id = $2 AND NOT (${column} = ANY($3::uuid[]))`, [allianceId, activityId, ids]);
    await em.query(`INSERT INTO ${table} (alliance_id, activity_id, ${column}) SELECT $1, $2, unnest($3::uuid[]) ON CONFLICT DO NOTHING`, [
      allianceId,
      activityId,
      ids,
    ]);
  }
}
