import { randomUUID } from 'node:crypto';
import { periodRange, type AggregationName } from '@gemeinwerk/shared';

/**
 * Test fixtures written as plain SQL by the database owner: goals, indicators and measurements
 * belong to modules built elsewhere, and the log only needs rows to point at. Takes any object
 * with TestApp's `sql` so that this file does not pull the test harness into the build.
 */
export interface Sql {
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
}

export async function goal(t: Sql, allianceId: string, title = 'Mehr Ausbildungsplätze'): Promise<string> {
  const id = randomUUID();
  await t.sql(`INSERT INTO goals (alliance_id, id, title) VALUES ($1, $2, $3)`, [allianceId, id, title]);
  return id;
}

export async function indicator(
  t: Sql,
  allianceId: string,
  o: { name?: string; unit?: string; aggregation?: AggregationName; frequency?: 'MONTHLY' | 'QUARTERLY' | 'YEARLY' } = {},
): Promise<string> {
  const id = randomUUID();
  await t.sql(
    `INSERT INTO indicators (alliance_id, id, name, unit, direction, aggregation, frequency, rba_kind)
     VALUES ($1, $2, $3, $4, 'INCREASE', $5, $6, 'HOW_MUCH')`,
    [allianceId, id, o.name ?? 'Vermittelte Jugendliche', o.unit ?? 'Personen', o.aggregation ?? 'SUM', o.frequency ?? 'QUARTERLY'],
  );
  return id;
}

/** A measurement (APPROVED unless told otherwise) in the reporting period of `periodKey`, opened on demand. */
export async function measurement(
  t: Sql,
  m: {
    allianceId: string;
    indicatorId: string;
    membershipId: string;
    userId: string;
    periodKey: string;
    value: number;
    numerator?: number;
    denominator?: number;
    status?: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED';
    reviewedAt?: string;
  },
): Promise<string> {
  const range = periodRange(m.periodKey);
  const [period] = await t.sql<{ id: string }>(
    `INSERT INTO reporting_periods (alliance_id, id, frequency, period_key, starts_on, ends_on, opened_by_user_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (alliance_id, frequency, period_key) DO UPDATE SET period_key = EXCLUDED.period_key RETURNING id`,
    [m.allianceId, randomUUID(), range.frequency, m.periodKey, range.startsOn, range.endsOn, m.userId],
  );
  const id = randomUUID();
  await t.sql(
    `INSERT INTO measurements (alliance_id, id, indicator_id, membership_id, reporting_period_id, period_key, value, numerator, denominator, status, reviewed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      m.allianceId,
      id,
      m.indicatorId,
      m.membershipId,
      period.id,
      m.periodKey,
      m.value,
      m.numerator ?? null,
      m.denominator ?? null,
      m.status ?? 'APPROVED',
      m.reviewedAt ?? new Date().toISOString(),
    ],
  );
  return id;
}

export async function setGuestComments(t: Sql, allianceId: string, on: boolean): Promise<void> {
  await t.sql(`UPDATE alliances SET guest_comments = $2 WHERE id = $1`, [allianceId, on]);
}

/** Gives a user a seat in a membership (a colleague of that organisation). */
export async function seat(t: Sql, allianceId: string, membershipId: string, userId: string): Promise<void> {
  await t.sql(`INSERT INTO alliance_seats (alliance_id, id, membership_id, user_id) VALUES ($1, $2, $3, $4)`, [allianceId, randomUUID(), membershipId, userId]);
}

/** The id of the alliance's backbone membership. */
export async function backboneMembership(t: Sql, allianceId: string): Promise<string> {
  const [m] = await t.sql<{ id: string }>(`SELECT id FROM memberships WHERE alliance_id = $1 AND role = 'BACKBONE'`, [allianceId]);
  return m.id;
}

export const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
