import { targetProgress, targetStatusOf } from '@gemeinwerk/shared';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { rows } from '../../database/sql';
import { COUNT_COLUMNS, EXPECTED_REPORTS } from '../measurements/reporting-periods.repository';
import { ROLLUP_CTES, TARGET_OF } from '../measurements/rollups.sql';
import { totalHiddenFor } from '../disclosure/cell-disclosure';
import { publicPolicy, type DisclosurePolicy } from '../disclosure/disclosure.policy';
import type { PortfolioAllianceModel, PortfolioIndicatorModel, TrendModel } from './reports.models';

/** The keys whose target applies to period key `k` of frequency `f`: its own, its quarter's, its year's (as RollupsService). */
const TARGET_KEYS = (k: string, f: string) => `ARRAY[${k},
  CASE WHEN ${f} = 'MONTHLY' THEN left(${k}, 4) || '-Q' || ((substr(${k}, 6, 2)::int + 2) / 3) END,
  CASE WHEN ${f} <> 'YEARLY' THEN left(${k}, 4) END]::text[]`;

/** A complete cell: its period closed, or approved reports from every ACTIVE PARTNER and every other reporter (CONTRACT.md). */
const COMPLETE = (r: string) => `(EXISTS (SELECT 1 FROM reporting_periods rp
                  WHERE rp.alliance_id = ${r}.alliance_id AND rp.frequency::text = ${r}.frequency AND rp.period_key = ${r}.period_key
                    AND rp.state = 'CLOSED')
   OR ${r}.n >= ${r}.extra + (SELECT count(*) FROM memberships mb
                               WHERE mb.alliance_id = ${r}.alliance_id AND mb.role = 'PARTNER' AND mb.state = 'ACTIVE'))`;

/**
 * The whole portfolio in ONE statement, whatever the number of alliances: `$1` lists the
 * alliances (the transaction's read list must hold exactly these). `cells` are each ACTIVE
 * indicator's last six periods with an APPROVED value plus its latest complete one; the
 * measurements module's roll-up CTEs compute their values and completeness, so draft, submitted
 * and rejected values never count. Set-based like the roll-up: CTEs are never joined to each
 * other, rows of one indicator meet through UNION ALL + GROUP BY. Progress and status are
 * judged in TypeScript (PortfolioRepository.portfolio).
 */
const PORTFOLIO = `
  WITH inds AS MATERIALIZED (
    SELECT i.alliance_id, i.id, i.aggregation, i.frequency, i.direction, i.code, i.name,
           json_build_object('id', i.id, 'name', i.name, 'unit', i.unit, 'decimals', i.decimals, 'direction', i.direction,
                             'aggregation', i.aggregation, 'baseline', i.baseline_value::float8) AS meta
      FROM indicators i WHERE i.alliance_id = ANY($1::uuid[]) AND i.status = 'ACTIVE'
  ),
  reported AS MATERIALIZED (
    SELECT i.alliance_id, i.id AS indicator_id, ms.period_key::text AS period_key, i.aggregation::text AS aggregation,
           i.frequency::text AS frequency, count(*) AS n,
           count(*) FILTER (WHERE NOT (mb.role = 'PARTNER' AND mb.state = 'ACTIVE')) AS extra
      FROM inds i
      JOIN measurements ms ON ms.alliance_id = i.alliance_id AND ms.indicator_id = i.id AND ms.status = 'APPROVED'
      JOIN memberships mb ON mb.alliance_id = ms.alliance_id AND mb.id = ms.membership_id
     GROUP BY 1, 2, 3, 4, 5
  ),
  ranked AS (
    SELECT r.*, row_number() OVER (PARTITION BY r.indicator_id ORDER BY r.period_key DESC) AS rn,
           row_number() OVER (PARTITION BY r.indicator_id, r.complete ORDER BY r.period_key DESC) AS rn_same
      FROM (SELECT r.*, ${COMPLETE('r')} AS complete FROM reported r) r
  ),
  cells AS MATERIALIZED (
    SELECT alliance_id, indicator_id, period_key, aggregation, frequency, true AS active, rn::int AS ord,
           ${TARGET_KEYS('period_key', 'frequency')} AS target_keys
      FROM ranked WHERE rn <= 6 OR (complete AND rn_same = 1)
  ),
  ${ROLLUP_CTES},
  judged AS (
    SELECT u.indicator_id, (array_agg(u.alliance_id) FILTER (WHERE u.meta IS NOT NULL))[1] AS alliance_id,
           (array_agg(u.meta) FILTER (WHERE u.meta IS NOT NULL))[1] AS meta,
           (array_agg(u.code) FILTER (WHERE u.meta IS NOT NULL))[1] AS code, (array_agg(u.name) FILTER (WHERE u.meta IS NOT NULL))[1] AS name,
           coalesce(array_agg(u.period_key ORDER BY u.period_key) FILTER (WHERE u.ord <= 6), '{}') AS periods,
           coalesce(array_agg(u.value ORDER BY u.period_key) FILTER (WHERE u.ord <= 6), '{}') AS vals,
           coalesce(array_agg(u.provisional ORDER BY u.period_key) FILTER (WHERE u.ord <= 6), '{}') AS provisional,
           coalesce(array_agg(u.base ORDER BY u.period_key) FILTER (WHERE u.ord <= 6), '{}') AS bases,
           (array_agg(json_build_object('periodKey', u.period_key, 'value', u.value, 'target', u.target, 'base', u.base) ORDER BY u.period_key DESC)
              FILTER (WHERE NOT u.provisional AND u.value IS NOT NULL))[1] AS latest,
           (array_agg(json_build_object('periodKey', u.period_key, 'value', u.value, 'provisional', u.provisional, 'base', u.base,
                                        'approvedReports', u.approved_reports, 'expectedReports', u.expected_reports)
              ORDER BY u.period_key DESC) FILTER (WHERE u.meta IS NULL))[1] AS newest
      FROM (SELECT i.id AS indicator_id, i.alliance_id, i.meta, i.code, i.name, NULL::text AS period_key, NULL::int AS ord,
                   NULL::float8 AS value, NULL::float8 AS target, NULL::boolean AS provisional, NULL::int AS approved_reports, NULL::int AS expected_reports,
                   NULL::float8 AS base
              FROM inds i
            UNION ALL
            SELECT t.indicator_id, NULL, NULL, NULL, NULL, t.period_key, t.ord, t.value::float8,
                   ${TARGET_OF('t.indicator_id', 't.target_keys', 't.alliance_id')}, t.provisional, t.approved_reports, t.expected_reports,
                   t.base::float8
              FROM totals t) u
     GROUP BY u.indicator_id
  ),
  per_alliance AS MATERIALIZED (
    SELECT j.alliance_id, json_agg(json_build_object('meta', j.meta, 'latest', j.latest, 'newest', j.newest, 'bases', j.bases,
                                                     'trend', json_build_object('periods', j.periods, 'values', j.vals, 'provisional', j.provisional))
                                   ORDER BY j.code NULLS LAST, j.name, j.indicator_id) AS indicators
      FROM judged j GROUP BY j.alliance_id
  ),
  shown_period AS MATERIALIZED (
    SELECT DISTINCT ON (rp.alliance_id) rp.alliance_id, rp.id
      FROM reporting_periods rp
     WHERE rp.alliance_id = ANY($1::uuid[])
     ORDER BY rp.alliance_id, rp.state = 'OPEN' DESC, rp.starts_on DESC, rp.closed_at DESC NULLS LAST, rp.id
  ),
  completeness AS MATERIALIZED (
    SELECT rp.alliance_id,
           json_build_object('periodKey', rp.period_key, 'frequency', rp.frequency, 'state', rp.state, 'dueOn', rp.due_on::text,
                             'expected', c.expected, 'approved', c.approved,
                             'shareComplete', CASE WHEN c.expected = 0 THEN 0 ELSE c.approved::float8 / c.expected END) AS doc
      FROM reporting_periods rp CROSS JOIN LATERAL (SELECT ${COUNT_COLUMNS} ${EXPECTED_REPORTS}) c
     WHERE rp.alliance_id = ANY($1::uuid[]) AND rp.id IN (SELECT s.id FROM shown_period s)
  )
  SELECT a.id, a.name, a.kind, a.lifecycle, a.primary_color AS "primaryColor", a.small_number_threshold AS k,
         (SELECT doc FROM completeness c WHERE c.alliance_id = a.id) AS "reportingCompleteness",
         coalesce((SELECT p.indicators FROM per_alliance p WHERE p.alliance_id = a.id), '[]'::json) AS indicators
    FROM alliances a WHERE a.id = ANY($1::uuid[])
   ORDER BY a.name, a.id`;

