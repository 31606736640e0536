import { Injectable } from '@nestjs/common';
import type {
  FrequencyName,
  IndicatorStatusName,
  MeasurementStatusName,
  MembershipRoleName,
  MembershipStateName,
  ReportingPeriodStateName,
} from '@gemeinwerk/shared';
import { EntityManager } from 'typeorm';
import { one, rows } from '../../database/sql';
import type { PlausibilityRules } from './measurement-rules';
import { RULE_COLUMNS } from './plausibility.repository';

export interface ImportIndicator extends PlausibilityRules {
  id: string;
  code: string | null;
  name: string;
  frequency: FrequencyName;
  status: IndicatorStatusName;
}

/** One value as the import writes it (RATIO values computed in SQL, as the form's insert does). */
export interface ImportValue {
  indicatorId: string;
  membershipId: string;
  reportingPeriodId: string;
  periodKey: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string;
  /** The version the check saw (null: the report did not exist). */
  expectedVersion: number | null;
}

/** The set-based SQL of the measurement import: look-ups for the check, the batch upsert, the undo. */
@Injectable()
export class MeasurementImportRepository {
  indicators(em: EntityManager, allianceId: string) {
    return rows<ImportIndicator>(em, `SELECT i.id, i.code, i.name, i.frequency, i.status, ${RULE_COLUMNS} FROM indicators i WHERE i.alliance_id = $1`, [
      allianceId,
    ]);
  }

  members(em: EntityManager, allianceId: string) {
    return rows<{ id: string; organisationId: string; name: string; role: MembershipRoleName; state: MembershipStateName }>(
      em,
      `SELECT mb.id, mb.organisation_id AS "organisationId", o.name, mb.role, mb.state
         FROM memberships mb JOIN organisations o ON o.id = mb.organisation_id WHERE mb.alliance_id = $1`,
      [allianceId],
    );
  }

  periods(em: EntityManager, allianceId: string) {
    return rows<{ id: string; frequency: FrequencyName; periodKey: string; state: ReportingPeriodStateName }>(
      em,
      `SELECT id, frequency, period_key AS "periodKey", state FROM reporting_periods WHERE alliance_id = $1`,
      [allianceId],
    );
  }

  /** The stored reports among these (indicator, member, period) triples, with what the rules need. */
  existing(em: EntityManager, allianceId: string, keys: { indicatorId: string; membershipId: string; reportingPeriodId: string }[]) {
    return rows<{ id: string; key: string; status: MeasurementStatusName; version: number; maxOverlap: number; hasParts: boolean }>(
      em,
      `SELECT m.id, m.indicator_id || '/' || m.membership_id || '/' || m.reporting_period_id AS key, m.status, m.version,
              coalesce((SELECT max(amount) FROM measurement_overlaps ov WHERE ov.alliance_id = m.alliance_id AND ov.measurement_id = m.id), 0)::float8 AS "maxOverlap",
              EXISTS (SELECT 1 FROM measurement_parts p WHERE p.alliance_id = m.alliance_id AND p.measurement_id = m.id) AS "hasParts"
         FROM unnest($2::uuid[], $3::uuid[], $4::uuid[]) k(i, mb, p)
         JOIN measurements m ON m.alliance_id = $1 AND m.indicator_id = k.i AND m.membership_id = k.mb AND m.reporting_period_id = k.p`,
      [allianceId, keys.map((k) => k.indicatorId), keys.map((k) => k.membershipId), keys.map((k) => k.reportingPeriodId)],
    );
  }

