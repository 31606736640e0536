import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantIsolation, enableTenantIsolation } from '../tenant-policy';

const TABLES = [
  'portal_settings',
  'portal_district_populations',
  'portal_editors',
  'portal_providers',
  'portal_offers',
  'portal_offer_revisions',
  'portal_offer_images',
];

/**
 * The Chancenportal (issue 13): providers, offers (content columns = the published version),
 * their revisions in the editorial queue, images, appointed editors, district populations and the
 * portal's settings; all tenant tables under the two tenant policies. The role PROVIDER is added to
 * membership_role (ADD VALUE: functions and policies typed with it stay as they are).
 */
export class Portal1796770000000 implements MigrationInterface {
  name = 'Portal1796770000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TYPE "public"."membership_role" ADD VALUE IF NOT EXISTS 'PROVIDER'`);
    await q.query(
      `CREATE TABLE "portal_settings" ("alliance_id" uuid NOT NULL, "enabled" boolean NOT NULL DEFAULT false, "name" text NOT NULL DEFAULT '', "intro" text NOT NULL DEFAULT '', "logo_data_url" text, "primary_color" character varying(7), "accent_color" character varying(7), "provider_signup_open" boolean NOT NULL DEFAULT true, "reminder_months" smallint NOT NULL DEFAULT '6', "flag_months" smallint NOT NULL DEFAULT '9', "hide_months" smallint NOT NULL DEFAULT '12', "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c0dbf8d0a9bd88e1c6fa326d2f2" PRIMARY KEY ("alliance_id"))`,
    );
    await q.query(
      `CREATE TABLE "portal_district_populations" ("alliance_id" uuid NOT NULL, "district_id" uuid NOT NULL, "population" integer NOT NULL, "by_target_group" jsonb NOT NULL DEFAULT '{}', "year" smallint, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_573c42a1d522c481172c89f4302" PRIMARY KEY ("alliance_id", "district_id"))`,
    );
    await q.query(
      `CREATE TABLE "portal_editors" ("alliance_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "appointed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_39383f3247946123a4b3e52a9a5" PRIMARY KEY ("alliance_id", "membership_id"))`,
    );
    await q.query(
      `CREATE TABLE "portal_providers" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "membership_id" uuid, "organisation_id" uuid, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "website" text, "email" text, "phone" text, "address" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8de124d2858647944b7127e4626" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_portal_providers_membership" ON "portal_providers" ("alliance_id", "membership_id") WHERE membership_id IS NOT NULL`,
    );
    await q.query(
      `CREATE TABLE "portal_offers" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "provider_id" uuid NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'IN_REVIEW', "title" text NOT NULL, "summary" text NOT NULL DEFAULT '', "description" text NOT NULL DEFAULT '', "categories" text array NOT NULL DEFAULT '{}', "target_groups" text array NOT NULL DEFAULT '{}', "age_min" smallint, "age_max" smallint, "district_id" uuid, "street" text, "postal_code" text, "city" text, "latitude" numeric(9,6), "longitude" numeric(9,6), "schedule_kind" character varying(8) NOT NULL DEFAULT 'ONGOING', "schedule" jsonb NOT NULL DEFAULT '[]', "schedule_note" text NOT NULL DEFAULT '', "start_date" date, "end_date" date, "is_free" boolean NOT NULL DEFAULT true, "cost_note" text NOT NULL DEFAULT '', "step_free" boolean NOT NULL DEFAULT false, "sign_language" boolean NOT NULL DEFAULT false, "easy_language" boolean NOT NULL DEFAULT false, "languages" text array NOT NULL DEFAULT '{de}', "registration_required" boolean NOT NULL DEFAULT false, "registration_note" text NOT NULL DEFAULT '', "contact_name" text, "contact_email" text, "contact_phone" text, "image_ids" uuid array NOT NULL DEFAULT '{}', "goal_ids" uuid array NOT NULL DEFAULT '{}', "activity_ids" uuid array NOT NULL DEFAULT '{}', "published_at" TIMESTAMP WITH TIME ZONE, "confirmed_at" TIMESTAMP WITH TIME ZONE, "confirm_requested_at" TIMESTAMP WITH TIME ZONE, "stale_flagged_at" TIMESTAMP WITH TIME ZONE, "stale_hidden_at" TIMESTAMP WITH TIME ZONE, "created_by_user_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_portal_offers_schedule_kind" CHECK (schedule_kind IN ('DATES', 'WEEKLY', 'PERIOD', 'ONGOING')), CONSTRAINT "chk_portal_offers_status" CHECK (status IN ('IN_REVIEW', 'RETURNED', 'PUBLISHED', 'ARCHIVED')), CONSTRAINT "PK_23817785f7c312002de6d1509b9" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(`CREATE INDEX "ix_portal_offers_status" ON "portal_offers" ("alliance_id", "status") `);
    await q.query(`CREATE INDEX "ix_portal_offers_district" ON "portal_offers" ("alliance_id", "district_id") `);
    await q.query(`CREATE INDEX "ix_portal_offers_provider" ON "portal_offers" ("alliance_id", "provider_id") `);
    await q.query(
      `CREATE TABLE "portal_offer_revisions" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "offer_id" uuid NOT NULL, "state" character varying(10) NOT NULL DEFAULT 'PENDING', "content" jsonb NOT NULL, "base_content" jsonb, "submitted_by_user_id" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_by_user_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "return_reason" text, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "chk_portal_offer_revisions_state" CHECK (state IN ('PENDING', 'RETURNED', 'APPROVED', 'WITHDRAWN')), CONSTRAINT "PK_bc8040f7e5d33bd39fef90b154e" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(`CREATE INDEX "ix_portal_offer_revisions_queue" ON "portal_offer_revisions" ("alliance_id", "state", "submitted_at") `);
    await q.query(
      `CREATE UNIQUE INDEX "uq_portal_offer_revisions_open" ON "portal_offer_revisions" ("alliance_id", "offer_id") WHERE state IN ('PENDING', 'RETURNED')`,
    );
    await q.query(
      `CREATE TABLE "portal_offer_images" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "provider_id" uuid NOT NULL, "mime_type" character varying(20) NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "byte_size" integer NOT NULL, "alt_text" text NOT NULL DEFAULT '', "data" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e627333ead012280933659656f1" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(`CREATE INDEX "ix_portal_offer_images_provider" ON "portal_offer_images" ("alliance_id", "provider_id") `);
    await q.query(
      `ALTER TABLE "portal_settings" ADD CONSTRAINT "FK_c0dbf8d0a9bd88e1c6fa326d2f2" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "portal_district_populations" ADD CONSTRAINT "FK_9d608c8d55c2927483fffa7a916" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "portal_district_populations" ADD CONSTRAINT "FK_573c42a1d522c481172c89f4302" FOREIGN KEY ("alliance_id", "district_id") REFERENCES "districts"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "portal_editors" ADD CONSTRAINT "FK_3ae9954cce53b7f205ea7b30d58" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "portal_editors" ADD CONSTRAINT "FK_39383f3247946123a4b3e52a9a5" FOREIGN KEY ("alliance_id", "membership_id") REFERENCES "memberships"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "portal_providers" ADD CONSTRAINT "FK_e9d617138ca339b10182856766c" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "portal_providers" ADD CONSTRAINT "FK_efb88f5f1108c3e2e0a48656d13" FOREIGN KEY ("alliance_id", "membership_id") REFERENCES "memberships"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "portal_providers" ADD CONSTRAINT "FK_4414744e9e39a95b65820c19bec" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "portal_offers" ADD CONSTRAINT "FK_beba57c182cd622f6f320193494" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "portal_offers" ADD CONSTRAINT "FK_14fd0e34cba20048ed308be272f" FOREIGN KEY ("alliance_id", "provider_id") REFERENCES "portal_providers"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "portal_offers" ADD CONSTRAINT "FK_fadb4be55f610f5dd8ed1e83bee" FOREIGN KEY ("alliance_id", "district_id") REFERENCES "districts"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "portal_offers" ADD CONSTRAINT "FK_70d7c4ad1fa09580922cc55b117" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "portal_offer_revisions" ADD CONSTRAINT "FK_8ccb0b75b8962115dcbf9ce224c" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "portal_offer_revisions" ADD CONSTRAINT "FK_e4c5351bee004d0da947ca67e72" FOREIGN KEY ("alliance_id", "offer_id") REFERENCES "portal_offers"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "portal_offer_revisions" ADD CONSTRAINT "FK_b412a13f8e18970326e3fdaf539" FOREIGN KEY ("submitted_by_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "portal_offer_revisions" ADD CONSTRAINT "FK_96444d4f3f92bbe0befb1e15df4" FOREIGN KEY ("decided_by_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "portal_offer_images" ADD CONSTRAINT "FK_ea364322f37fa126fcf70fd27c5" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "portal_offer_images" ADD CONSTRAINT "FK_9a689e0e25621977896666b7326" FOREIGN KEY ("alliance_id", "provider_id") REFERENCES "portal_providers"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    for (const table of TABLES) await enableTenantIsolation(q, table);

    // Provider sign-up: an organisation that is no member enters the alliance only to become a
    // provider, and only while the portal is on and takes sign-ups — like gw_enter_alliance_to_request.
    // The settings row is visible to this function alone (app.portal_signup is on only inside it).
    await q.query(`CREATE POLICY portal_signup_read ON portal_settings FOR SELECT
      USING (current_setting('app.portal_signup', true) = 'on' AND enabled AND provider_signup_open)`);
    await q.query(`CREATE FUNCTION gw_enter_portal_signup(p_alliance uuid) RETURNS boolean
      LANGUAGE plpgsql VOLATILE SECURITY INVOKER AS $fn$
      DECLARE v_open boolean;
      BEGIN
        PERFORM set_config('app.portal_signup', 'on', true);
        SELECT EXISTS (SELECT 1 FROM portal_settings WHERE alliance_id = p_alliance AND enabled AND provider_signup_open) INTO v_open;
        PERFORM set_config('app.portal_signup', '', true);
        PERFORM set_config('app.alliance_id', CASE WHEN v_open THEN p_alliance::text ELSE '' END, true);
        RETURN v_open;
      END $fn$`);
    await q.query(`REVOKE ALL ON FUNCTION gw_enter_portal_signup(uuid) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION gw_enter_portal_signup(uuid) TO gemeinwerk_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS gw_enter_portal_signup(uuid)`);
    await q.query(`DROP POLICY IF EXISTS portal_signup_read ON portal_settings`);
    // PostgreSQL cannot drop an enum value: PROVIDER stays in membership_role (unused without these tables).
    await q.query(`DELETE FROM memberships WHERE role = 'PROVIDER'`);
    for (const table of TABLES) await disableTenantIsolation(q, table);
    await q.query(`ALTER TABLE "portal_offer_images" DROP CONSTRAINT "FK_9a689e0e25621977896666b7326"`);
    await q.query(`ALTER TABLE "portal_offer_images" DROP CONSTRAINT "FK_ea364322f37fa126fcf70fd27c5"`);
    await q.query(`ALTER TABLE "portal_offer_revisions" DROP CONSTRAINT "FK_96444d4f3f92bbe0befb1e15df4"`);
    await q.query(`ALTER TABLE "portal_offer_revisions" DROP CONSTRAINT "FK_b412a13f8e18970326e3fdaf539"`);
    await q.query(`ALTER TABLE "portal_offer_revisions" DROP CONSTRAINT "FK_e4c5351bee004d0da947ca67e72"`);
    await q.query(`ALTER TABLE "portal_offer_revisions" DROP CONSTRAINT "FK_8ccb0b75b8962115dcbf9ce224c"`);
    await q.query(`ALTER TABLE "portal_offers" DROP CONSTRAINT "FK_70d7c4ad1fa09580922cc55b117"`);
    await q.query(`ALTER TABLE "portal_offers" DROP CONSTRAINT "FK_fadb4be55f610f5dd8ed1e83bee"`);
    await q.query(`ALTER TABLE "portal_offers" DROP CONSTRAINT "FK_14fd0e34cba20048ed308be272f"`);
    await q.query(`ALTER TABLE "portal_offers" DROP CONSTRAINT "FK_beba57c182cd622f6f320193494"`);
    await q.query(`ALTER TABLE "portal_providers" DROP CONSTRAINT "FK_4414744e9e39a95b65820c19bec"`);
    await q.query(`ALTER TABLE "portal_providers" DROP CONSTRAINT "FK_efb88f5f1108c3e2e0a48656d13"`);
    await q.query(`ALTER TABLE "portal_providers" DROP CONSTRAINT "FK_e9d617138ca339b10182856766c"`);
    await q.query(`ALTER TABLE "portal_editors" DROP CONSTRAINT "FK_39383f3247946123a4b3e52a9a5"`);
    await q.query(`ALTER TABLE "portal_editors" DROP CONSTRAINT "FK_3ae9954cce53b7f205ea7b30d58"`);
    await q.query(`ALTER TABLE "portal_district_populations" DROP CONSTRAINT "FK_573c42a1d522c481172c89f4302"`);
    await q.query(`ALTER TABLE "portal_district_populations" DROP CONSTRAINT "FK_9d608c8d55c2927483fffa7a916"`);
    await q.query(`ALTER TABLE "portal_settings" DROP CONSTRAINT "FK_c0dbf8d0a9bd88e1c6fa326d2f2"`);
    await q.query(`DROP INDEX "public"."ix_portal_offer_images_provider"`);
    await q.query(`DROP TABLE "portal_offer_images"`);
    await q.query(`DROP INDEX "public"."uq_portal_offer_revisions_open"`);
    await q.query(`DROP INDEX "public"."ix_portal_offer_revisions_queue"`);
    await q.query(`DROP TABLE "portal_offer_revisions"`);
    await q.query(`DROP INDEX "public"."ix_portal_offers_provider"`);
    await q.query(`DROP INDEX "public"."ix_portal_offers_district"`);
    await q.query(`DROP INDEX "public"."ix_portal_offers_status"`);
    await q.query(`DROP TABLE "portal_offers"`);
    await q.query(`DROP INDEX "public"."uq_portal_providers_membership"`);
    await q.query(`DROP TABLE "portal_providers"`);
    await q.query(`DROP TABLE "portal_editors"`);
    await q.query(`DROP TABLE "portal_district_populations"`);
    await q.query(`DROP TABLE "portal_settings"`);
  }
}
