import { MigrationInterface, QueryRunner } from 'typeorm';

export class RollupCellIndex1796607206631 implements MigrationInterface {
  name = 'RollupCellIndex1796607206631';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "ix_measurements_approved_cell" ON "measurements" ("alliance_id", "indicator_id", "period_key", "membership_id") WHERE "status" = 'APPROVED'`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ix_measurements_approved_cell"`);
  }
}
