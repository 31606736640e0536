import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QueueTasks } from '../../core/mail/queue-tasks';
import { OnboardingRepository } from './onboarding.repository';

export const STALE_SIGNUPS_TASK = 'onboarding_stale_signups';
/** An unconfirmed sign-up older than this goes (the verification link itself lasts far less). */
export const UNVERIFIED_DAYS = 7;

/**
 * Daily at 04:30 UTC (graphile-worker crontab, once across instances): sign-ups whose address was
 * never confirmed and that are older than a week are removed with their organisation, so someone
 * registering with another person's address leaves nothing behind for long.
 */
@Injectable()
export class StaleSignups {
  private readonly logger = new Logger('Onboarding');

  constructor(
    private readonly db: DataSource,
    private readonly repo: OnboardingRepository,
    tasks: QueueTasks,
  ) {
    tasks.register(STALE_SIGNUPS_TASK, async (payload) => {
      await this.run(new Date((payload as { _cron?: { ts?: string } })?._cron?.ts ?? Date.now()));
    });
    tasks.schedule({
      task: STALE_SIGNUPS_TASK,
      match: '30 4 * * *',
      options: { backfillPeriod: 6 * 3600_000, maxAttempts: 3 },
      identifier: STALE_SIGNUPS_TASK,
    });
  }

  async run(now: Date): Promise<number> {
    const removed = await this.db.transaction((em) => this.repo.removeStaleSignups(em, new Date(now.getTime() - UNVERIFIED_DAYS * 86_400_000)));
    if (removed) this.logger.log(`removed ${removed} sign-up(s) never confirmed within ${UNVERIFIED_DAYS} days`);
    return removed;
  }
}
