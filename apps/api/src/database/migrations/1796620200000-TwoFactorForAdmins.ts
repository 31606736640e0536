import { MigrationInterface, QueryRunner } from 'typeorm';

const BODY = (extra: boolean) => `CREATE FUNCTION gw_enter_alliance(p_alliance uuid, p_user uuid)
      RETURNS TABLE (membership_id uuid, organisation_id uuid, role text, is_admin boolean${extra ? ', two_factor_missing boolean' : ''})
      LANGUAGE plpgsql VOLATILE SECURITY INVOKER AS $fn$
      #variable_conflict use_column
      BEGIN
        PERFORM set_config('app.alliance_id', p_alliance::text, true);
        RETURN QUERY
          SELECT m.id, m.organisation_id, m.role::text, s.is_admin${
            extra
              ? `,
                 (s.is_admin AND a.require_two_factor_for_admins
                   AND NOT EXISTS (SELECT 1 FROM users u WHERE u.id = p_user AND u.totp_enabled_at IS NOT NULL))`
              : ''
          }
            FROM alliance_seats s
            JOIN memberships m ON m.alliance_id = s.alliance_id AND m.id = s.membership_id${
              extra
                ? `
            JOIN alliances a ON a.id = s.alliance_id`
                : ''
            }
           WHERE s.alliance_id = p_alliance AND s.user_id = p_user AND s.left_at IS NULL AND m.state = 'ACTIVE'
           ORDER BY m.role = 'BACKBONE' DESC
           LIMIT 1;
        IF NOT FOUND THEN
          PERFORM set_config('app.alliance_id', '', true);
        END IF;
      END $fn$`;

/**
 * `gw_enter_alliance` also answers whether the caller is an admin of an alliance that requires a
 * second factor and has none (`two_factor_missing`): the check rides in the request's existing
 * round trip instead of costing one more for every admin request. Same rights and policies as
 * before (SECURITY INVOKER).
 */
export class TwoFactorForAdmins1796620200000 implements MigrationInterface {
  name = 'TwoFactorForAdmins1796620200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION gw_enter_alliance(uuid, uuid)`);
    await q.query(BODY(true));
    await q.query(`REVOKE ALL ON FUNCTION gw_enter_alliance(uuid, uuid) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION gw_enter_alliance(uuid, uuid) TO gemeinwerk_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION gw_enter_alliance(uuid, uuid)`);
    await q.query(BODY(false));
    await q.query(`REVOKE ALL ON FUNCTION gw_enter_alliance(uuid, uuid) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION gw_enter_alliance(uuid, uuid) TO gemeinwerk_app`);
  }
}
