import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisation identity (issue 18). Organisations opt in to being found by other alliances'
 * backbones (`findable`). An invitation of an EXISTING organisation is addressed to that
 * organisation's admins (`addressed_organisation_id`, no e-mail) instead of to an address.
 * Those admins sit in other alliances, so they read such invitations through one extra read
 * policy: the app names the organisations the caller administers (`app.admin_organisation_ids`,
 * transaction-local, computed from the caller's own admin seats) and the policy shows open
 * invitations addressed to them, nothing else. Writes still need the alliance context.
 * Like every policy since PolicyInitPlan, the setting is read in a scalar sub-select (an
 * InitPlan, once per statement), not once per row.
 */
export class OrganisationIdentity1796620000000 implements MigrationInterface {
  name = 'OrganisationIdentity1796620000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "organisations" ADD "findable" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "invitations" ADD "addressed_organisation_id" uuid`);
    await q.query(`ALTER TABLE "invitations" ALTER COLUMN "email" DROP NOT NULL`);
    await q.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_cdcabcba2797ed3c95e9bab931d" FOREIGN KEY ("addressed_organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(`CREATE FUNCTION gw_admin_organisations() RETURNS uuid[] LANGUAGE sql STABLE PARALLEL SAFE AS
      $$ SELECT coalesce(nullif(current_setting('app.admin_organisation_ids', true), '')::uuid[], '{}'::uuid[]) $$`);
    await q.query(`CREATE POLICY organisation_admin_read ON "invitations" FOR SELECT
      USING ("addressed_organisation_id" = ANY ((SELECT gw_admin_organisations())::uuid[]) AND "accepted_at" IS NULL AND "revoked_at" IS NULL)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY IF EXISTS organisation_admin_read ON "invitations"`);
    await q.query(`DROP FUNCTION gw_admin_organisations()`);
    await q.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_cdcabcba2797ed3c95e9bab931d"`);
    await q.query(`ALTER TABLE "invitations" ALTER COLUMN "email" SET NOT NULL`);
    await q.query(`ALTER TABLE "invitations" DROP COLUMN "addressed_organisation_id"`);
    await q.query(`ALTER TABLE "organisations" DROP COLUMN "findable"`);
  }
}
