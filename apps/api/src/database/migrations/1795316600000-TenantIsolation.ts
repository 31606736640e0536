import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantIsolation, enableTenantIsolation } from '../tenant-policy';

const TENANT_TABLES = ['memberships', 'alliance_seats', 'invitations', 'audit_events'];

/**
 * The app connects as `gemeinwerk_app`, which owns nothing and cannot bypass row-level
 * security; the owner (migrations) grants it plain DML. Written by hand: TypeORM does not
 * model roles, grants or policies.
 */
export class TenantIsolation1795316600000 implements MigrationInterface {
  name = 'TenantIsolation1795316600000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gemeinwerk_app') THEN
        CREATE ROLE gemeinwerk_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
      END IF;
    END $$`);
    await q.query(`GRANT CONNECT ON DATABASE "${await this.database(q)}" TO gemeinwerk_app`);
    await q.query(`GRANT USAGE ON SCHEMA public TO gemeinwerk_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO gemeinwerk_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO gemeinwerk_app`);
    await q.query(`REVOKE ALL ON TABLE schema_migrations FROM gemeinwerk_app`);
    // Audit events are append-only for the app.
    await q.query(`REVOKE UPDATE, DELETE ON TABLE audit_events FROM gemeinwerk_app`);

    await q.query(`CREATE FUNCTION gw_current_alliance() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE AS
      $$ SELECT nullif(current_setting('app.alliance_id', true), '')::uuid $$`);
    await q.query(`CREATE FUNCTION gw_current_user() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE AS
      $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$`);
    await q.query(`CREATE FUNCTION gw_readable_alliances() RETURNS uuid[] LANGUAGE sql STABLE PARALLEL SAFE AS
      $$ SELECT coalesce(nullif(current_setting('app.alliance_ids', true), '')::uuid[], '{}'::uuid[])
                || coalesce(ARRAY[gw_current_alliance()], '{}'::uuid[]) $$`);

    await enableTenantIsolation(q, 'alliances', 'id');
    for (const t of TENANT_TABLES) await enableTenantIsolation(q, t);
    // A user may find their own seats (and so the alliances they belong to) before any context is set.
    await q.query(`CREATE POLICY own_seats ON alliance_seats FOR SELECT USING (user_id = gw_current_user())`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY IF EXISTS own_seats ON alliance_seats`);
    for (const t of [...TENANT_TABLES].reverse()) await disableTenantIsolation(q, t);
    await disableTenantIsolation(q, 'alliances');
    await q.query(`DROP FUNCTION gw_readable_alliances()`);
    await q.query(`DROP FUNCTION gw_current_user()`);
    await q.query(`DROP FUNCTION gw_current_alliance()`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM gemeinwerk_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM gemeinwerk_app`);
  }

  private async database(q: QueryRunner): Promise<string> {
    const [{ db }] = await q.query(`SELECT current_database() AS db`);
    return db;
  }
}
