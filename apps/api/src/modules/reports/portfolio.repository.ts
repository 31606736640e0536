import { ON_TRACK_SHARE } from '@gemeinwerk/shared';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { rows } from '../../core/database/sql';
import { COUNT_COLUMNS, EXPECTED_REPORTS } from '../measurements/reporting-periods.repository';
import { rollupCtes, TARGET_OF } from '../measurements/rollups.repository';
import type { PortfolioAllianceModel } from './reports.models';

/** The keys whose target applies to period key `k` of frequency `f`: its own, its quarter's, its year's (as RollupsService). */
const TARGET_KEYS = (k: string, f: string) => `ARRAY[${k},
  CASE WHEN ${f} = 'MONTHLY' THEN left(${k}, 4) || '-Q' || ((substr(${k}, 6, 2)::int + 2) / 3) END,
  CASE WHEN ${f} <> 'YEARLY' THEN left(${k}, 4) END]::text[]`;

/**
 * The whole portfolio in ONE statement, whatever the number of alliances: `$1` lists the
 * alliances (the transaction's read list must hold exactly these). `cells` are each ACTIVE
 * indicator's last six periods with an APPROVED value; the measurements module's roll-up CTEs
 * compute their values with the alliance taken from the cell, so draft, submitted and rejected
 * values never count.
 */
const PORTFOLIO = `
  WITH inds AS (
    SELECT i.alliance_id, i.id, i.code, i.name, i.unit, i.decimals, i.direction, i.aggregation, i.frequency
      FROM indicators i WHERE i.alliance_id = ANY($1::uuid[]) AND i.status = 'ACTIVE'
  ),
  cells AS (
    SELECT alliance_id, indicator_id, period_key, aggregation, frequency FROM (
      SELECT k.*, row_number() OVER (PARTITION BY k.indicator_id ORDER BY k.period_key DESC) AS rn
        FROM (SELECT DISTINCT i.alliance_id, i.id AS indicator_id, ms.period_key::text AS period_key, i.aggregation, i.frequency
                FROM inds i JOIN measurements ms ON ms.alliance_id = i.alliance_id AND ms.indicator_id = i.id AND ms.status = 'APPROVED') k) r
     WHERE rn <= 6
  ),
  ${rollupCtes('c.alliance_id')},
  judged AS (
    SELECT i.*, lt.period_key AS latest_period, lt.value AS latest_value, lt.target, tr.periods, tr.vals,
           CASE WHEN lt.value IS NULL OR lt.target IS NULL OR lt.target = 0 THEN NULL
                WHEN i.direction = 'DECREASE' THEN CASE WHEN lt.value = 0 THEN 1 ELSE lt.target / lt.value END
                ELSE lt.value / lt.target END AS progress
      FROM inds i
      LEFT JOIN LATERAL (
        SELECT t.period_key, t.value::float8 AS value, ${TARGET_OF('t.indicator_id', TARGET_KEYS('t.period_key', 'i.frequency::text'), 'i.alliance_id')} AS target
          FROM totals t WHERE t.indicator_id = i.id AND t.value IS NOT NULL ORDER BY t.period_key DESC LIMIT 1) lt ON true
      LEFT JOIN LATERAL (
        SELECT coalesce(array_agg(t.period_key ORDER BY t.period_key), '{}') AS periods, coalesce(array_agg(t.value::float8 ORDER BY t.period_key), '{}') AS vals
          FROM totals t WHERE t.indicator_id = i.id) tr ON true
  ),
  completeness AS (
    SELECT DISTINCT ON (rp.alliance_id) rp.alliance_id,
           json_build_object('periodKey', rp.period_key, 'frequency', rp.frequency, 'state', rp.state, 'dueOn', rp.due_on::text,
                             'expected', c.expected, 'approved', c.approved,
                             'shareComplete', CASE WHEN c.expected = 0 THEN 0 ELSE c.approved::float8 / c.expected END) AS doc
      FROM reporting_periods rp CROSS JOIN LATERAL (SELECT ${COUNT_COLUMNS} ${EXPECTED_REPORTS}) c
     WHERE rp.alliance_id = ANY($1::uuid[])
     ORDER BY rp.alliance_id, rp.state = 'OPEN' DESC, rp.starts_on DESC, rp.closed_at DESC NULLS LAST, rp.id
  )
  SELECT a.id, a.name, a.kind, a.lifecycle, a.primary_color AS "primaryColor",
         (SELECT doc FROM completeness c WHERE c.alliance_id = a.id) AS "reportingCompleteness",
         coalesce((SELECT json_agg(json_build_object(
                     'id', j.id, 'name', j.name, 'unit', j.unit, 'decimals', j.decimals, 'direction', j.direction, 'aggregation', j.aggregation,
                     'latestPeriod', j.latest_period, 'latestValue', j.latest_value, 'target', j.target, 'progress', j.progress,
                     'trend', json_build_object('periods', j.periods, 'values', j.vals),
                     'status', CASE WHEN j.progress IS NULL THEN 'NO_DATA'
                                    WHEN j.direction = 'MAINTAIN' THEN CASE WHEN abs(j.progress - 1) <= 1 - $2::float8 THEN 'ON_TRACK' ELSE 'OFF_TRACK' END
                                    WHEN j.progress >= $2::float8 THEN 'ON_TRACK' ELSE 'OFF_TRACK' END)
                     ORDER BY j.code NULLS LAST, j.name, j.id)
                     FROM judged j WHERE j.alliance_id = a.id), '[]'::json) AS indicators
    FROM alliances a WHERE a.id = ANY($1::uuid[])
   ORDER BY a.name, a.id`;

@Injectable()
export class PortfolioRepository {
  /** Alliances where the user holds a seat in an ACTIVE FUNDER membership (the read list must already cover the user's alliances). */
  async fundedAllianceIds(em: EntityManager, userId: string): Promise<string[]> {
    const found = await rows<{ alliance_id: string }>(
      em,
      `SELECT DISTINCT s.alliance_id FROM alliance_seats s
         JOIN memberships m ON m.alliance_id = s.alliance_id AND m.id = s.membership_id
        WHERE s.user_id = $1 AND s.left_at IS NULL AND m.state = 'ACTIVE' AND m.role = 'FUNDER'`,
      [userId],
    );
    return found.map((r) => r.alliance_id);
  }

  portfolio(em: EntityManager, allianceIds: string[]): Promise<PortfolioAllianceModel[]> {
    return rows<PortfolioAllianceModel>(em, PORTFOLIO, [allianceIds, ON_TRACK_SHARE]);
  }
}