interface JudgedIndicator {
  meta: Omit<PortfolioIndicatorModel, 'latestPeriod' | 'latestValue' | 'latestSuppressed' | 'target' | 'progress' | 'provisional' | 'trend' | 'status'>;
  latest: { periodKey: string; value: number | null; target: number | null; base: number | null } | null;
  newest: { periodKey: string; value: number | null; provisional: boolean; approvedReports: number; expectedReports: number; base: number | null } | null;
  trend: Omit<TrendModel, 'suppressed'>;
  bases: (number | null)[];
}

/**
 * The judgement happens here, with the shared progress maths, not in SQL. Funders know no
 * member's value, so small-number protection hides exactly the small totals (totalHiddenFor);
 * a hidden latest value is judged as no value (progress would give it away).
 */
function judge(j: JudgedIndicator, policy: DisclosurePolicy): PortfolioIndicatorModel {
  const { meta, newest } = j;
  const hidden = (v: { value: number | null; base: number | null } | null) => !!v && totalHiddenFor(policy, meta.aggregation, v.value, v.base);
  const latestSuppressed = hidden(j.latest);
  const latest = j.latest && latestSuppressed ? { ...j.latest, value: null } : j.latest;
  const progress = targetProgress(meta.direction, latest?.value ?? null, latest?.target ?? null, meta.baseline);
  const newer = newest && newest.provisional && (!latest || newest.periodKey > latest.periodKey);
  const newestSuppressed = hidden(newest);
  const trendSuppressed = j.trend.values.map((value, i) => totalHiddenFor(policy, meta.aggregation, value, j.bases[i] ?? null));
  return {
    ...meta,
    latestPeriod: latest?.periodKey ?? null,
    latestValue: latest?.value ?? null,
    latestSuppressed,
    target: latest?.target ?? null,
    progress,
    status: targetStatusOf(meta.direction, progress),
    provisional: newer
      ? {
          periodKey: newest.periodKey,
          value: newestSuppressed ? null : newest.value,
          suppressed: newestSuppressed,
          approvedReports: newest.approvedReports,
          expectedReports: newest.expectedReports,
        }
      : null,
    trend: { ...j.trend, values: j.trend.values.map((v, i) => (trendSuppressed[i] ? null : v)), suppressed: trendSuppressed },
  };
}

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

  async portfolio(em: EntityManager, allianceIds: string[]): Promise<PortfolioAllianceModel[]> {
    const found = await rows<Omit<PortfolioAllianceModel, 'indicators'> & { k: number; indicators: JudgedIndicator[] }>(em, PORTFOLIO, [allianceIds]);
    return found.map(({ k, ...a }) => ({ ...a, indicators: a.indicators.map((j) => judge(j, publicPolicy(k))) }));
  }
}
