import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed-login counters in PostgreSQL instead of each process's memory, so that every instance
 * behind a load balancer counts against the same budget (rate-limiter-flexible's Postgres store;
 * its table layout, with `key` as text). Platform-wide like sessions: no alliance_id, no row-level
 * security. Keys are SHA-256 digests, never an e-mail or IP address; `expire` is epoch ms.
 */
export class SharedRateLimits1796640000000 implements MigrationInterface {
  name = 'SharedRateLimits1796640000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE rate_limits (key text PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`);
    await q.query(`CREATE INDEX rate_limits_expire ON rate_limits (expire)`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limits TO gemeinwerk_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limits`);
  }
}
