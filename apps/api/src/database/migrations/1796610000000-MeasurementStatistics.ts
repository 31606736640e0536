import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Extended statistics on measurements. An indicator, a member and a reporting period each
 * belong to exactly one alliance, but the planner multiplies the selectivities of
 * `alliance_id = …` and `indicator_id = …` as if they were independent, so with 500 alliances it
 * expects 0.4 rows of an indicator instead of ~300. With that estimate every index on
 * (alliance_id, indicator_id, …) looks equally cheap and the roll-up's cell probe picked
 * ix_measurements_indicator_status (status is an enum: not leakproof, so under row-level security
 * it cannot be an index condition) and filtered ~285 rows per cell instead of reading the ~8 rows
 * of ix_measurements_approved_cell. The functional dependencies fix the estimate.
 */
export class MeasurementStatistics1796610000000 implements MigrationInterface {
  name = 'MeasurementStatistics1796610000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE STATISTICS "st_measurements_alliance_keys" (dependencies, ndistinct) ON "alliance_id", "indicator_id", "membership_id", "reporting_period_id" FROM "measurements"`,
    );
    // Without ANALYZE the statistics object stays empty until autovacuum gets to the table.
    await q.query(`ANALYZE "measurements"`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP STATISTICS "st_measurements_alliance_keys"`);
  }
}
