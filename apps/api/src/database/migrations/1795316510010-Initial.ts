import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795316510010 implements MigrationInterface {
  name = 'Initial1795316510010';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "public"."alliance_kind" AS ENUM('NETWORK', 'ALLIANCE', 'COALITION')`);
    await q.query(`CREATE TYPE "public"."alliance_lifecycle" AS ENUM('FORMING', 'ACTIVE', 'CONCLUDED', 'RENEWED')`);
    await q.query(
      `CREATE TABLE "alliances" ("id" uuid NOT NULL, "name" text NOT NULL, "kind" "public"."alliance_kind" NOT NULL DEFAULT 'ALLIANCE', "lifecycle" "public"."alliance_lifecycle" NOT NULL DEFAULT 'FORMING', "problem_statement" text NOT NULL DEFAULT '', "vision" text NOT NULL DEFAULT '', "period_start" date, "period_end" date, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_399af2ac4eb985fd426454df023" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "audit_events" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "actor_user_id" uuid, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" uuid NOT NULL, "before" jsonb, "after" jsonb, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_528e65eacdc6ad3f50128016110" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(`CREATE INDEX "ix_audit_events_time" ON "audit_events" ("alliance_id", "occurred_at") `);
    await q.query(`CREATE INDEX "ix_audit_events_entity" ON "audit_events" ("alliance_id", "entity_type", "entity_id") `);
    await q.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL, "email" character varying(320) NOT NULL, "name" text NOT NULL, "password_hash" text NOT NULL, "locale" character varying(5) NOT NULL DEFAULT 'de', "disabled_at" TIMESTAMP WITH TIME ZONE, "password_changed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "user_agent" text, "ip" text, CONSTRAINT "UQ_abaa9e068cdd390bc5210f79884" UNIQUE ("token_hash"), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_085d540d9f418cfbdc7bd55bb1" ON "sessions" ("user_id") `);
    await q.query(`CREATE TYPE "public"."organisation_kind" AS ENUM('NGO', 'PUBLIC_BODY', 'COMPANY', 'FOUNDATION', 'OTHER')`);
    await q.query(
      `CREATE TABLE "organisations" ("id" uuid NOT NULL, "name" text NOT NULL, "kind" "public"."organisation_kind" NOT NULL, "city" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "user_organisations" ("user_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9792075b3d152158c04dc40aa0d" PRIMARY KEY ("user_id", "organisation_id"))`,
    );
    await q.query(`CREATE TYPE "public"."membership_role" AS ENUM('BACKBONE', 'PARTNER', 'FUNDER', 'OBSERVER')`);
    await q.query(`CREATE TYPE "public"."membership_state" AS ENUM('INVITED', 'ACTIVE', 'LEFT')`);
    await q.query(
      `CREATE TABLE "memberships" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "role" "public"."membership_role" NOT NULL, "state" "public"."membership_state" NOT NULL DEFAULT 'INVITED', "version" integer NOT NULL DEFAULT '1', "joined_at" TIMESTAMP WITH TIME ZONE, "left_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_memberships_alliance_organisation" UNIQUE ("alliance_id", "organisation_id"), CONSTRAINT "PK_1a6c2b9b066ccf77e146255a3fb" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(
      `CREATE TABLE "alliance_seats" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "membership_id" uuid NOT NULL, "user_id" uuid NOT NULL, "is_admin" boolean NOT NULL DEFAULT false, "left_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_alliance_seats_membership_user" UNIQUE ("alliance_id", "membership_id", "user_id"), CONSTRAINT "PK_8740b4a28c6e9ee0dacb1d0b4a1" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(`CREATE INDEX "ix_alliance_seats_user" ON "alliance_seats" ("user_id") `);
    await q.query(
      `CREATE TABLE "invitations" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "membership_id" uuid NOT NULL, "email" character varying(320) NOT NULL, "token_hash" character(64) NOT NULL, "invited_by_user_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by_user_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_invitations_token" UNIQUE ("alliance_id", "token_hash"), CONSTRAINT "PK_daf5bbb149f06d2c340f77e9b29" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(
      `ALTER TABLE "audit_events" ADD CONSTRAINT "FK_69a17bd0769242103ab005c0688" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "user_organisations" ADD CONSTRAINT "FK_11765bac4fb38354be37a36610a" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "user_organisations" ADD CONSTRAINT "FK_46381330a0ca15ad803a7680d4a" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "FK_fce194f3a7ca7397dd4f6d41fde" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "FK_55c59139e9136eb9a76ed30c6dc" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "alliance_seats" ADD CONSTRAINT "FK_372f30cc8dfc752d79b80cc82a9" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "alliance_seats" ADD CONSTRAINT "FK_a18c30b67d403764fbbd45b2e98" FOREIGN KEY ("alliance_id", "membership_id") REFERENCES "memberships"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "alliance_seats" ADD CONSTRAINT "FK_f7ba9abcb8b9411076288cdff89" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_2d1ecf2b92c1400aa5b36df8b12" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_4ee1d66aeca391129a28349fdae" FOREIGN KEY ("alliance_id", "membership_id") REFERENCES "memberships"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_e686620e08c4661e70a6b39b94a" FOREIGN KEY ("invited_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_e686620e08c4661e70a6b39b94a"`);
    await q.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_4ee1d66aeca391129a28349fdae"`);
    await q.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_2d1ecf2b92c1400aa5b36df8b12"`);
    await q.query(`ALTER TABLE "alliance_seats" DROP CONSTRAINT "FK_f7ba9abcb8b9411076288cdff89"`);
    await q.query(`ALTER TABLE "alliance_seats" DROP CONSTRAINT "FK_a18c30b67d403764fbbd45b2e98"`);
    await q.query(`ALTER TABLE "alliance_seats" DROP CONSTRAINT "FK_372f30cc8dfc752d79b80cc82a9"`);
    await q.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_55c59139e9136eb9a76ed30c6dc"`);
    await q.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_fce194f3a7ca7397dd4f6d41fde"`);
    await q.query(`ALTER TABLE "user_organisations" DROP CONSTRAINT "FK_46381330a0ca15ad803a7680d4a"`);
    await q.query(`ALTER TABLE "user_organisations" DROP CONSTRAINT "FK_11765bac4fb38354be37a36610a"`);
    await q.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`);
    await q.query(`ALTER TABLE "audit_events" DROP CONSTRAINT "FK_69a17bd0769242103ab005c0688"`);
    await q.query(`DROP TABLE "invitations"`);
    await q.query(`DROP INDEX "public"."ix_alliance_seats_user"`);
    await q.query(`DROP TABLE "alliance_seats"`);
    await q.query(`DROP TABLE "memberships"`);
    await q.query(`DROP TYPE "public"."membership_state"`);
    await q.query(`DROP TYPE "public"."membership_role"`);
    await q.query(`DROP TABLE "user_organisations"`);
    await q.query(`DROP TABLE "organisations"`);
    await q.query(`DROP TYPE "public"."organisation_kind"`);
    await q.query(`DROP INDEX "public"."IDX_085d540d9f418cfbdc7bd55bb1"`);
    await q.query(`DROP TABLE "sessions"`);
    await q.query(`DROP TABLE "users"`);
    await q.query(`DROP INDEX "public"."ix_audit_events_entity"`);
    await q.query(`DROP INDEX "public"."ix_audit_events_time"`);
    await q.query(`DROP TABLE "audit_events"`);
    await q.query(`DROP TABLE "alliances"`);
    await q.query(`DROP TYPE "public"."alliance_lifecycle"`);
    await q.query(`DROP TYPE "public"."alliance_kind"`);
  }
}
