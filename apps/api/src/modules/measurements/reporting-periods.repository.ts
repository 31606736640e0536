import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { FrequencyName, ReportingPeriodStateName } from '@gemeinwerk/shared';
import { EntityManager } from 'typeorm';
import { one, rows } from '../../database/sql';
import { ReportingCompletenessModel, ReportingPeriodModel } from './measurements.models';
import { pageWithTotal } from './measurements.repository';
import { FROM_PARTICIPATION } from '../participation/participation-indicator.sql';

/**
 * The expected reports of period `rp`: every ACTIVE indicator of the period's frequency × every
 * ACTIVE PARTNER membership, with the measurement (if any) each one has in the period.
 * Backbone and funder/observer memberships are not expected to report, and nobody reports an
 * indicator whose values come from participation (citizens' reports, computed).
 */
export const EXPECTED_REPORTS = `
  FROM indicators i
  JOIN memberships mb ON mb.alliance_id = i.alliance_id AND mb.role = 'PARTNER' AND mb.state = 'ACTIVE'
  JOIN organisations o ON o.id = mb.organisation_id
  LEFT JOIN measurements ms ON ms.alliance_id = i.alliance_id AND ms.indicator_id = i.id
        AND ms.membership_id = mb.id AND ms.reporting_period_id = rp.id
 WHERE i.alliance_id = rp.alliance_id AND i.status = 'ACTIVE' AND i.frequency = rp.frequency AND NOT ${FROM_PARTICIPATION('i')}`;

export const COUNT_COLUMNS = `
  count(*)::int AS expected,
  count(*) FILTER (WHERE ms.status = 'APPROVED')::int AS approved,
  count(*) FILTER (WHERE ms.status IN ('SUBMITTED', 'APPROVED'))::int AS submitted,
  count(*) FILTER (WHERE ms.id IS NULL)::int AS missing,
  count(*) FILTER (WHERE ms.status = 'DRAFT')::int AS draft,
  count(*) FILTER (WHERE ms.status = 'SUBMITTED')::int AS awaiting,
  count(*) FILTER (WHERE ms.status = 'REJECTED')::int AS rejected`;

/** `$seesWorkflow` hides the counts of unapproved reports from funders and observers. */
const periodColumns = (seesWorkflow: string) => `
  rp.id, rp.alliance_id AS "allianceId", rp.frequency, rp.period_key AS "periodKey",
  rp.starts_on::text AS "startsOn", rp.ends_on::text AS "endsOn", rp.due_on::text AS "dueOn", rp.state,
  rp.opened_at AS "openedAt", rp.closed_at AS "closedAt", rp.version,
  json_build_object(
    'expected', c.expected, 'approved', c.approved,
    'missing', CASE WHEN ${seesWorkflow} THEN c.missing END,
    'draft', CASE WHEN ${seesWorkflow} THEN c.draft END,
    'awaitingReview', CASE WHEN ${seesWorkflow} THEN c.awaiting END,
    'rejected', CASE WHEN ${seesWorkflow} THEN c.rejected END) AS counts`;

export interface PeriodRow {
  id: string;
  frequency: FrequencyName;
  periodKey: string;
  state: ReportingPeriodStateName;
  version: number;
  dueOn: string | null;
}

@Injectable()
export class ReportingPeriodsRepository {
  async get(em: EntityManager, allianceId: string, id: string, seesWorkflow: boolean): Promise<ReportingPeriodModel | undefined> {
    return one<ReportingPeriodModel>(
      em,
      `SELECT ${periodColumns('$3::boolean')} FROM reporting_periods rp
         CROSS JOIN LATERAL (SELECT ${COUNT_COLUMNS} ${EXPECTED_REPORTS}) c
        WHERE rp.alliance_id = $1 AND rp.id = $2`,
      [allianceId, id, seesWorkflow],
    );
  }

  /** Newest first (by start date, then id); `after` is the (startsOn, id) of the previous page's last row. */
  list(em: EntityManager, allianceId: string, opts: { state?: ReportingPeriodStateName; seesWorkflow: boolean; first: number; after?: [string, string] }) {
    return pageWithTotal<ReportingPeriodModel>(
      em,
      `WITH f AS (SELECT * FROM reporting_periods WHERE alliance_id = $1 AND ($2::reporting_period_state IS NULL OR state = $2)),
       t AS (SELECT count(*)::int AS total FROM f)
       SELECT t.total, x.* FROM t LEFT JOIN LATERAL (
         SELECT ${periodColumns('$3::boolean')}
           FROM f rp
           CROSS JOIN LATERAL (SELECT ${COUNT_COLUMNS} ${EXPECTED_REPORTS}) c
          WHERE $4::date IS NULL OR (rp.starts_on, rp.id) < ($4::date, $5::uuid)
          ORDER BY rp.starts_on DESC, rp.id DESC
          LIMIT $6) x ON true
        ORDER BY x."startsOn" DESC, x.id DESC`,
      [allianceId, opts.state ?? null, opts.seesWorkflow, opts.after?.[0] ?? null, opts.after?.[1] ?? null, opts.first + 1],
    );
  }

