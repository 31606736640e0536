import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantIsolation, enableTenantIsolation } from '../tenant-policy';

/**
 * Districts become a managed list per alliance (issue 17): `districts`, and activities refer to
 * one by `district_id` instead of free text. Existing texts become the first list: one district
 * per alliance and spelling that differs only in case or surrounding blanks (the first activity's
 * spelling wins), and every activity points to its district. Row-level security is switched off
 * for those two statements only (an owner that is no superuser would otherwise see no rows
 * without an alliance context) and forced again right after.
 */
export class Districts1796700000000 implements MigrationInterface {
  name = 'Districts1796700000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "districts" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "name" text NOT NULL, "geojson" jsonb, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_districts_name" UNIQUE ("alliance_id", "name"), CONSTRAINT "PK_d1a660a378d4f7bc84ee30cf8fa" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(
      `ALTER TABLE "districts" ADD CONSTRAINT "FK_8b255811a7fe7b594f0144acafa" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(`ALTER TABLE "activities" ADD "district_id" uuid`);

    await q.query(`ALTER TABLE "activities" NO FORCE ROW LEVEL SECURITY`);
    await q.query(
      `INSERT INTO districts (alliance_id, id, name)
       SELECT DISTINCT ON (alliance_id, lower(btrim(district))) alliance_id, gen_random_uuid(), btrim(district)
         FROM activities
        WHERE btrim(coalesce(district, '')) <> ''
        ORDER BY alliance_id, lower(btrim(district)), created_at, id`,
    );
    await q.query(
      `UPDATE activities a SET district_id = d.id
         FROM districts d
        WHERE d.alliance_id = a.alliance_id AND lower(d.name) = lower(btrim(a.district))`,
    );
    await q.query(`ALTER TABLE "activities" FORCE ROW LEVEL SECURITY`);

    await q.query(`ALTER TABLE "activities" DROP COLUMN "district"`);
    await q.query(`CREATE INDEX "ix_activities_district" ON "activities" ("alliance_id", "district_id") `);
    await q.query(
      `ALTER TABLE "activities" ADD CONSTRAINT "FK_43599bc952b0a91eee26b130aee" FOREIGN KEY ("alliance_id", "district_id") REFERENCES "districts"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await enableTenantIsolation(q, 'districts');
  }

  public async down(q: QueryRunner): Promise<void> {
    await disableTenantIsolation(q, 'districts');
    await q.query(`ALTER TABLE "activities" DROP CONSTRAINT "FK_43599bc952b0a91eee26b130aee"`);
    await q.query(`DROP INDEX "public"."ix_activities_district"`);
    await q.query(`ALTER TABLE "activities" ADD "district" text`);
    await q.query(`ALTER TABLE "activities" NO FORCE ROW LEVEL SECURITY`);
    await q.query(`UPDATE activities a SET district = d.name FROM districts d WHERE d.alliance_id = a.alliance_id AND d.id = a.district_id`);
    await q.query(`ALTER TABLE "activities" FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE "activities" DROP COLUMN "district_id"`);
    await q.query(`DROP TABLE "districts"`);
  }
}
