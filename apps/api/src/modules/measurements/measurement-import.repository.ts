import { Injectable } from '@nestjs/common';
import type {
  FrequencyName,
  IndicatorStatusName,
  MeasurementStatusName,
  MembershipRoleName,
  MembershipStateName,
  ReportingPeriodStateName,
} from '@gemeinwerk/shared';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { EntityManager } from 'typeorm';
import { one, rows } from '../../database/sql';
import type { PlausibilityRules } from './measurement-rules';
import { RULE_COLUMNS } from './plausibility.repository';
import { FROM_PARTICIPATION } from '../participation/participation-indicator.sql';

export interface ImportIndicator extends PlausibilityRules {
  id: string;
  code: string | null;
  name: string;
  frequency: FrequencyName;
  status: IndicatorStatusName;
  /** Computed from citizens' reports (participation): not imported. */
  fromParticipation: boolean;
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

/** A number in COPY's text format (\\N: null); JavaScript's shortest round-trip form, as the driver sends numbers. */
const num = (v: number | null) => (v === null ? '\\N' : String(v));
/** Text in COPY's text format: backslash, tab, newline and carriage return escaped. */
const copyText = (s: string) => s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));

/** The set-based SQL of the measurement import: look-ups for the check, the batch upsert, the undo. */
@Injectable()
export class MeasurementImportRepository {
  indicators(em: EntityManager, allianceId: string) {
    return rows<ImportIndicator>(
      em,
      `SELECT i.id, i.code, i.name, i.frequency, i.status, ${RULE_COLUMNS}, ${FROM_PARTICIPATION('i')} AS "fromParticipation" FROM indicators i WHERE i.alliance_id = $1`,
      [allianceId],
    );
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
   * Inserts new reports (the check found none) as DRAFTs in one plain INSERT, each carrying the
   * batch (`import_batch_id`: what undo removes; no `import_effects` row per new value). A report
   * someone created since the check breaks the unique key: the statement, and with it the batch's
   * transaction, fails, answered as a conflict (no ON CONFLICT: its per-row speculative insert and
   * extra look-up cost more than the check already did). No audit event per value: the batch's
   * `import.committed` event records the change.
   */
  async insertNew(em: EntityManager, allianceId: string, batchId: string, values: ImportValue[]): Promise<{ written: number }> {
    const client = (em.queryRunner as unknown as { databaseConnection?: PoolClient } | undefined)?.databaseConnection;
    const insert = `INSERT INTO measurements (alliance_id, id, indicator_id, membership_id, reporting_period_id, period_key, value, numerator, denominator, note, import_batch_id)
                    SELECT $1, gen_random_uuid(), i, mb, p, k, CASE WHEN d IS NULL THEN v ELSE n / d END, n, d, note, $2`;
    try {
      if (client) {
        // The values by COPY (parsed in C) into a transaction-local table, then one INSERT … SELECT
        // under the measurements policy (COPY cannot write a table under row-level security).
        await em.query(
          `CREATE TEMP TABLE IF NOT EXISTS import_values (i uuid, mb uuid, p uuid, k text, v numeric, n numeric, d numeric, note text) ON COMMIT DROP`,
        );
        const text = values
          .map(
            (v) =>
              `${v.indicatorId}\t${v.membershipId}\t${v.reportingPeriodId}\t${v.periodKey}\t${num(v.value)}\t${num(v.numerator)}\t${num(v.denominator)}\t${copyText(v.note)}\n`,
          )
          .join('');
        await pipeline(Readable.from([text]), client.query(copyFrom('COPY pg_temp.import_values (i, mb, p, k, v, n, d, note) FROM STDIN')));
        await em.query(`WITH t AS (DELETE FROM pg_temp.import_values RETURNING *) ${insert} FROM t`, [allianceId, batchId]);
      } else {
        await em.query(
          `${insert} FROM unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::numeric[], $8::numeric[], $9::numeric[], $10::text[]) AS t(i, mb, p, k, v, n, d, note)`,
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
          ],
        );
      }
    } catch (e) {
      const err = e as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
      if ((err.code ?? err.driverError?.code) === '23505' && (err.constraint ?? err.driverError?.constraint) === 'uq_measurements_report')
        return { written: 0 };
      throw e;
    }
    return { written: values.length };
  }

