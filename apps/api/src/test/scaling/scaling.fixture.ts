import { appendFileSync } from 'node:fs';
import { Client } from 'pg';
import type { EntityManager } from 'typeorm';

/**
 * A generated alliance, written by the owner in a few set-based statements: `indicators` monthly
 * indicators (SUM, AVERAGE, LATEST and RATIO mixed) × `periods` months from 2024-01 × `partners`
 * partners. Most reports are approved, some are missing or only submitted; each SUM value
 * overlaps with the next partner's, and even partners break SUM values down by one dimension.
 * The older periods are closed. Ids are derived from the alliance id, so runs are repeatable.
 */
export async function generateAlliance(owner: Client, o: { allianceId: string; userId: string; indicators: number; periods: number; partners: number }) {
  const id = (kind: string, ...n: string[]) => `md5($1::text || '${kind}' || ${n.join(` || '-' || `)})::uuid`;
  const statements = [
    `INSERT INTO alliances (id, name, lifecycle) VALUES ($1, 'Skalierung ' || $2::int, 'ACTIVE')`,
    `INSERT INTO organisations (id, name, kind) SELECT ${id('org', 'g')}, 'Partner ' || g, 'NGO' FROM generate_series(0, $4::int) g`,
    // Membership 0 is the backbone, 1..partners the partners.
    `INSERT INTO memberships (alliance_id, id, organisation_id, role, state, joined_at)
       SELECT $1, ${id('mb', 'g')}, ${id('org', 'g')}, CASE WHEN g = 0 THEN 'BACKBONE' ELSE 'PARTNER' END::membership_role, 'ACTIVE', now()
         FROM generate_series(0, $4::int) g`,
    `INSERT INTO indicators (alliance_id, id, code, name, direction, aggregation, frequency, rba_kind)
       SELECT $1, ${id('ind', 'i')}, 'I' || lpad(i::text, 3, '0'), 'Indikator ' || i, 'INCREASE',
              (ARRAY['SUM', 'SUM', 'AVERAGE', 'LATEST', 'RATIO'])[i % 5 + 1]::indicator_aggregation, 'MONTHLY', 'HOW_MUCH'
         FROM generate_series(1, $2::int) i`,
    `INSERT INTO reporting_periods (alliance_id, id, frequency, period_key, starts_on, ends_on, state, opened_by_user_id, closed_at)
       SELECT $1, ${id('rp', 'g')}, 'MONTHLY', to_char(d, 'YYYY-MM'), d, (d + interval '1 month - 1 day')::date,
              CASE WHEN g < $3::int - 4 THEN 'CLOSED' ELSE 'OPEN' END::reporting_period_state, $5,
              CASE WHEN g < $3::int - 4 THEN now() END
         FROM generate_series(0, $3::int - 1) g CROSS JOIN LATERAL (SELECT ('2024-01-01'::date + make_interval(months => g))::date AS d) x`,
    `INSERT INTO measurements (alliance_id, id, indicator_id, membership_id, reporting_period_id, period_key, value, numerator, denominator, status, reviewed_at)
       SELECT $1, ${id('ms', 'i', 'g', 'm')}, ${id('ind', 'i')}, ${id('mb', 'm')}, ${id('rp', 'g')},
              to_char('2024-01-01'::date + make_interval(months => g), 'YYYY-MM'),
              CASE WHEN i % 5 = 4 THEN (10 + (i * g + m) % 20)::numeric / (40 + m) ELSE 10 + (i * 7 + g * 3 + m * 5) % 50 END,
              CASE WHEN i % 5 = 4 THEN 10 + (i * g + m) % 20 END, CASE WHEN i % 5 = 4 THEN 40 + m END,
              CASE WHEN (i + g * m) % 11 = 0 THEN 'SUBMITTED' ELSE 'APPROVED' END::measurement_status,
              '2024-01-01'::timestamptz + make_interval(months => g, mins => m)
         FROM generate_series(1, $2::int) i, generate_series(0, $3::int - 1) g, generate_series(1, $4::int) m
        WHERE (i + g + m) % 7 <> 0`,
    `INSERT INTO measurement_overlaps (alliance_id, id, measurement_id, other_membership_id, amount)
       SELECT $1, ${id('ov', 'i', 'g', 'm')}, ${id('ms', 'i', 'g', 'm')}, ${id('mb', '(m + 1)')}, 3
         FROM generate_series(1, $2::int) i, generate_series(0, $3::int - 1) g, generate_series(1, $4::int - 1) m
        WHERE i % 5 IN (0, 1) AND (i + g + m) % 7 <> 0`,
    `INSERT INTO dimensions (alliance_id, id, name) VALUES ($1, ${id('dim', "'0'")}, 'Geschlecht')`,
    `INSERT INTO dimension_categories (alliance_id, id, dimension_id, name, position)
       SELECT $1, ${id('cat', 'k')}, ${id('dim', "'0'")}, (ARRAY['weiblich', 'männlich'])[k + 1], k FROM generate_series(0, 1) k`,
    `INSERT INTO indicator_dimensions (alliance_id, indicator_id, dimension_id) SELECT $1, ${id('ind', 'i')}, ${id('dim', "'0'")} FROM generate_series(1, $2::int) i`,
    `INSERT INTO measurement_parts (alliance_id, measurement_id, category_id, value)
       SELECT ms.alliance_id, ms.id, ${id('cat', 'k')}, CASE WHEN k = 0 THEN ms.value - floor(ms.value / 2) ELSE floor(ms.value / 2) END
         FROM measurements ms JOIN memberships mb ON mb.alliance_id = ms.alliance_id AND mb.id = ms.membership_id
         JOIN indicators ind ON ind.alliance_id = ms.alliance_id AND ind.id = ms.indicator_id AND ind.aggregation = 'SUM'
         CROSS JOIN generate_series(0, 1) k
        WHERE ms.alliance_id = $1 AND mb.id IN (SELECT ${id('mb', 'g')} FROM generate_series(2, $4::int, 2) g)`,
    `INSERT INTO targets (alliance_id, id, indicator_id, period_key, value)
       SELECT $1, ${id('tg', 'i', 'k')}, ${id('ind', 'i')}, k, 500
         FROM generate_series(1, $2::int) i,
              unnest(ARRAY['2024', '2025', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2025-06']) k`,
  ];
  // Generated values only (uuids and integers), inlined as literals.
  const literals = [`'${o.allianceId}'::uuid`, String(o.indicators), String(o.periods), String(o.partners), `'${o.userId}'::uuid`];
  for (const sql of statements) await owner.query(sql.replace(/\$(\d)/g, (_, n: string) => literals[Number(n) - 1]));
}