  /**
   * Writes one chunk as DRAFTs in one statement: new reports are inserted, DRAFT/REJECTED ones
   * updated (version + 1, as the form's save); the effect of each row (for undo) and its audit
   * event (as the form writes them) are inserted from the same RETURNING. Answers how many rows
   * were written, how many of them updated, and how many did not match what the check saw.
   */
  async upsert(em: EntityManager, allianceId: string, batchId: string, userId: string, values: ImportValue[]) {
    return one<{ written: number; updated: number; stale: number }>(
      em,
      `WITH input AS (
         SELECT * FROM unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::numeric[], $8::numeric[], $9::numeric[], $10::text[], $11::int[])
           AS t(indicator_id, membership_id, period_id, period_key, value, numerator, denominator, note, expected_version)),
       prev AS (
         SELECT m.id, m.indicator_id, m.membership_id, m.reporting_period_id, m.version, m.status, m.value, m.numerator, m.denominator, m.note
           FROM input i JOIN measurements m ON m.alliance_id = $1 AND m.indicator_id = i.indicator_id AND m.membership_id = i.membership_id
                                          AND m.reporting_period_id = i.period_id),
       up AS (
         INSERT INTO measurements AS m (alliance_id, id, indicator_id, membership_id, reporting_period_id, period_key, value, numerator, denominator, note)
         SELECT $1, gen_random_uuid(), indicator_id, membership_id, period_id, period_key,
                CASE WHEN denominator IS NULL THEN value ELSE numerator / denominator END, numerator, denominator, note
           FROM input
         ON CONFLICT (alliance_id, indicator_id, membership_id, reporting_period_id) DO UPDATE
            SET value = EXCLUDED.value, numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator, note = EXCLUDED.note,
                status = 'DRAFT', version = m.version + 1, updated_at = now()
          WHERE m.status IN ('DRAFT', 'REJECTED')
         RETURNING m.id, m.indicator_id, m.membership_id, m.reporting_period_id, m.version, m.value, m.numerator, m.denominator, m.note, (xmax = 0) AS inserted),
       joined AS (
         SELECT up.*, prev.id AS prev_id, prev.version AS prev_version, prev.status AS prev_status, prev.value AS prev_value,
                prev.numerator AS prev_numerator, prev.denominator AS prev_denominator, prev.note AS prev_note, i.expected_version
           FROM up JOIN input i ON i.indicator_id = up.indicator_id AND i.membership_id = up.membership_id AND i.period_id = up.reporting_period_id
           LEFT JOIN prev ON prev.id = up.id),
       eff AS (
         INSERT INTO import_effects (alliance_id, batch_id, entity_id, created, before, after_version)
         SELECT $1, $2, id, prev_id IS NULL,
                CASE WHEN prev_id IS NULL THEN NULL ELSE jsonb_build_object('value', prev_value, 'numerator', prev_numerator, 'denominator', prev_denominator,
                                                                          'note', prev_note, 'status', prev_status, 'version', prev_version) END,
                version
           FROM joined),
       aud AS (
         INSERT INTO audit_events (alliance_id, id, actor_user_id, action, entity_type, entity_id, before, after)
         SELECT $1, gen_random_uuid(), $12, CASE WHEN prev_id IS NULL THEN 'measurement.created' ELSE 'measurement.saved' END, 'Measurement', id,
                CASE WHEN prev_id IS NULL THEN NULL ELSE jsonb_build_object('value', prev_value::float8, 'status', prev_status, 'version', prev_version) END,
                jsonb_build_object('indicatorId', indicator_id, 'membershipId', membership_id, 'reportingPeriodId', reporting_period_id,
                                   'value', value::float8, 'numerator', numerator::float8, 'denominator', denominator::float8, 'note', note,
                                   'parts', '[]'::jsonb, 'status', 'DRAFT', 'version', version, 'importBatchId', $2::uuid)
           FROM joined)
       SELECT count(*)::int AS written, count(prev_id)::int AS updated,
              count(*) FILTER (WHERE prev_version IS DISTINCT FROM expected_version OR inserted <> (expected_version IS NULL))::int AS stale
         FROM joined`,
      [
        allianceId,
        batchId,
        values.map((v) => v.indicatorId),
        values.map((v) => v.membershipId),
        values.map((v) => v.reportingPeriodId),
        values.map((v) => v.periodKey),
        values.map((v) => v.value),
        values.map((v) => v.numerator),
        values.map((v) => v.denominator),
        values.map((v) => v.note),
        values.map((v) => v.expectedVersion),
        userId,
      ],
    );
  }

  /**
   * How many of the batch's values something was built on since: changed (another version: saved,
   * submitted, approved …), deleted, an overlap declared on a value the batch created, or its
   * period closed meanwhile. Undo is allowed only at 0.
   */
  async builtOn(em: EntityManager, allianceId: string, batchId: string): Promise<number> {
    const r = await one<{ n: number }>(
      em,
      `SELECT count(*)::int AS n FROM import_effects e
         LEFT JOIN measurements m ON m.alliance_id = e.alliance_id AND m.id = e.entity_id
         LEFT JOIN reporting_periods rp ON rp.alliance_id = m.alliance_id AND rp.id = m.reporting_period_id
        WHERE e.alliance_id = $1 AND e.batch_id = $2
          AND (m.id IS NULL OR m.version <> e.after_version OR rp.state <> 'OPEN'
               OR (e.created AND EXISTS (SELECT 1 FROM measurement_overlaps ov WHERE ov.alliance_id = m.alliance_id AND ov.measurement_id = m.id)))`,
      [allianceId, batchId],
    );
    return r?.n ?? 0;
  }

  /** Removes what the batch created, restores what it changed (version + 1), with an audit event per value; set-based. */
  async undo(em: EntityManager, allianceId: string, batchId: string, userId: string) {
    return one<{ removed: number; restored: number }>(
      em,
      `WITH gone AS (
         DELETE FROM measurements m USING import_effects e
          WHERE e.alliance_id = $1 AND e.batch_id = $2 AND e.created AND m.alliance_id = e.alliance_id AND m.id = e.entity_id
         RETURNING m.id, m.value, m.status, m.version),
       back AS (
         UPDATE measurements m
            SET value = (e.before->>'value')::numeric, numerator = (e.before->>'numerator')::numeric, denominator = (e.before->>'denominator')::numeric,
                note = e.before->>'note', status = (e.before->>'status')::measurement_status, version = m.version + 1, updated_at = now()
           FROM import_effects e
          WHERE e.alliance_id = $1 AND e.batch_id = $2 AND NOT e.created AND m.alliance_id = e.alliance_id AND m.id = e.entity_id
         RETURNING m.id, m.value, m.status, m.version, e.before),
       aud AS (
         INSERT INTO audit_events (alliance_id, id, actor_user_id, action, entity_type, entity_id, before, after)
         SELECT $1::uuid, gen_random_uuid(), $3::uuid, 'measurement.deleted', 'Measurement', id,
                jsonb_build_object('value', value::float8, 'status', status, 'version', version), jsonb_build_object('importBatchId', $2::uuid)
           FROM gone
         UNION ALL
         SELECT $1::uuid, gen_random_uuid(), $3::uuid, 'measurement.restored', 'Measurement', id, NULL,
                before || jsonb_build_object('version', version, 'importBatchId', $2::uuid)
           FROM back)
       SELECT (SELECT count(*) FROM gone)::int AS removed, (SELECT count(*) FROM back)::int AS restored`,
      [allianceId, batchId, userId],
    );
  }
}
