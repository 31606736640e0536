import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Import throughput (issue 12): a value a measurement import created carries its batch, so the
 * commit writes no `import_effects` row per new value (undo finds them by this column; effects
 * stay for the values an import replaced, with their state before). No foreign key: the batch is
 * a record of where the value came from, and a key check per inserted row is what this saves.
 */
export class MeasurementImportBatch1796860000000 implements MigrationInterface {
  name = 'MeasurementImportBatch1796860000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "measurements" ADD "import_batch_id" uuid`);
    await q.query(`CREATE INDEX "ix_measurements_import_batch" ON "measurements" ("alliance_id", "import_batch_id") WHERE "import_batch_id" IS NOT NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ix_measurements_import_batch"`);
    await q.query(`ALTER TABLE "measurements" DROP COLUMN "import_batch_id"`);
  }
}