  findByKey(em: EntityManager, allianceId: string, frequency: FrequencyName, periodKey: string): Promise<PeriodRow | undefined> {
    return one<PeriodRow>(
      em,
      `SELECT id, frequency, period_key AS "periodKey", state, version, due_on::text AS "dueOn"
         FROM reporting_periods WHERE alliance_id = $1 AND frequency = $2 AND period_key = $3 FOR UPDATE`,
      [allianceId, frequency, periodKey],
    );
  }

  state(em: EntityManager, allianceId: string, id: string): Promise<PeriodRow | undefined> {
    return one<PeriodRow>(
      em,
      `SELECT id, frequency, period_key AS "periodKey", state, version, due_on::text AS "dueOn"
         FROM reporting_periods WHERE alliance_id = $1 AND id = $2`,
      [allianceId, id],
    );
  }

  /** Inserts the period unless one with this frequency and key exists (then returns undefined). */
  async insert(
    em: EntityManager,
    p: { allianceId: string; frequency: FrequencyName; periodKey: string; startsOn: string; endsOn: string; dueOn: string | null; userId: string },
  ): Promise<string | undefined> {
    const inserted = await rows<{ id: string }>(
      em,
      `INSERT INTO reporting_periods (alliance_id, id, frequency, period_key, starts_on, ends_on, due_on, opened_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (alliance_id, frequency, period_key) DO NOTHING RETURNING id`,
      [p.allianceId, randomUUID(), p.frequency, p.periodKey, p.startsOn, p.endsOn, p.dueOn, p.userId],
    );
    return inserted[0]?.id;
  }

  async reopen(em: EntityManager, allianceId: string, id: string, dueOn: string | null, userId: string): Promise<void> {
    await em.query(
      `UPDATE reporting_periods SET state = 'OPEN', due_on = coalesce($3, due_on), opened_by_user_id = $4, opened_at = now(),
              closed_by_user_id = NULL, closed_at = NULL, version = version + 1
        WHERE alliance_id = $1 AND id = $2 AND state = 'CLOSED'`,
      [allianceId, id, dueOn, userId],
    );
  }

  close(em: EntityManager, allianceId: string, id: string, version: number, userId: string) {
    return rows<{ id: string }>(
      em,
      `UPDATE reporting_periods SET state = 'CLOSED', closed_by_user_id = $4, closed_at = now(), version = version + 1
        WHERE alliance_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [allianceId, id, version, userId],
    );
  }

  /** Who has reported which indicator in the period: the whole matrix and its totals in one statement. */
  async completeness(em: EntityManager, allianceId: string, id: string): Promise<ReportingCompletenessModel | undefined> {
    const report = await one<ReportingCompletenessModel>(
      em,
      `SELECT row_to_json(p) AS "reportingPeriod", c.expected, c.submitted, c.approved, c.missing,
              CASE WHEN c.expected = 0 THEN 0 ELSE c.approved::float8 / c.expected END AS "shareComplete",
              c.rows
         FROM reporting_periods rp
         CROSS JOIN LATERAL (
           SELECT ${COUNT_COLUMNS},
                  coalesce(json_agg(json_build_object(
                    'indicatorId', i.id, 'indicatorName', i.name, 'membershipId', mb.id, 'organisationName', o.name,
                    'status', coalesce(ms.status::text, 'MISSING'), 'measurementId', ms.id)
                    ORDER BY i.code NULLS LAST, i.name, i.id, o.name, mb.id), '[]'::json) AS rows
             ${EXPECTED_REPORTS}
         ) c
         CROSS JOIN LATERAL (SELECT ${periodColumns('true')}) p
        WHERE rp.alliance_id = $1 AND rp.id = $2`,
      [allianceId, id],
    );
    if (!report) return undefined;
    // Timestamps inside JSON arrive as strings; the DateTime scalar wants Dates.
    const p = report.reportingPeriod;
    p.openedAt = new Date(p.openedAt);
    p.closedAt = p.closedAt && new Date(p.closedAt);
    return report;
  }
}
