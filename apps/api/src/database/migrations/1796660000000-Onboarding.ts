import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantIsolation, enableTenantIsolation } from '../tenant-policy';

/**
 * Issue 11, first run (rest), sign-up and joining.
 *
 * - `platform_settings`: platform-wide on purpose (one row; it decides for the whole installation
 *   whether organisations may register themselves, before any alliance exists). Everybody may read
 *   it (the public /register page asks); only a platform administrator may change it.
 * - `users.email_verified_at`: a self-registered account stays unverified (NULL) until its owner
 *   opens the mail's link, and cannot log in before. Every other way an account comes to be (setup
 *   link, invitation, seed) proves the address otherwise, so the default is now().
 * - `email_verification_tokens`: platform-wide like `password_reset_tokens` (an account has no
 *   alliance yet); only the SHA-256 of a token is stored.
 * - `alliances.join_requests_open` and `alliances.join_link_token`: whether the alliance appears in
 *   the join directory, and the secret of its join link. The token is stored readable (not hashed)
 *   on purpose: it only lets an organisation *ask* — the backbone still decides — and the backbone
 *   must be able to copy it again next week; renewing or revoking it kills the old one.
 * - `join_requests`: a tenant table like any other. The requester is not a member, so:
 *   - it finds an alliance only through `gw_join_directory(query, token, limit)` (SECURITY
 *     INVOKER, like gw_enter_alliance): the policy `join_directory_read` on alliances shows a row
 *     only while the function's own settings are on — the alliances that opted in, or the one alliance whose link
 *     token is given — and the function clears them before it returns; the backbone names are read
 *     through the ordinary read list (app.alliance_ids), restored afterwards.
 *   - it creates a request after `gw_enter_alliance_to_request(alliance, token)`, which sets the
 *     alliance context only when that alliance takes requests (open, or the token matches its join
 *     link), like an invitation token lets its holder enter the alliance to accept.
 *   - it reads its own requests through `requester_read`: requests of the organisations named in
 *     app.admin_organisation_ids (the caller's own organisations, set by the app), nothing else.
 */
export class Onboarding1796660000000 implements MigrationInterface {
  name = 'Onboarding1796660000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "platform_settings" ("id" smallint NOT NULL DEFAULT 1, "registration_open" boolean NOT NULL DEFAULT false, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_platform_settings_single_row" CHECK ("id" = 1), CONSTRAINT "PK_platform_settings" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `ALTER TABLE "platform_settings" ADD CONSTRAINT "FK_platform_settings_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(`INSERT INTO platform_settings (id, registration_open) VALUES (1, false)`);
    await q.query(`ALTER TABLE platform_settings ENABLE ROW LEVEL SECURITY`);
    await q.query(`REVOKE INSERT, DELETE ON platform_settings FROM gemeinwerk_app`);
    await q.query(`CREATE POLICY settings_read ON platform_settings FOR SELECT TO gemeinwerk_app USING (true)`);
    await q.query(`CREATE POLICY settings_platform_admin ON platform_settings FOR UPDATE TO gemeinwerk_app
      USING ((SELECT gw_is_platform_admin())) WITH CHECK ((SELECT gw_is_platform_admin()))`);

