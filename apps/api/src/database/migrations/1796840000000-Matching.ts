import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantIsolation, enableTenantIsolation } from '../tenant-policy';

/** Issue 14: what members offer and need (matching), and the contact requests between them. */
export class Matching1796840000000 implements MigrationInterface {
  name = 'Matching1796840000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "member_resources" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "membership_id" uuid NOT NULL, "direction" character varying(5) NOT NULL, "category" character varying(12) NOT NULL, "field" text NOT NULL DEFAULT '', "district_id" uuid, "target_group" text, "note" text NOT NULL DEFAULT '', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_member_resources_category" CHECK (category IN ('ROOMS', 'VOLUNTEERS', 'EXPERTISE', 'FUNDING', 'DATA', 'REACH', 'LANGUAGE', 'OTHER')), CONSTRAINT "ck_member_resources_direction" CHECK (direction IN ('OFFER', 'NEED')), CONSTRAINT "PK_dbddeab6b3f8ee485f32b5ac1f0" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(`CREATE INDEX "ix_member_resources_category" ON "member_resources" ("alliance_id", "category", "direction") `);
    await q.query(`CREATE INDEX "ix_member_resources_member" ON "member_resources" ("alliance_id", "membership_id") `);
    await q.query(
      `CREATE TABLE "contact_requests" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "from_membership_id" uuid NOT NULL, "to_membership_id" uuid, "offer_id" uuid, "message" text NOT NULL DEFAULT '', "log_entry_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_contact_requests_target" CHECK ((to_membership_id IS NULL) <> (offer_id IS NULL)), CONSTRAINT "PK_e82a49af7f58f8d931873200074" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(`CREATE INDEX "ix_contact_requests_from" ON "contact_requests" ("alliance_id", "from_membership_id", "created_at") `);
    await q.query(
      `ALTER TABLE "member_resources" ADD CONSTRAINT "FK_e99a37f5e264671ac893c4a3758" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "member_resources" ADD CONSTRAINT "FK_91078604b7ec603fc241e2f7aca" FOREIGN KEY ("alliance_id", "membership_id") REFERENCES "memberships"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "member_resources" ADD CONSTRAINT "FK_8aecc09911133bc5b0a3ccfb1e2" FOREIGN KEY ("alliance_id", "district_id") REFERENCES "districts"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "contact_requests" ADD CONSTRAINT "FK_d8611d75af7d6e27b055854374e" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "contact_requests" ADD CONSTRAINT "FK_45a5e2dc18e695ccc83227f5c54" FOREIGN KEY ("alliance_id", "from_membership_id") REFERENCES "memberships"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "contact_requests" ADD CONSTRAINT "FK_a5fe907f9a83ee316a1c564f120" FOREIGN KEY ("alliance_id", "to_membership_id") REFERENCES "memberships"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "contact_requests" ADD CONSTRAINT "FK_264b57cf589bac1e3cfe24f124a" FOREIGN KEY ("alliance_id", "offer_id") REFERENCES "portal_offers"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "contact_requests" ADD CONSTRAINT "FK_2faea46071724176bb51f0bf9d7" FOREIGN KEY ("alliance_id", "log_entry_id") REFERENCES "log_entries"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await enableTenantIsolation(q, 'member_resources');
    await enableTenantIsolation(q, 'contact_requests');
  }

  public async down(q: QueryRunner): Promise<void> {
    await disableTenantIsolation(q, 'contact_requests');
    await disableTenantIsolation(q, 'member_resources');
    await q.query(`ALTER TABLE "contact_requests" DROP CONSTRAINT "FK_2faea46071724176bb51f0bf9d7"`);
    await q.query(`ALTER TABLE "contact_requests" DROP CONSTRAINT "FK_264b57cf589bac1e3cfe24f124a"`);
    await q.query(`ALTER TABLE "contact_requests" DROP CONSTRAINT "FK_a5fe907f9a83ee316a1c564f120"`);
    await q.query(`ALTER TABLE "contact_requests" DROP CONSTRAINT "FK_45a5e2dc18e695ccc83227f5c54"`);
    await q.query(`ALTER TABLE "contact_requests" DROP CONSTRAINT "FK_d8611d75af7d6e27b055854374e"`);
    await q.query(`ALTER TABLE "member_resources" DROP CONSTRAINT "FK_8aecc09911133bc5b0a3ccfb1e2"`);
    await q.query(`ALTER TABLE "member_resources" DROP CONSTRAINT "FK_91078604b7ec603fc241e2f7aca"`);
    await q.query(`ALTER TABLE "member_resources" DROP CONSTRAINT "FK_e99a37f5e264671ac893c4a3758"`);
    await q.query(`DROP INDEX "public"."ix_contact_requests_from"`);
    await q.query(`DROP TABLE "contact_requests"`);
    await q.query(`DROP INDEX "public"."ix_member_resources_member"`);
    await q.query(`DROP INDEX "public"."ix_member_resources_category"`);
    await q.query(`DROP TABLE "member_resources"`);
  }
}
