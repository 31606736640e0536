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
    void this.purge().catch((e) => this.logger.error(e));
    this.timer = setInterval(() => void this.purge().catch((e) => this.logger.error(e)), 3600_000);
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
    // Login failure counters (addresses) are only needed for their window (≤ a day by config
    // in practice); unanswered password-to-code challenges expire within minutes.
    await this.db.query(`DELETE FROM login_failures WHERE last_at < now() - interval '1 day'`);
    await this.db.query(`DELETE FROM login_challenges WHERE expires_at < now()`);
    return result[1];
  }
}
