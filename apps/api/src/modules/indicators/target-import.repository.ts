import { Injectable } from '@nestjs/common';
import type { FrequencyName, IndicatorStatusName } from '@gemeinwerk/shared';
import { EntityManager } from 'typeorm';
import { one, rows } from '../../database/sql';

/** One target as the import writes it; `expectedVersion` null: the check found none for the period. */
export interface ImportTarget {
  indicatorId: string;
  periodKey: string;
  value: number;
  expectedVersion: number | null;
}

/** The set-based SQL of the target import: look-ups for the check, the batch upsert, the undo. */
@Injectable()
export class TargetImportRepository {
  indicators(em: EntityManager, allianceId: string) {
    return rows<{ id: string; code: string | null; name: string; frequency: FrequencyName; status: IndicatorStatusName }>(
      em,
      `SELECT id, code, name, frequency, status FROM indicators WHERE alliance_id = $1`,
      [allianceId],
    );
  }

  /** The stored targets of these indicators (key `indicatorId/periodKey`). */
  existing(em: EntityManager, allianceId: string, indicatorIds: string[]) {
    return rows<{ key: string; version: number }>(
      em,
      `SELECT indicator_id || '/' || period_key AS key, version FROM targets WHERE alliance_id = $1 AND indicator_id = ANY($2::uuid[])`,
      [allianceId, indicatorIds],
    );
  }

  /**
   * One chunk in one statement, as the form writes one target: new ones inserted, stored ones
   * changed (version + 1); an `import_effects` row and the form's audit event (`target.created` /
   * `target.updated`) per target from the same RETURNING. `stale`: rows that no longer match the check.
   */
  upsert(em: EntityManager, allianceId: string, batchId: string, userId: string, values: ImportTarget[]) {
    return one<{ written: number; updated: number; stale: number }>(
      em,
      `WITH input AS (
         SELECT * FROM unnest($3::uuid[], $4::text[], $5::numeric[], $6::int[]) AS t(indicator_id, period_key, value, expected_version)),
       prev AS (
         SELECT t.id, t.indicator_id, t.period_key, t.value, t.version
           FROM input i JOIN targets t ON t.alliance_id = $1 AND t.indicator_id = i.indicator_id AND t.period_key = i.period_key),
       up AS (
         INSERT INTO targets AS t (alliance_id, id, indicator_id, period_key, value)
         SELECT $1, gen_random_uuid(), indicator_id, period_key, value FROM input
         ON CONFLICT (alliance_id, indicator_id, period_key) DO UPDATE SET value = EXCLUDED.value, version = t.version + 1, updated_at = now()
         RETURNING t.id, t.indicator_id, t.period_key, t.value, t.version),
       joined AS (
         SELECT up.*, prev.id AS prev_id, prev.value AS prev_value, prev.version AS prev_version, i.expected_version
           FROM up JOIN input i ON i.indicator_id = up.indicator_id AND i.period_key = up.period_key
           LEFT JOIN prev ON prev.id = up.id),
       eff AS (
         INSERT INTO import_effects (alliance_id, batch_id, entity_id, created, before, after_version)
         SELECT $1, $2, id, prev_id IS NULL,
                CASE WHEN prev_id IS NULL THEN NULL ELSE jsonb_build_object('value', prev_value, 'version', prev_version) END, version
           FROM joined),
       aud AS (
         INSERT INTO audit_events (alliance_id, id, actor_user_id, action, entity_type, entity_id, before, after)
         SELECT $1, gen_random_uuid(), $7, CASE WHEN prev_id IS NULL THEN 'target.created' ELSE 'target.updated' END, 'Target', id,
                CASE WHEN prev_id IS NULL THEN NULL
                     ELSE jsonb_build_object('indicatorId', indicator_id, 'periodKey', period_key, 'value', prev_value::float8, 'version', prev_version) END,
                jsonb_build_object('indicatorId', indicator_id, 'periodKey', period_key, 'value', value::float8, 'version', version, 'importBatchId', $2::uuid)
           FROM joined)
       SELECT count(*)::int AS written, count(prev_id)::int AS updated,
              count(*) FILTER (WHERE prev_version IS DISTINCT FROM expected_version)::int AS stale
         FROM joined`,
      [
        allianceId,
        batchId,
        values.map((v) => v.indicatorId),
        values.map((v) => v.periodKey),
        values.map((v) => v.value),
        values.map((v) => v.expectedVersion),
        userId,
      ],
    );
  }

  /** How many of the batch's targets were changed or deleted since (another version, or gone). */
  async builtOn(em: EntityManager, allianceId: string, batchId: string): Promise<number> {
    const r = await one<{ n: number }>(
      em,
      `SELECT count(*)::int AS n FROM import_effects e
         LEFT JOIN targets t ON t.alliance_id = e.alliance_id AND t.id = e.entity_id
        WHERE e.alliance_id = $1 AND e.batch_id = $2 AND (t.id IS NULL OR t.version <> e.after_version)`,
      [allianceId, batchId],
    );
    return r?.n ?? 0;
  }

  /** Deletes the targets the batch created and restores the values it changed (version + 1), with the form's audit events. */
  undo(em: EntityManager, allianceId: string, batchId: string, userId: string) {
    return one<{ removed: number; restored: number }>(
      em,
      `WITH gone AS (
         DELETE FROM targets t USING import_effects e
          WHERE e.alliance_id = $1 AND e.batch_id = $2 AND e.created AND t.alliance_id = e.alliance_id AND t.id = e.entity_id
         RETURNING t.id, t.indicator_id, t.period_key, t.value, t.version),
       back AS (
         UPDATE targets t SET value = (e.before->>'value')::numeric, version = t.version + 1, updated_at = now()
           FROM import_effects e
          WHERE e.alliance_id = $1 AND e.batch_id = $2 AND NOT e.created AND t.alliance_id = e.alliance_id AND t.id = e.entity_id
         RETURNING t.id, t.indicator_id, t.period_key, t.value, t.version),
       aud AS (
         INSERT INTO audit_events (alliance_id, id, actor_user_id, action, entity_type, entity_id, before, after)
         SELECT $1::uuid, gen_random_uuid(), $3::uuid, 'target.deleted', 'Target', id,
                jsonb_build_object('indicatorId', indicator_id, 'periodKey', period_key, 'value', value::float8, 'version', version),
                jsonb_build_object('importBatchId', $2::uuid)
           FROM gone
         UNION ALL
         SELECT $1::uuid, gen_random_uuid(), $3::uuid, 'target.updated', 'Target', id, NULL,
                jsonb_build_object('indicatorId', indicator_id, 'periodKey', period_key, 'value', value::float8, 'version', version, 'importBatchId', $2::uuid)
           FROM back)
       SELECT (SELECT count(*) FROM gone)::int AS removed, (SELECT count(*) FROM back)::int AS restored`,
      [allianceId, batchId, userId],
    );
  }
}
