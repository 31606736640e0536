import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `gw_enter_alliance(alliance, user)` and `gw_enter_own_alliances(user)`.
 *
 * `gw_enter_alliance`: the tenancy step of a request in one round trip. It sets
 * the transaction-local `app.alliance_id`, then looks up the user's active seat under row-level
 * security, and clears the setting again when there is none (unknown alliance and "not yours"
 * look the same). A PL/pgSQL body runs its statements in order, so the seat lookup is certain to
 * see the setting; one SQL statement that calls set_config() and reads an RLS table would leave
 * the order to the planner. SECURITY INVOKER (the default): it runs with the app role's rights
 * and policies, exactly like the three statements it replaces. Written by hand: TypeORM does not
 * model functions.
 */
export class EnterAllianceFunction1795317600500 implements MigrationInterface {
  name = 'EnterAllianceFunction1795317600500';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION gw_enter_alliance(p_alliance uuid, p_user uuid)
      RETURNS TABLE (membership_id uuid, organisation_id uuid, role text, is_admin boolean)
      LANGUAGE plpgsql VOLATILE SECURITY INVOKER AS $fn$
      #variable_conflict use_column
      BEGIN
        PERFORM set_config('app.alliance_id', p_alliance::text, true);
        RETURN QUERY
          SELECT m.id, m.organisation_id, m.role::text, s.is_admin
            FROM alliance_seats s
            JOIN memberships m ON m.alliance_id = s.alliance_id AND m.id = s.membership_id
           WHERE s.alliance_id = p_alliance AND s.user_id = p_user AND s.left_at IS NULL AND m.state = 'ACTIVE'
           ORDER BY m.role = 'BACKBONE' DESC
           LIMIT 1;
        IF NOT FOUND THEN
          PERFORM set_config('app.alliance_id', '', true);
        END IF;
      END $fn$`);
    await q.query(`REVOKE ALL ON FUNCTION gw_enter_alliance(uuid, uuid) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION gw_enter_alliance(uuid, uuid) TO gemeinwerk_app`);

    // The same for "my alliances" (e.g. a funder's portfolio): the user's own seats are visible
    // through the own_seats policy; reading their memberships needs them in app.alliance_ids
    // first; in the end the read list holds the alliances with an ACTIVE membership only.
    await q.query(`CREATE FUNCTION gw_enter_own_alliances(p_user uuid)
      RETURNS TABLE (alliance_id uuid)
      LANGUAGE plpgsql VOLATILE SECURITY INVOKER AS $fn$
      #variable_conflict use_column
      DECLARE
        v_seats uuid[];
        v_active uuid[];
      BEGIN
        SELECT array_agg(s.alliance_id) INTO v_seats FROM alliance_seats s WHERE s.user_id = p_user AND s.left_at IS NULL;
        IF v_seats IS NULL THEN RETURN; END IF;
        PERFORM set_config('app.alliance_ids', '{' || array_to_string(v_seats, ',') || '}', true);
        SELECT array_agg(s.alliance_id) INTO v_active
          FROM alliance_seats s
          JOIN memberships m ON m.alliance_id = s.alliance_id AND m.id = s.membership_id
         WHERE s.user_id = p_user AND s.left_at IS NULL AND m.state = 'ACTIVE';
        PERFORM set_config('app.alliance_ids', '{' || array_to_string(coalesce(v_active, '{}'), ',') || '}', true);
        RETURN QUERY SELECT unnest(coalesce(v_active, '{}'));
      END $fn$`);
    await q.query(`REVOKE ALL ON FUNCTION gw_enter_own_alliances(uuid) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION gw_enter_own_alliances(uuid) TO gemeinwerk_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION gw_enter_own_alliances(uuid)`);
    await q.query(`DROP FUNCTION gw_enter_alliance(uuid, uuid)`);
  }
}
