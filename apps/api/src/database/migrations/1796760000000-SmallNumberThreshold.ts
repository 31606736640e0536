import { MigrationInterface, QueryRunner } from 'typeorm';

/** Small-number protection (issue 12): the threshold k per alliance, 2 … 20, default 5 (modules/disclosure). */
export class SmallNumberThreshold1796760000000 implements MigrationInterface {
  name = 'SmallNumberThreshold1796760000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "alliances" ADD "small_number_threshold" smallint NOT NULL DEFAULT '5'`);
    await q.query(`ALTER TABLE "alliances" ADD CONSTRAINT "ck_alliances_small_number_threshold" CHECK (small_number_threshold BETWEEN 2 AND 20)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "alliances" DROP CONSTRAINT "ck_alliances_small_number_threshold"`);
    await q.query(`ALTER TABLE "alliances" DROP COLUMN "small_number_threshold"`);
  }
}
