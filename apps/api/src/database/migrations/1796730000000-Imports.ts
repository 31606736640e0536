import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantIsolation, enableTenantIsolation } from '../tenant-policy';

const TABLES = ['import_batches', 'import_rows', 'import_effects', 'import_mappings'];

/**
 * The import pipeline (issue 12): batches, their staged rows, what a commit did (for undo) and
 * the column mapping an alliance last used per kind. All tenant tables with row-level security.
 */
export class Imports1796730000000 implements MigrationInterface {
  name = 'Imports1796730000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "import_batches" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "file_name" text NOT NULL, "file_type" character varying(8) NOT NULL, "encoding" character varying(20), "separator" character varying(4), "headers" jsonb NOT NULL, "mapping" jsonb, "number_format" character varying(2) NOT NULL, "row_count" integer NOT NULL, "error_rows" integer NOT NULL DEFAULT '0', "processed_rows" integer NOT NULL DEFAULT '0', "status" character varying(16) NOT NULL, "created_count" integer, "updated_count" integer, "failure" text, "created_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "committed_by_user_id" uuid, "committed_at" TIMESTAMP WITH TIME ZONE, "undone_by_user_id" uuid, "undone_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_895246b853c013ba008f03fafbb" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(`CREATE INDEX "ix_import_batches_created" ON "import_batches" ("alliance_id", "created_at") `);
    await q.query(
      `CREATE TABLE "import_rows" ("alliance_id" uuid NOT NULL, "batch_id" uuid NOT NULL, "row_no" integer NOT NULL, "cells" jsonb NOT NULL, "problems" jsonb, CONSTRAINT "PK_40b1dda3062250c53152499eb2f" PRIMARY KEY ("alliance_id", "batch_id", "row_no"))`,
    );
    await q.query(`CREATE INDEX "ix_import_rows_problems" ON "import_rows" ("alliance_id", "batch_id", "row_no") WHERE "problems" IS NOT NULL`);
    await q.query(
      `CREATE TABLE "import_effects" ("alliance_id" uuid NOT NULL, "batch_id" uuid NOT NULL, "entity_id" uuid NOT NULL, "created" boolean NOT NULL, "before" jsonb, "after_version" integer NOT NULL, CONSTRAINT "PK_5d9bb84ddec2be462bd6435ed5d" PRIMARY KEY ("alliance_id", "batch_id", "entity_id"))`,
    );
    await q.query(
      `CREATE TABLE "import_mappings" ("alliance_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "mapping" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07548580f2f76bfe7dbc1ab43f7" PRIMARY KEY ("alliance_id", "kind"))`,
    );
    await q.query(
      `ALTER TABLE "import_batches" ADD CONSTRAINT "FK_9dbde771f1be818c27c50e6b962" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "import_rows" ADD CONSTRAINT "FK_ba182cfa716688a6c985cce0a43" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "import_rows" ADD CONSTRAINT "FK_ef7df322ef4d59f7db70339d462" FOREIGN KEY ("alliance_id", "batch_id") REFERENCES "import_batches"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "import_effects" ADD CONSTRAINT "FK_f9822888f1bc99f961b6cc511fa" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "import_effects" ADD CONSTRAINT "FK_a713b678889ffb6da24c81d7539" FOREIGN KEY ("alliance_id", "batch_id") REFERENCES "import_batches"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "import_mappings" ADD CONSTRAINT "FK_9fa39927f497f5ef786ed85e23b" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    for (const t of TABLES) await enableTenantIsolation(q, t);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const t of TABLES) await disableTenantIsolation(q, t);
    await q.query(`ALTER TABLE "import_mappings" DROP CONSTRAINT "FK_9fa39927f497f5ef786ed85e23b"`);
    await q.query(`ALTER TABLE "import_effects" DROP CONSTRAINT "FK_a713b678889ffb6da24c81d7539"`);
    await q.query(`ALTER TABLE "import_effects" DROP CONSTRAINT "FK_f9822888f1bc99f961b6cc511fa"`);
    await q.query(`ALTER TABLE "import_rows" DROP CONSTRAINT "FK_ef7df322ef4d59f7db70339d462"`);
    await q.query(`ALTER TABLE "import_rows" DROP CONSTRAINT "FK_ba182cfa716688a6c985cce0a43"`);
    await q.query(`ALTER TABLE "import_batches" DROP CONSTRAINT "FK_9dbde771f1be818c27c50e6b962"`);
    await q.query(`DROP TABLE "import_mappings"`);
    await q.query(`DROP TABLE "import_effects"`);
    await q.query(`DROP INDEX "public"."ix_import_rows_problems"`);
    await q.query(`DROP TABLE "import_rows"`);
    await q.query(`DROP INDEX "public"."ix_import_batches_created"`);
    await q.query(`DROP TABLE "import_batches"`);
  }
}
