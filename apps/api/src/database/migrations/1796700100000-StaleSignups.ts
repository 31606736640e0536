import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-ups never confirmed (issue 11) do not pile up: `gw_remove_stale_signups(cutoff)` removes
 * accounts whose address was never verified and that are older than the cutoff — at least seven
 * days, whatever the caller asks — together with an organisation nobody else works for. Such an
 * account could never log in, so it has authored nothing; should a foreign key still hold it (an
 * organisation a platform admin made a backbone, say), that one is kept. SECURITY DEFINER with this
 * one narrow purpose: the daily job runs it as the app role, which may not delete users.
 */
export class StaleSignups1796700100000 implements MigrationInterface {
  name = 'StaleSignups1796700100000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION gw_remove_stale_signups(p_cutoff timestamptz) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog, public AS $$
      DECLARE
        stale record;
        org uuid;
        removed integer := 0;
        cutoff timestamptz := least(p_cutoff, now() - interval '7 days');
      BEGIN
        FOR stale IN SELECT u.id FROM users u WHERE u.email_verified_at IS NULL AND u.created_at < cutoff ORDER BY u.created_at LIMIT 1000 LOOP
          BEGIN
            FOR org IN SELECT uo.organisation_id FROM user_organisations uo
                        WHERE uo.user_id = stale.id
                          AND NOT EXISTS (SELECT 1 FROM user_organisations other WHERE other.organisation_id = uo.organisation_id AND other.user_id <> stale.id) LOOP
              DELETE FROM organisations WHERE id = org;
            END LOOP;
            DELETE FROM users WHERE id = stale.id;
            removed := removed + 1;
          EXCEPTION WHEN foreign_key_violation OR restrict_violation THEN
            NULL; -- still referenced: kept, with its organisation
          END;
        END LOOP;
        RETURN removed;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION gw_remove_stale_signups(timestamptz) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION gw_remove_stale_signups(timestamptz) TO gemeinwerk_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION gw_remove_stale_signups(timestamptz)`);
  }
}
