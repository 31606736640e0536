import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { deleteEndedSessions, deleteStaleLoginCounters } from './session-cleanup.repository';

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
    const run = () => void Promise.all([this.purge(), this.purgeLoginCounters()]).catch((e) => this.logger.error(e));
    run();
    this.timer = setInterval(run, 3600_000);
    this.timer.unref();
  }

  onApplicationShutdown() {
    if (this.timer) clearInterval(this.timer);
  }

  /** Returns how many sessions were deleted. */
  async purge(): Promise<number> {
    return deleteEndedSessions(this.db, SESSION_RETENTION_DAYS);
  }

  /**
   * Failed-login counters (LoginThrottle's `login_failures`) are only needed for their window
   * (minutes; a day at most in practice); unanswered password-to-code challenges expire within
   * minutes. Returns how many counters were deleted.
   */
  async purgeLoginCounters(): Promise<number> {
    return deleteStaleLoginCounters(this.db);
  }
}