  /**
   * Replaces stored DRAFT/REJECTED reports with the file's values (version + 1, status DRAFT, as the
   * form's save) where they still have the version the check saw; the effect of each with its state
   * before. `written` below the chunk's length: something changed since the check.
   */
  async replace(em: EntityManager, allianceId: string, batchId: string, values: ImportValue[]) {
    return one<{ written: number }>(
      em,
      `WITH input AS (
         SELECT * FROM unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::numeric[], $7::numeric[], $8::numeric[], $9::text[], $10::int[])
           AS t(indicator_id, membership_id, period_id, value, numerator, denominator, note, expected_version)),
       prev AS (
         SELECT m.id, m.version AS old_version, m.status AS old_status, m.value AS old_value, m.numerator AS old_numerator,
                m.denominator AS old_denominator, m.note AS old_note, i.value, i.numerator, i.denominator, i.note
           FROM input i JOIN measurements m ON m.alliance_id = $1 AND m.indicator_id = i.indicator_id AND m.membership_id = i.membership_id
                                          AND m.reporting_period_id = i.period_id
          WHERE m.version = i.expected_version AND m.status IN ('DRAFT', 'REJECTED')),
       up AS (
         UPDATE measurements m
            SET value = CASE WHEN p.denominator IS NULL THEN p.value ELSE p.numerator / p.denominator END,
                numerator = p.numerator, denominator = p.denominator, note = p.note, status = 'DRAFT', version = m.version + 1, updated_at = now()
           FROM prev p
          WHERE m.alliance_id = $1 AND m.id = p.id
         RETURNING m.id, m.version),
       eff AS (
         INSERT INTO import_effects (alliance_id, batch_id, entity_id, created, before, after_version)
         SELECT $1, $2, up.id, false,
                jsonb_build_object('value', p.old_value, 'numerator', p.old_numerator, 'denominator', p.old_denominator, 'note', p.old_note,
                                   'status', p.old_status, 'version', p.old_version),
                up.version
           FROM up JOIN prev p ON p.id = up.id)
       SELECT count(*)::int AS written FROM up`,
      [
        allianceId,
        batchId,
        values.map((v) => v.indicatorId),
        values.map((v) => v.membershipId),
        values.map((v) => v.reportingPeriodId),
        values.map((v) => v.value),
        values.map((v) => v.numerator),
        values.map((v) => v.denominator),
        values.map((v) => v.note),
        values.map((v) => v.expectedVersion),
      ],
    );
  }

  /**
   * How many of the batch's values something was built on since: changed (another version: saved,
   * submitted, approved …), deleted, an overlap declared on a value the batch created, or its
   * period closed meanwhile. Undo is allowed only at 0. The values the batch created carry its id
   * (version 1 when written; batches committed before that column have `created` effects instead);
   * the ones it replaced have an effect with the version it left.
   */
  async builtOn(em: EntityManager, allianceId: string, batchId: string): Promise<number> {
    const r = await one<{ n: number }>(
      em,
      `WITH replaced AS (
         SELECT count(*)::int AS n, count(*) FILTER (WHERE e.created)::int AS created_effects FROM import_effects e
           LEFT JOIN measurements m ON m.alliance_id = e.alliance_id AND m.id = e.entity_id
           LEFT JOIN reporting_periods rp ON rp.alliance_id = m.alliance_id AND rp.id = m.reporting_period_id
          WHERE e.alliance_id = $1 AND e.batch_id = $2
            AND (m.id IS NULL OR m.version <> e.after_version OR rp.state <> 'OPEN'
                 OR (e.created AND EXISTS (SELECT 1 FROM measurement_overlaps ov WHERE ov.alliance_id = m.alliance_id AND ov.measurement_id = m.id)))),
       created_effects AS (SELECT count(*)::int AS n FROM import_effects e WHERE e.alliance_id = $1 AND e.batch_id = $2 AND e.created),
       created AS (
         SELECT count(*)::int AS present,
                count(*) FILTER (WHERE m.version <> 1 OR rp.state <> 'OPEN'
                                    OR EXISTS (SELECT 1 FROM measurement_overlaps ov WHERE ov.alliance_id = m.alliance_id AND ov.measurement_id = m.id))::int AS changed
           FROM measurements m JOIN reporting_periods rp ON rp.alliance_id = m.alliance_id AND rp.id = m.reporting_period_id
          WHERE m.alliance_id = $1 AND m.import_batch_id = $2)
       SELECT (SELECT n FROM replaced) + c.changed
              + greatest(coalesce(b.created_count, 0) - (SELECT n FROM created_effects) - c.present, 0) AS n
         FROM created c CROSS JOIN import_batches b WHERE b.alliance_id = $1 AND b.id = $2`,
      [allianceId, batchId],
    );
    return r?.n ?? 0;
  }

  /** Removes what the batch created, restores what it changed (version + 1), with an audit event per value; set-based. */
  async undo(em: EntityManager, allianceId: string, batchId: string, userId: string) {
    return one<{ removed: number; restored: number }>(
      em,
      `WITH gone AS (
         DELETE FROM measurements m
          WHERE m.alliance_id = $1
            AND (m.import_batch_id = $2
                 OR m.id IN (SELECT e.entity_id FROM import_effects e WHERE e.alliance_id = $1 AND e.batch_id = $2 AND e.created))
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
