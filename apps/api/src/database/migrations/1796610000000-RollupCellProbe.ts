import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The roll-up's cell probe (measurements of one indicator and period, APPROVED) must read
 * ix_measurements_approved_cell. It did not: an indicator, a member and a reporting period each
 * belong to one alliance, but the planner multiplies the selectivities of `alliance_id = …` and
 * `indicator_id = …` as if independent and expects < 1 row per indicator (really ~300). Every
 * index on (alliance_id, indicator_id, …) then looks equally cheap, and it picked
 * ix_measurements_indicator_status, on which `status = 'APPROVED'` cannot be an index condition
 * under row-level security (enum equality is not leakproof). Each of the dashboard's 1,800 cells
 * then read ~290 rows instead of ~8.
 *
 * - ix_measurements_indicator_status goes: for the app role its status column is useless, and
 *   uq_measurements_report serves the same (alliance_id, indicator_id) prefix.
 * - Extended statistics give the planner the dependencies for constant lookups
 *   (`alliance_id = $1 AND indicator_id = $2`); join probes do not use them, hence the drop.
 */
export class RollupCellProbe1796610000000 implements MigrationInterface {
  name = 'RollupCellProbe1796610000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ix_measurements_indicator_status"`);
    await q.query(
      `CREATE STATISTICS "st_measurements_alliance_keys" (dependencies, ndistinct) ON "alliance_id", "indicator_id", "membership_id", "reporting_period_id" FROM "measurements"`,
    );
    // Without ANALYZE the statistics object stays empty until autovacuum gets to the table.
    await q.query(`ANALYZE "measurements"`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP STATISTICS "st_measurements_alliance_keys"`);
    await q.query(`CREATE INDEX "ix_measurements_indicator_status" ON "measurements" ("alliance_id", "indicator_id", "status") `);
  }
}
