import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Colleagues (issue 11, item 3). `colleague_invitations` is platform-wide — no alliance_id, no
 * row-level security — because a person works for an organisation, and organisations,
 * `user_organisations` and `users` are platform-wide too: the invitation belongs to no alliance.
 * The app role reads and writes it only after the service checked that the caller administers
 * the organisation (or holds the token).
 *
 * A colleague's seats live in every ACTIVE membership of the organisation, in several alliances.
 * To find them, a person of the organisation may read that organisation's memberships in any
 * alliance through one extra read policy: the app names the organisation
 * (`app.person_organisation_id`, transaction-local) and the policy checks that the caller
 * (`app.user_id`) works for it (`user_organisations`). Nothing else of those alliances becomes
 * readable; writes still need the alliance context. Settings are read in scalar sub-selects
 * (InitPlan, once per statement), like every policy since PolicyInitPlan.
 */
export class ColleagueInvitations1796670000000 implements MigrationInterface {
  name = 'ColleagueInvitations1796670000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "colleague_invitations" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "email" character varying(320) NOT NULL, "locale" character varying(5) NOT NULL DEFAULT 'de', "token_hash" character(64) NOT NULL, "invited_by_user_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by_user_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_5cdba7935d43ebe6201fb3c8aae" UNIQUE ("token_hash"), CONSTRAINT "PK_50af5487d68cd45b3147769dc0c" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ix_colleague_invitations_organisation" ON "colleague_invitations" ("organisation_id") `);
    await q.query(
      `ALTER TABLE "colleague_invitations" ADD CONSTRAINT "FK_a24a98ea5cf752305371223e4e6" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "colleague_invitations" ADD CONSTRAINT "FK_82bb8cf1edd48fae05d56102a74" FOREIGN KEY ("invited_by_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "colleague_invitations" ADD CONSTRAINT "FK_0fbca66c3177fcd484e58878f48" FOREIGN KEY ("accepted_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(`CREATE FUNCTION gw_person_organisation() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE AS
      $$ SELECT nullif(current_setting('app.person_organisation_id', true), '')::uuid $$`);
    await q.query(`CREATE POLICY organisation_people_read ON "memberships" FOR SELECT
      USING ("organisation_id" = (SELECT gw_person_organisation())
        AND EXISTS (SELECT 1 FROM user_organisations uo WHERE uo.organisation_id = (SELECT gw_person_organisation()) AND uo.user_id = (SELECT gw_current_user())))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY IF EXISTS organisation_people_read ON "memberships"`);
    await q.query(`DROP FUNCTION gw_person_organisation()`);
    await q.query(`ALTER TABLE "colleague_invitations" DROP CONSTRAINT "FK_0fbca66c3177fcd484e58878f48"`);
    await q.query(`ALTER TABLE "colleague_invitations" DROP CONSTRAINT "FK_82bb8cf1edd48fae05d56102a74"`);
    await q.query(`ALTER TABLE "colleague_invitations" DROP CONSTRAINT "FK_a24a98ea5cf752305371223e4e6"`);
    await q.query(`DROP INDEX "public"."ix_colleague_invitations_organisation"`);
    await q.query(`DROP TABLE "colleague_invitations"`);
  }
}