    await q.query(`ALTER TABLE "users" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE DEFAULT now()`);
    await q.query(
      `CREATE TABLE "email_verification_tokens" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_email_verification_tokens_hash" UNIQUE ("token_hash"), CONSTRAINT "PK_email_verification_tokens" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_email_verification_tokens_user" ON "email_verification_tokens" ("user_id") `);
    await q.query(
      `ALTER TABLE "email_verification_tokens" ADD CONSTRAINT "FK_email_verification_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await q.query(`ALTER TABLE "alliances" ADD "join_requests_open" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "alliances" ADD "join_link_token" character varying(64)`);
    await q.query(`CREATE UNIQUE INDEX "IDX_alliances_join_link_token" ON "alliances" ("join_link_token") WHERE join_link_token IS NOT NULL`);

    await q.query(
      `CREATE TABLE "join_requests" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "requested_by_user_id" uuid, "message" text NOT NULL DEFAULT '', "state" character varying(10) NOT NULL DEFAULT 'PENDING', "role" "public"."membership_role", "decline_reason" text, "decided_by_user_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "via_link" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT 1, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_join_requests_state" CHECK (state IN ('PENDING', 'ACCEPTED', 'DECLINED')), CONSTRAINT "PK_join_requests" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(`CREATE INDEX "IDX_join_requests_alliance_state" ON "join_requests" ("alliance_id", "state", "created_at") `);
    await q.query(`CREATE UNIQUE INDEX "IDX_join_requests_one_pending" ON "join_requests" ("alliance_id", "organisation_id") WHERE state = 'PENDING'`);
    await q.query(`CREATE INDEX "IDX_join_requests_organisation" ON "join_requests" ("organisation_id") `);
    await q.query(
      `ALTER TABLE "join_requests" ADD CONSTRAINT "FK_join_requests_alliance" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "join_requests" ADD CONSTRAINT "FK_join_requests_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "join_requests" ADD CONSTRAINT "FK_join_requests_requested_by" FOREIGN KEY ("requested_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "join_requests" ADD CONSTRAINT "FK_join_requests_decided_by" FOREIGN KEY ("decided_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE ON join_requests TO gemeinwerk_app`);
    await q.query(`REVOKE DELETE ON join_requests FROM gemeinwerk_app`);
    await enableTenantIsolation(q, 'join_requests');
    await q.query(`CREATE POLICY requester_read ON "join_requests" FOR SELECT
      USING ("organisation_id" = ANY ((SELECT gw_admin_organisations())::uuid[]))`);

    await q.query(`CREATE FUNCTION gw_join_directory_open() RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS
      $$ SELECT coalesce(current_setting('app.join_directory', true) = 'on', false) $$`);
    await q.query(`CREATE FUNCTION gw_join_link_token() RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS
      $$ SELECT nullif(current_setting('app.join_link_token', true), '') $$`);
    await q.query(`CREATE POLICY join_directory_read ON "alliances" FOR SELECT
      USING (("join_requests_open" AND (SELECT gw_join_directory_open())) OR "join_link_token" = (SELECT gw_join_link_token()))`);

    // Name, backbone and its city of the alliances that take requests (p_token NULL: those whose
    // name contains p_query) or of the one alliance whose join link this is (p_token given).
    await q.query(`CREATE FUNCTION gw_join_directory(p_query text, p_token text, p_limit integer)
      RETURNS TABLE (alliance_id uuid, name text, backbone_name text, city text, requests_open boolean)
      LANGUAGE plpgsql VOLATILE SECURITY INVOKER AS $fn$
      #variable_conflict use_column
      DECLARE
        v_ids uuid[];
        v_read text := current_setting('app.alliance_ids', true);
      BEGIN
        IF p_token IS NULL THEN
          PERFORM set_config('app.join_directory', 'on', true);
        ELSE
          PERFORM set_config('app.join_link_token', p_token, true);
        END IF;
        SELECT array_agg(x.id) INTO v_ids FROM (
          SELECT a.id FROM alliances a
           WHERE CASE WHEN p_token IS NULL THEN a.join_requests_open AND a.name ILIKE '%' || coalesce(p_query, '') || '%'
                      ELSE a.join_link_token = p_token END
           ORDER BY a.name LIMIT greatest(1, least(p_limit, 50))) x;
        PERFORM set_config('app.join_directory', '', true);
        PERFORM set_config('app.join_link_token', '', true);
        IF v_ids IS NULL THEN RETURN; END IF;
        PERFORM set_config('app.alliance_ids', '{' || array_to_string(v_ids, ',') || '}', true);
        RETURN QUERY
          SELECT a.id, a.name,
                 (SELECT string_agg(o.name, ', ' ORDER BY o.name) FROM memberships m JOIN organisations o ON o.id = m.organisation_id
                   WHERE m.alliance_id = a.id AND m.role = 'BACKBONE' AND m.state = 'ACTIVE'),
                 (SELECT min(o.city) FROM memberships m JOIN organisations o ON o.id = m.organisation_id
                   WHERE m.alliance_id = a.id AND m.role = 'BACKBONE' AND m.state = 'ACTIVE'),
                 a.join_requests_open
            FROM alliances a WHERE a.id = ANY (v_ids) ORDER BY a.name;
        PERFORM set_config('app.alliance_ids', coalesce(v_read, ''), true);
      END $fn$`);
    await q.query(`REVOKE ALL ON FUNCTION gw_join_directory(text, text, integer) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION gw_join_directory(text, text, integer) TO gemeinwerk_app`);

    // Sets the alliance context for a requester only when the alliance takes requests: it is in
    // the directory (p_token NULL) or p_token is its join link. False, and no context, otherwise.
    await q.query(`CREATE FUNCTION gw_enter_alliance_to_request(p_alliance uuid, p_token text) RETURNS boolean
      LANGUAGE plpgsql VOLATILE SECURITY INVOKER AS $fn$
      DECLARE v_found boolean;
      BEGIN
        SELECT EXISTS (SELECT 1 FROM gw_join_directory(NULL, p_token, 50) d
                        WHERE d.alliance_id = p_alliance AND (p_token IS NOT NULL OR d.requests_open)) INTO v_found;
        IF p_token IS NULL AND NOT v_found THEN
          -- The directory lists at most 50 by name; look the one alliance up directly.
          PERFORM set_config('app.join_directory', 'on', true);
          SELECT EXISTS (SELECT 1 FROM alliances WHERE id = p_alliance AND join_requests_open) INTO v_found;
          PERFORM set_config('app.join_directory', '', true);
        END IF;
        PERFORM set_config('app.alliance_id', CASE WHEN v_found THEN p_alliance::text ELSE '' END, true);
        RETURN v_found;
      END $fn$`);
    await q.query(`REVOKE ALL ON FUNCTION gw_enter_alliance_to_request(uuid, text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION gw_enter_alliance_to_request(uuid, text) TO gemeinwerk_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION gw_enter_alliance_to_request(uuid, text)`);
    await q.query(`DROP FUNCTION gw_join_directory(text, text, integer)`);
    await q.query(`DROP POLICY join_directory_read ON "alliances"`);
    await q.query(`DROP FUNCTION gw_join_link_token()`);
    await q.query(`DROP FUNCTION gw_join_directory_open()`);
    await q.query(`DROP POLICY requester_read ON "join_requests"`);
    await disableTenantIsolation(q, 'join_requests');
    await q.query(`DROP TABLE "join_requests"`);
    await q.query(`DROP INDEX "public"."IDX_alliances_join_link_token"`);
    await q.query(`ALTER TABLE "alliances" DROP COLUMN "join_link_token"`);
    await q.query(`ALTER TABLE "alliances" DROP COLUMN "join_requests_open"`);
    await q.query(`DROP TABLE "email_verification_tokens"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "email_verified_at"`);
    await q.query(`DROP TABLE "platform_settings"`);
  }
}
