import type { EntityManager } from 'typeorm';
import { COUNT_COLUMNS, EXPECTED_REPORTS } from '../measurements/reporting-periods.repository';
import { select } from './db';

/** What the digests (digests.ts) read. */
export interface PeriodCompleteness {
  periodKey: string;
  expected: number;
  approved: number;
  submitted: number;
}

/** Completeness of the open periods: the same counting as the reporting screens (EXPECTED_REPORTS). */
export function openPeriods(em: EntityManager, allianceId: string): Promise<PeriodCompleteness[]> {
  return select<PeriodCompleteness>(
    em,
    `SELECT rp.period_key AS "periodKey", c.expected, c.approved, c.submitted
       FROM reporting_periods rp CROSS JOIN LATERAL (SELECT ${COUNT_COLUMNS} ${EXPECTED_REPORTS}) c
      WHERE rp.alliance_id = $1 AND rp.state = 'OPEN' AND c.expected > 0 ORDER BY rp.starts_on, rp.period_key`,
    [allianceId],
  );
}

/** What was added in [since, until): values handed in, values approved, log entries, activities. */
export async function newEntries(em: EntityManager, allianceId: string, since: Date, until: Date) {
  const [r] = await select<{ submitted: number; approved: number; logEntries: number; decisions: number; activities: number }>(
    em,
    `SELECT (SELECT count(*)::int FROM measurements WHERE alliance_id = $1 AND submitted_at >= $2 AND submitted_at < $3) AS submitted,
            (SELECT count(*)::int FROM measurements WHERE alliance_id = $1 AND status = 'APPROVED' AND reviewed_at >= $2 AND reviewed_at < $3) AS approved,
            (SELECT count(*)::int FROM log_entries WHERE alliance_id = $1 AND created_at >= $2 AND created_at < $3) AS "logEntries",
            (SELECT count(*)::int FROM log_entries WHERE alliance_id = $1 AND type = 'DECISION' AND created_at >= $2 AND created_at < $3) AS decisions,
            (SELECT count(*)::int FROM activities WHERE alliance_id = $1 AND created_at >= $2 AND created_at < $3) AS activities`,
    [allianceId, since, until],
  );
  return r;
}

/** Members past an open period's deadline without a value handed in (at most 20 names). */
export function overdueMembers(em: EntityManager, allianceId: string, today: string): Promise<{ name: string }[]> {
  return select<{ name: string }>(
    em,
    `SELECT DISTINCT o.name FROM reporting_periods rp CROSS JOIN LATERAL (SELECT o.name, ms.status ${EXPECTED_REPORTS}) o
      WHERE rp.alliance_id = $1 AND rp.state = 'OPEN' AND rp.due_on < $2::date AND (o.status IS NULL OR o.status IN ('DRAFT', 'REJECTED'))
      ORDER BY o.name LIMIT 20`,
    [allianceId, today],
  );
}
