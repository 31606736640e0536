import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantIsolation, enableTenantIsolation } from '../tenant-policy';

/** The caller presents a token: `app.api_token_hash` (transaction-local, set by the request's first statement). */
const PRESENTED = `token_hash = (SELECT nullif(current_setting('app.api_token_hash', true), ''))`;

/**
 * API tokens for integrations: a tenant table like the others (alliance_id first in the key,
 * forced row-level security). A request that presents a token has no alliance yet, so one more
 * policy lets it see — and stamp `last_used_at` on — exactly the row whose hash it presents
 * (compare `own_seats`, which lets a user find their own seats). Everything else, including the
 * alliance's data, is reached only after `gw_enter_api_token` has set the alliance context, the
 * same way `gw_enter_alliance` does for a seat.
 *
 * READ_ONLY tokens act for the backbone's membership with the rights of an observer; REPORTING
 * tokens for their one member organisation with that membership's role. The TenancyInterceptor
 * adds the operation list on top (api-token-surface.ts).
 */

export class ApiTokens1796690000000 implements MigrationInterface {
  name = 'ApiTokens1796690000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "api_tokens" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "name" text NOT NULL, "role" character varying(20) NOT NULL, "membership_id" uuid, "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "token_prefix" character varying(16) NOT NULL, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by_user_id" uuid, CONSTRAINT "ck_api_tokens_member" CHECK ((role = 'REPORTING') = (membership_id IS NOT NULL)), CONSTRAINT "PK_d7b91ba61df90bbf511cb1c17a0" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "ix_api_tokens_hash" ON "api_tokens" ("token_hash") `);
    await q.query(
      `ALTER TABLE "api_tokens" ADD CONSTRAINT "FK_c9220472ed72fcbae7f12474a74" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "api_tokens" ADD CONSTRAINT "FK_903ff0fa947eb7daf64e6b3b542" FOREIGN KEY ("alliance_id", "membership_id") REFERENCES "memberships"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "api_tokens" ADD CONSTRAINT "FK_b74883f5884a42fd8496d389b25" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await enableTenantIsolation(q, 'api_tokens');
    await q.query(`CREATE POLICY presented_token ON api_tokens FOR SELECT TO gemeinwerk_app USING (${PRESENTED})`);
    await q.query(`CREATE POLICY presented_token_touch ON api_tokens FOR UPDATE TO gemeinwerk_app USING (${PRESENTED}) WITH CHECK (${PRESENTED})`);
    await q.query(`CREATE FUNCTION gw_enter_api_token(p_alliance uuid, p_token uuid)
      RETURNS TABLE (membership_id uuid, organisation_id uuid, role text, token_role text)
      LANGUAGE plpgsql VOLATILE SECURITY INVOKER AS $fn$
      #variable_conflict use_column
      BEGIN
        PERFORM set_config('app.alliance_id', p_alliance::text, true);
        RETURN QUERY
          SELECT m.id, m.organisation_id, m.role::text, t.role::text
            FROM api_tokens t
            JOIN memberships m ON m.alliance_id = t.alliance_id AND m.state = 'ACTIVE'
             AND m.id = coalesce(t.membership_id,
                   (SELECT b.id FROM memberships b WHERE b.alliance_id = t.alliance_id AND b.role = 'BACKBONE' AND b.state = 'ACTIVE'
                     ORDER BY b.id LIMIT 1))
           WHERE t.alliance_id = p_alliance AND t.id = p_token AND t.revoked_at IS NULL AND t.expires_at > now()
           LIMIT 1;
        IF NOT FOUND THEN
          PERFORM set_config('app.alliance_id', '', true);
        END IF;
      END $fn$`);
    await q.query(`REVOKE ALL ON FUNCTION gw_enter_api_token(uuid, uuid) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION gw_enter_api_token(uuid, uuid) TO gemeinwerk_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION gw_enter_api_token(uuid, uuid)`);
    await q.query(`DROP POLICY presented_token_touch ON api_tokens`);
    await q.query(`DROP POLICY presented_token ON api_tokens`);
    await disableTenantIsolation(q, 'api_tokens');
    await q.query(`ALTER TABLE "api_tokens" DROP CONSTRAINT "FK_b74883f5884a42fd8496d389b25"`);
    await q.query(`ALTER TABLE "api_tokens" DROP CONSTRAINT "FK_903ff0fa947eb7daf64e6b3b542"`);
    await q.query(`ALTER TABLE "api_tokens" DROP CONSTRAINT "FK_c9220472ed72fcbae7f12474a74"`);
    await q.query(`DROP INDEX "public"."ix_api_tokens_hash"`);
    await q.query(`DROP TABLE "api_tokens"`);
  }
}
