import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import { QueueTasks } from '../../core/mail/queue-tasks';
import { ParticipationRepository } from './participation.repository';

export const PARTICIPATION_RETENTION_TASK = 'participation_contact_retention_daily';
/** Days an address is kept after its item was closed (resolved, declined, answered, rejected, merged). */
export const CONTACT_RETENTION_DAYS = 90;
/** Days an address that was never confirmed is kept. */
export const UNCONFIRMED_RETENTION_DAYS = 14;
/** No address is kept longer than this, whatever the item's state. */
export const MAX_CONTACT_DAYS = 365;

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

/**
 * Privacy of reporters (issue 16, 6): every day at 04:40 UTC, for each alliance, the e-mail
 * addresses of closed items are erased after the retention period (and unconfirmed or very old
 * ones sooner), and the expired per-address counters of the public forms are deleted. One
 * set-based UPDATE per alliance; a repeated run finds nothing more to do.
 * `runDaily(now)` takes the moment, so tests run it for any day.
 */
@Injectable()
export class ParticipationRetentionService {
  private readonly logger = new Logger('ParticipationRetention');

  constructor(
    private readonly db: DataSource,
    private readonly repo: ParticipationRepository,
    private readonly audit: AuditService,
    tasks: QueueTasks,
  ) {
    const at = (payload: unknown) => new Date((payload as { _cron?: { ts?: string } })?._cron?.ts ?? Date.now());
    tasks.register(PARTICIPATION_RETENTION_TASK, async (payload) => void (await this.runDaily(at(payload))));
    tasks.schedule({
      task: PARTICIPATION_RETENTION_TASK,
      match: '40 4 * * *',
      options: { backfillPeriod: 6 * 3600_000, maxAttempts: 3 },
      identifier: PARTICIPATION_RETENTION_TASK,
    });
  }

  /** Returns how many addresses were erased. */
  async runDaily(now: Date): Promise<number> {
    await this.db.transaction((em) => this.repo.deleteExpiredCounters(em, now));
    const alliances = await this.db.transaction((em) => this.repo.scheduledAlliances(em));
    let erased = 0;
    for (const allianceId of alliances) {
      try {
        erased += await this.db.transaction(async (em) => {
          await this.repo.enterAsScheduler(em, allianceId);
          const n = await this.repo.eraseContacts(em, allianceId, {
            closedBefore: daysBefore(now, CONTACT_RETENTION_DAYS),
            unconfirmedBefore: daysBefore(now, UNCONFIRMED_RETENTION_DAYS),
            anyBefore: daysBefore(now, MAX_CONTACT_DAYS),
          });
          // Scheduled work has no acting person: the audit event names none.
          if (n)
            await this.audit.record(
              { allianceId, userId: null as unknown as string, em },
              { action: 'participation.contacts_erased', entityType: 'Alliance', entityId: allianceId, after: { count: n } },
            );
          return n;
        });
      } catch (e) {
        this.logger.error(`Participation retention for alliance ${allianceId} failed: ${(e as Error).message}`);
      }
    }
    return erased;
  }
}
