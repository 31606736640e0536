import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantIsolation, enableTenantIsolation } from '../tenant-policy';

/** Issue 14: relationships that members state with each other (the network's stated ties). */
export class Network1796790000000 implements MigrationInterface {
  name = 'Network1796790000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TYPE "public"."relationship_kind" AS ENUM('INFORMATION', 'COORDINATION', 'JOINT_ACTIVITY', 'FUNDING', 'REFERRAL', 'SHARED_RESOURCES')`,
    );
    await q.query(
      `CREATE TABLE "relationships" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "from_membership_id" uuid NOT NULL, "to_membership_id" uuid NOT NULL, "kind" "public"."relationship_kind" NOT NULL, "directed" boolean NOT NULL DEFAULT false, "strength" smallint NOT NULL DEFAULT '2', "since" date, "until" date, "note" text NOT NULL DEFAULT '', "stated_by_membership_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_relationships_dates" CHECK (until IS NULL OR since IS NULL OR until >= since), CONSTRAINT "ck_relationships_strength" CHECK (strength BETWEEN 1 AND 3), CONSTRAINT "ck_relationships_not_self" CHECK (from_membership_id <> to_membership_id), CONSTRAINT "PK_c510e1290e3b771eeb05d07297b" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(`CREATE INDEX "ix_relationships_pair" ON "relationships" ("alliance_id", "from_membership_id", "to_membership_id") `);
    await q.query(
      `ALTER TABLE "relationships" ADD CONSTRAINT "FK_d9f5b012b6a19927ca7480f2ba2" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "relationships" ADD CONSTRAINT "FK_19905a73ab4d778a2119acdd373" FOREIGN KEY ("alliance_id", "from_membership_id") REFERENCES "memberships"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "relationships" ADD CONSTRAINT "FK_131a4cd4045d19b738cb630f385" FOREIGN KEY ("alliance_id", "to_membership_id") REFERENCES "memberships"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "relationships" ADD CONSTRAINT "FK_925d0b5568d14388af14ff8d2fe" FOREIGN KEY ("alliance_id", "stated_by_membership_id") REFERENCES "memberships"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await enableTenantIsolation(q, 'relationships');
  }

  public async down(q: QueryRunner): Promise<void> {
    await disableTenantIsolation(q, 'relationships');
    await q.query(`ALTER TABLE "relationships" DROP CONSTRAINT "FK_925d0b5568d14388af14ff8d2fe"`);
    await q.query(`ALTER TABLE "relationships" DROP CONSTRAINT "FK_131a4cd4045d19b738cb630f385"`);
    await q.query(`ALTER TABLE "relationships" DROP CONSTRAINT "FK_19905a73ab4d778a2119acdd373"`);
    await q.query(`ALTER TABLE "relationships" DROP CONSTRAINT "FK_d9f5b012b6a19927ca7480f2ba2"`);
    await q.query(`DROP INDEX "public"."ix_relationships_pair"`);
    await q.query(`DROP TABLE "relationships"`);
    await q.query(`DROP TYPE "public"."relationship_kind"`);
  }
}
