import type { TestApp } from '../test-app';

export interface AllianceSize {
  indicators: number;
  /** Monthly periods from 2024-01; all but the last are closed and approved, the last is submitted. */
  months: number;
  /** Active partner memberships reporting every indicator (one of them has a user and token). */
  partners: number;
  goals: number;
  activities: number;
  logEntries: number;
}

export const SMALL: AllianceSize = { indicators: 2, months: 4, partners: 2, goals: 2, activities: 3, logEntries: 3 };
// Kept moderate: until the roll-up statement is set-based (issue 10), series time grows quadratically.
export const LARGER: AllianceSize = { indicators: 12, months: 18, partners: 5, goals: 8, activities: 80, logEntries: 60 };

/**
 * A generated alliance of the given size, written as the owner with set-based INSERTs
 * (deterministic shape; ids are random). Members come in through the API (allianceWithRoles),
 * so tokens, seats and memberships are the real thing; extra partners are plain memberships.
 * Indicator 1 is broken down by a two-category dimension; each pair of neighbouring partners
 * declares an overlap on it; log entries carry participants, goals, indicators and action items.
 */
export async function generateAlliance(t: TestApp, size: AllianceSize, name: string) {
  const roles = await t.allianceWithRoles(name);
  const a = roles.allianceId;
  const sql = (text: string, params: unknown[] = []) => t.sql(text, [a, ...params]);
  const [{ id: backboneMembership }] = await sql(`SELECT id FROM memberships WHERE alliance_id = $1 AND role = 'BACKBONE'`);
  const backboneUser = roles.backbone.id;

  await sql(
    `WITH o AS (
       INSERT INTO organisations (id, name, kind)
       SELECT gen_random_uuid(), $2 || ' Partner ' || n, 'NGO' FROM generate_series(2, $3::int) n RETURNING id)
     INSERT INTO memberships (alliance_id, id, organisation_id, role, state, joined_at)
     SELECT $1, gen_random_uuid(), o.id, 'PARTNER', 'ACTIVE', now() FROM o`,
    [name, size.partners],
  );
  await sql(
    `INSERT INTO goals (alliance_id, id, title, position, status)
     SELECT $1, gen_random_uuid(), 'Ziel ' || n, n, 'ACTIVE' FROM generate_series(1, $2::int) n`,
    [size.goals],
  );
  await sql(
    `INSERT INTO indicators (alliance_id, id, code, name, unit, direction, aggregation, frequency, rba_kind)
     SELECT $1, gen_random_uuid(), 'I' || lpad(n::text, 3, '0'), 'Indikator ' || n, 'Personen', 'INCREASE', 'SUM', 'MONTHLY', 'HOW_MUCH'
       FROM generate_series(1, $2::int) n`,
    [size.indicators],
  );
  await sql(
    `INSERT INTO reporting_periods (alliance_id, id, frequency, period_key, starts_on, ends_on, due_on, state, opened_by_user_id)
     SELECT $1, gen_random_uuid(), 'MONTHLY', to_char(d, 'YYYY-MM'), d, (d + interval '1 month' - interval '1 day')::date,
            (d + interval '1 month' + interval '14 days')::date, CASE WHEN n < $2 THEN 'CLOSED' ELSE 'OPEN' END::reporting_period_state, $3
       FROM generate_series(1, $2::int) n, LATERAL (SELECT (date '2024-01-01' + (n - 1) * interval '1 month')::date AS d) x`,
    [size.months, backboneUser],
  );
  await sql(
    `INSERT INTO measurements (alliance_id, id, indicator_id, membership_id, reporting_period_id, period_key, value, status,
                               submitted_by_user_id, submitted_at, reviewed_by_user_id, reviewed_at)
     SELECT $1, gen_random_uuid(), i.id, m.id, p.id, p.period_key, 10 + (abs(hashtext(i.code || p.period_key || m.id::text)) % 90),
            CASE WHEN p.state = 'OPEN' THEN 'SUBMITTED' ELSE 'APPROVED' END::measurement_status,
            $2, now(), CASE WHEN p.state = 'OPEN' THEN NULL ELSE $2::uuid END, CASE WHEN p.state = 'OPEN' THEN NULL ELSE now() END
       FROM indicators i CROSS JOIN reporting_periods p
       JOIN memberships m ON m.alliance_id = p.alliance_id AND m.role = 'PARTNER' AND m.state = 'ACTIVE'
      WHERE i.alliance_id = $1 AND p.alliance_id = $1`,
    [backboneUser],
  );
  await sql(
    `INSERT INTO targets (alliance_id, id, indicator_id, period_key, value)
     SELECT $1, gen_random_uuid(), i.id, p.period_key, 200 FROM indicators i JOIN reporting_periods p ON p.alliance_id = i.alliance_id
      WHERE i.alliance_id = $1 AND right(p.period_key, 2) IN ('06', '12')`,
  );

  // Disaggregation of indicator 1: a dimension with two categories, every value split in two.
  await sql(`INSERT INTO dimensions (alliance_id, id, name) VALUES ($1, gen_random_uuid(), 'Geschlecht')`);
  await sql(
    `INSERT INTO dimension_categories (alliance_id, id, dimension_id, name, position)
     SELECT $1, gen_random_uuid(), d.id, c.name, c.pos FROM dimensions d, (VALUES ('weiblich', 0), ('männlich', 1)) c(name, pos) WHERE d.alliance_id = $1`,
  );
  await sql(
    `INSERT INTO indicator_dimensions (alliance_id, indicator_id, dimension_id)
     SELECT $1, i.id, d.id FROM indicators i, dimensions d WHERE i.alliance_id = $1 AND d.alliance_id = $1 AND i.code = 'I001'`,
  );
  await sql(
    `INSERT INTO measurement_parts (alliance_id, measurement_id, category_id, value)
     SELECT $1, ms.id, c.id, CASE WHEN c.position = 0 THEN floor(ms.value / 2) ELSE ms.value - floor(ms.value / 2) END
       FROM measurements ms JOIN indicators i ON i.alliance_id = ms.alliance_id AND i.id = ms.indicator_id AND i.code = 'I001'
       JOIN dimension_categories c ON c.alliance_id = ms.alliance_id
      WHERE ms.alliance_id = $1`,
  );
  await insertOverlaps(t, a);

  await sql(`INSERT INTO districts (alliance_id, id, name) SELECT $1, gen_random_uuid(), 'Bezirk ' || d FROM generate_series(0, 2) d`);
  await sql(
    `WITH members AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS c FROM memberships WHERE alliance_id = $1 AND role = 'PARTNER'),
          act AS (
       INSERT INTO activities (alliance_id, id, membership_id, title, status, district_id, target_groups, period_start, period_end)
       SELECT $1, gen_random_uuid(), m.id, 'Aktivität ' || n, 'RUNNING', (SELECT id FROM districts WHERE alliance_id = $1 AND name = 'Bezirk ' || (n % 3)), ARRAY['Jugendliche'], date '2024-01-01', date '2030-12-31'
         FROM generate_series(1, $2::int) n JOIN members m ON m.k = n % m.c
       RETURNING id, title)
     INSERT INTO activity_goals (alliance_id, activity_id, goal_id)
     SELECT $1, act.id, g.id FROM act JOIN goals g ON g.alliance_id = $1
      WHERE g.position = 1 + (substring(act.title from '[0-9]+$')::int % (SELECT count(*) FROM goals WHERE alliance_id = $1))`,
    [size.activities],
  );
  await sql(
    `INSERT INTO activity_indicators (alliance_id, activity_id, indicator_id)
     SELECT $1, act.id, i.id FROM activities act JOIN indicators i ON i.alliance_id = act.alliance_id AND i.code = 'I001' WHERE act.alliance_id = $1`,
  );
  await sql(
    `INSERT INTO log_entries (alliance_id, id, type, title, body, occurred_on, author_user_id, author_membership_id)
     SELECT $1, gen_random_uuid(), 'UPDATE', 'Eintrag ' || n, 'Text', date '2024-01-01' + n, $3, $2 FROM generate_series(1, $4::int) n`,
    [backboneMembership, backboneUser, size.logEntries],
  );
  for (const [table, column, source] of [
    ['log_entry_participants', 'membership_id', `SELECT id FROM memberships WHERE alliance_id = $1 AND role = 'PARTNER'`],
    ['log_entry_goals', 'goal_id', `SELECT id FROM goals WHERE alliance_id = $1 AND position <= 2`],
    ['log_entry_indicators', 'indicator_id', `SELECT id FROM indicators WHERE alliance_id = $1 AND code IN ('I001', 'I002')`],
  ]) {
    await sql(`INSERT INTO ${table} (alliance_id, log_entry_id, ${column}) SELECT $1, l.id, s.id FROM log_entries l, (${source}) s WHERE l.alliance_id = $1`);
  }
  await sql(
    `INSERT INTO action_items (alliance_id, id, log_entry_id, title, owner_membership_id, due_on, created_by_user_id)
     SELECT $1, gen_random_uuid(), l.id, 'Aufgabe zu ' || l.title, $2, date '2024-06-01', $3 FROM log_entries l WHERE l.alliance_id = $1`,
    [backboneMembership, backboneUser],
  );

  const indicatorIds = (await sql(`SELECT id FROM indicators WHERE alliance_id = $1 ORDER BY code`)).map((r) => r.id as string);
  const last = (await sql(`SELECT max(period_key) AS k FROM reporting_periods WHERE alliance_id = $1`))[0].k as string;
  return { ...roles, indicatorIds, from: '2024-01', to: last };
}

/** Neighbouring partners declare an overlap of 3 on each approved value of indicator 1. */
async function insertOverlaps(t: TestApp, allianceId: string) {
  await t.sql(
    `WITH p AS (SELECT id, lead(id) OVER (ORDER BY id) AS next FROM memberships WHERE alliance_id = $1 AND role = 'PARTNER')
     INSERT INTO measurement_overlaps (alliance_id, id, measurement_id, other_membership_id, amount)
     SELECT $1, gen_random_uuid(), ms.id, p.next, 3
       FROM measurements ms JOIN indicators i ON i.alliance_id = ms.alliance_id AND i.id = ms.indicator_id AND i.code = 'I001'
       JOIN p ON p.id = ms.membership_id AND p.next IS NOT NULL
      WHERE ms.alliance_id = $1 AND ms.status = 'APPROVED'`,
    [allianceId],
  );
}
