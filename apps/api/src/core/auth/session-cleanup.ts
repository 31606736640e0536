import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Sessions that ended (expired, revoked, or unused) are kept this long — for "where am I logged in" and incident review — then deleted. */
export const SESSION_RETENTION_DAYS = 30;

/**
 * Data minimisation for sessions: deletes sessions that ended more than SESSION_RETENTION_DAYS
 * ago (their IP address and user agent are personal data). Runs at start-up and hourly; the
 * timer does not keep the process alive.
 */
@Injectable()
export class SessionCleanup implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private readonly logger = new Logger(SessionCleanup.name);

  constructor(private readonly db: DataSource) {}

  onApplicationBootstrap() {
    const run = () => void Promise.all([this.purge(), this.purgeRateLimits()]).catch((e) => this.logger.error(e));
    run();
    this.timer = setInterval(run, 3600_000);
    this.timer.unref();
  }

  onApplicationShutdown() {
    if (this.timer) clearInterval(this.timer);
  }

  /** Returns how many sessions were deleted. */
  async purge(): Promise<number> {
    const result: [unknown[], number] = await this.db.query(
      `DELETE FROM sessions
        WHERE least(expires_at, coalesce(revoked_at, expires_at), last_seen_at) < now() - make_interval(days => $1)`,
      [SESSION_RETENTION_DAYS],
    );
    return result[1];
  }

  /** Failed-login counters whose window ended (LoginThrottle's rows in `rate_limits`, epoch ms). */
  async purgeRateLimits(): Promise<number> {
    const result: [unknown[], number] = await this.db.query(`DELETE FROM rate_limits WHERE expire < $1`, [Date.now()]);
    return result[1];
  }
}
