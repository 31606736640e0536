import { QueryRunner } from 'typeorm';

/**
 * The one tenancy mechanism, as SQL. A transaction names its alliance with
 * `set_config('app.alliance_id', id, true)` (and, for cross-alliance reads such as a funder's
 * portfolio, the read list `app.alliance_ids`). Every tenant table forces row-level security:
 * writes need the single alliance context, reads see the context or the read list.
 */
export async function enableTenantIsolation(q: QueryRunner, table: string, column = 'alliance_id'): Promise<void> {
  await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
  await q.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
  // The context functions sit in scalar sub-selects so PostgreSQL evaluates them once per
  // statement (an InitPlan), not once per row (see migration PolicyInitPlan).
  await q.query(
    `CREATE POLICY tenant_isolation ON "${table}" USING ("${column}" = (SELECT gw_current_alliance())) WITH CHECK ("${column}" = (SELECT gw_current_alliance()))`,
  );
  await q.query(`CREATE POLICY tenant_read ON "${table}" FOR SELECT USING ("${column}" = ANY ((SELECT gw_readable_alliances())::uuid[]))`);
}

export async function disableTenantIsolation(q: QueryRunner, table: string): Promise<void> {
  await q.query(`DROP POLICY IF EXISTS tenant_read ON "${table}"`);
  await q.query(`DROP POLICY IF EXISTS tenant_isolation ON "${table}"`);
  await q.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
  await q.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
}
