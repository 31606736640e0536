import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Plausibility rules per indicator (see measurement-rules.ts). Existing indicators get the
 * defaults: no negative values, decimals allowed, no bounds, ratios at most 1, no jump warning.
 * They apply when a value is next saved or submitted; stored values are not rewritten.
 */
export class IndicatorPlausibility1796606480567 implements MigrationInterface {
  name = 'IndicatorPlausibility1796606480567';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "indicators" ADD "allow_negative" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "indicators" ADD "integer_only" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "indicators" ADD "min_value" numeric`);
    await q.query(`ALTER TABLE "indicators" ADD "max_value" numeric`);
    await q.query(`ALTER TABLE "indicators" ADD "allow_ratio_above_one" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "indicators" ADD "jump_warning_share" numeric`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "indicators" DROP COLUMN "jump_warning_share"`);
    await q.query(`ALTER TABLE "indicators" DROP COLUMN "allow_ratio_above_one"`);
    await q.query(`ALTER TABLE "indicators" DROP COLUMN "max_value"`);
    await q.query(`ALTER TABLE "indicators" DROP COLUMN "min_value"`);
    await q.query(`ALTER TABLE "indicators" DROP COLUMN "integer_only"`);
    await q.query(`ALTER TABLE "indicators" DROP COLUMN "allow_negative"`);
  }
}
