import { Injectable } from '@nestjs/common';
import type { ActivityStatusName, MembershipStateName } from '@gemeinwerk/shared';
import { EntityManager } from 'typeorm';
import { one, rows } from '../../database/sql';

/** One activity as the import creates it (links as ids, looked up by the check). */
export interface ImportActivity {
  membershipId: string;
  title: string;
  description: string;
  targetGroups: string[];
  districtId: string | null;
  place: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  status: ActivityStatusName;
  resources: string;
  budgetEur: number | null;
  staffHoursPerMonth: number | null;
  goalIds: string[];
  indicatorIds: string[];
}

/** The set-based SQL of the activity import: look-ups for the check, the batch insert, the undo. */
@Injectable()
export class ActivityImportRepository {
  /** Members, goals, indicators and districts of the alliance, each as `{ kind, id, name, extra }` for the check's look-ups. */
  lookups(em: EntityManager, allianceId: string) {
    return rows<{ kind: 'member' | 'goal' | 'indicator' | 'district'; id: string; name: string; extra: string | null; state: MembershipStateName | null }>(
      em,
      `SELECT 'member' AS kind, mb.id, o.name, NULL AS extra, mb.state FROM memberships mb JOIN organisations o ON o.id = mb.organisation_id WHERE mb.alliance_id = $1
       UNION ALL SELECT 'goal', id, title, NULL, NULL FROM goals WHERE alliance_id = $1
       UNION ALL SELECT 'indicator', id, name, code, NULL FROM indicators WHERE alliance_id = $1
       UNION ALL SELECT 'district', id, name, NULL, NULL FROM districts WHERE alliance_id = $1`,
      [allianceId],
    );
  }

  /**
   * One chunk in one statement: the activities inserted, their goal and indicator links, an
   * `import_effects` row and the form's `activity.created` audit event each. Answers how many were written.
   */
  async insert(em: EntityManager, allianceId: string, batchId: string, userId: string, values: ImportActivity[]): Promise<number> {
    const r = await one<{ written: number }>(
      em,
      `WITH input AS (
         SELECT gen_random_uuid() AS id, t.*
           FROM unnest($3::uuid[], $4::text[], $5::text[], $6::jsonb[], $7::uuid[], $8::text[], $9::date[], $10::date[], $11::activity_status[],
                       $12::text[], $13::numeric[], $14::numeric[], $15::jsonb[], $16::jsonb[])
             AS t(membership_id, title, description, target_groups, district_id, place, period_start, period_end, status, resources, budget_eur,
                  staff_hours, goal_ids, indicator_ids)),
       ins AS (
         INSERT INTO activities (alliance_id, id, membership_id, title, description, target_groups, district_id, place, period_start, period_end,
                                 status, resources, budget_eur, staff_hours_per_month)
         SELECT $1, id, membership_id, title, description, ARRAY(SELECT jsonb_array_elements_text(target_groups)), district_id, place, period_start,
                period_end, status, resources, budget_eur, staff_hours
           FROM input
         RETURNING id, version),
       goals AS (
         INSERT INTO activity_goals (alliance_id, activity_id, goal_id)
         SELECT DISTINCT $1::uuid, i.id, g::uuid FROM input i JOIN ins ON ins.id = i.id, jsonb_array_elements_text(i.goal_ids) g),
       inds AS (
         INSERT INTO activity_indicators (alliance_id, activity_id, indicator_id)
         SELECT DISTINCT $1::uuid, i.id, x::uuid FROM input i JOIN ins ON ins.id = i.id, jsonb_array_elements_text(i.indicator_ids) x),
       eff AS (
         INSERT INTO import_effects (alliance_id, batch_id, entity_id, created, before, after_version)
         SELECT $1, $2, id, true, NULL, version FROM ins),
       aud AS (
         INSERT INTO audit_events (alliance_id, id, actor_user_id, action, entity_type, entity_id, before, after)
         SELECT $1, gen_random_uuid(), $17, 'activity.created', 'Activity', i.id, NULL,
                jsonb_build_object('membershipId', i.membership_id, 'title', i.title, 'description', i.description, 'targetGroups', i.target_groups,
                                   'districtId', i.district_id, 'place', i.place, 'periodStart', i.period_start, 'periodEnd', i.period_end,
                                   'status', i.status, 'resources', i.resources, 'budgetEur', i.budget_eur::float8,
                                   'staffHoursPerMonth', i.staff_hours::float8, 'goalIds', i.goal_ids, 'indicatorIds', i.indicator_ids,
                                   'version', ins.version, 'importBatchId', $2::uuid)
           FROM input i JOIN ins ON ins.id = i.id)
       SELECT count(*)::int AS written FROM ins`,
      [
        allianceId,
        batchId,
        values.map((v) => v.membershipId),
        values.map((v) => v.title),
        values.map((v) => v.description),
        values.map((v) => JSON.stringify(v.targetGroups)),
        values.map((v) => v.districtId),
        values.map((v) => v.place),
        values.map((v) => v.periodStart),
        values.map((v) => v.periodEnd),
        values.map((v) => v.status),
        values.map((v) => v.resources),
        values.map((v) => v.budgetEur),
        values.map((v) => v.staffHoursPerMonth),
        values.map((v) => JSON.stringify(v.goalIds)),
        values.map((v) => JSON.stringify(v.indicatorIds)),
        userId,
      ],
    );
    return r?.written ?? 0;
  }

  /** How many of the batch's activities were changed (another version: edited, status moved, links changed) or deleted since. */
  async builtOn(em: EntityManager, allianceId: string, batchId: string): Promise<number> {
    const r = await one<{ n: number }>(
      em,
      `SELECT count(*)::int AS n FROM import_effects e
         LEFT JOIN activities a ON a.alliance_id = e.alliance_id AND a.id = e.entity_id
        WHERE e.alliance_id = $1 AND e.batch_id = $2 AND (a.id IS NULL OR a.version <> e.after_version)`,
      [allianceId, batchId],
    );
    return r?.n ?? 0;
  }

  /** Deletes the batch's activities (their links go with them), with the form's `activity.deleted` audit event each. */
  undo(em: EntityManager, allianceId: string, batchId: string, userId: string) {
    return one<{ removed: number; restored: number }>(
      em,
      `WITH gone AS (
         DELETE FROM activities a USING import_effects e
          WHERE e.alliance_id = $1 AND e.batch_id = $2 AND a.alliance_id = e.alliance_id AND a.id = e.entity_id
         RETURNING a.id, a.membership_id, a.title, a.status, a.version),
       aud AS (
         INSERT INTO audit_events (alliance_id, id, actor_user_id, action, entity_type, entity_id, before, after)
         SELECT $1::uuid, gen_random_uuid(), $3::uuid, 'activity.deleted', 'Activity', id,
                jsonb_build_object('membershipId', membership_id, 'title', title, 'status', status, 'version', version),
                jsonb_build_object('importBatchId', $2::uuid)
           FROM gone)
       SELECT (SELECT count(*) FROM gone)::int AS removed, 0 AS restored`,
      [allianceId, batchId, userId],
    );
  }
}