/** The counted work of one statement: Σ (rows produced + rows filtered away) × loops over all plan nodes, and the shared buffers it touched. */
export interface Work {
  sql: string;
  rows: number;
  buffers: number;
  ms: number;
}

/** Rows a node produced plus rows it read and threw away (a filtered CTE scan rescanned per row is the classic quadratic plan). */
function rowsTimesLoops(node: any): number {
  const read =
    (node['Actual Rows'] ?? 0) +
    (node['Rows Removed by Filter'] ?? 0) +
    (node['Rows Removed by Join Filter'] ?? 0) +
    (node['Rows Removed by Index Recheck'] ?? 0);
  const own = read * (node['Actual Loops'] ?? 1);
  return own + (node.Plans ?? []).reduce((s: number, n: any) => s + rowsTimesLoops(n), 0);
}

/**
 * An EntityManager stand-in for the repositories: every statement runs as the app role inside a
 * transaction with the tenancy settings the app sets (row-level security applies), first under
 * EXPLAIN (ANALYZE, BUFFERS) to count its work, then for real so the repository gets its rows.
 */
export function explainingEm(app: Client, settings: Record<string, string>, work: Work[]): EntityManager {
  const query = async (sql: string, params: unknown[] = []) => {
    await app.query('BEGIN');
    try {
      for (const [k, v] of Object.entries(settings)) await app.query(`SELECT set_config($1, $2, true)`, [k, v]);
      const [
        {
          'QUERY PLAN': [plan],
        },
      ] = (await app.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, params)).rows;
      const top = plan.Plan;
      if (process.env.GW_SCALING_DUMP) appendFileSync(process.env.GW_SCALING_DUMP, `${JSON.stringify(plan)}\n`);
      work.push({ sql, rows: rowsTimesLoops(top), buffers: (top['Shared Hit Blocks'] ?? 0) + (top['Shared Read Blocks'] ?? 0), ms: plan['Execution Time'] });
      const result = await app.query(sql, params);
      return result.rows;
    } finally {
      await app.query('COMMIT');
    }
  };
  return {
    query,
    queryRunner: { query: async (sql: string, params?: unknown[]) => ({ records: await query(sql, params) }) },
  } as unknown as EntityManager;
}
