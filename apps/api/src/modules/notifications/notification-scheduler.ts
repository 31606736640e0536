import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { QueueTasks } from '../../core/mail/queue-tasks';
import { rolesWith } from '../../core/access/access';
import { DEFAULT_REPORT_DUE_DAYS, links } from './notification-kinds';
import { NotificationService } from './notification.service';
import { weeklyDigest, monthlyDigest } from './digests';
import {
  actionItemsDueBy,
  enterAllianceAsScheduler,
  outstandingReports,
  peopleWithLeadTime,
  scheduledAlliances,
  unvotedProposalsClosingOn,
} from './scheduler.repository';

export const DAILY_NOTICES_TASK = 'notifications_daily';
export const WEEKLY_DIGEST_TASK = 'notifications_weekly_digest';
export const MONTHLY_DIGEST_TASK = 'notifications_monthly_digest';

/** The calendar day in Germany (where alliances work) of an instant: YYYY-MM-DD. */
export function dayOf(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * Scheduled notices (graphile-worker crontab, UTC): every day at 05:00 the reminders, Mondays at
 * 05:30 the backbone's weekly digest, on the 1st at 06:00 the funders' monthly digest. Each run
 * lists the alliances (gw_scheduled_alliances, in a transaction that declares itself the
 * scheduler's) and then works on one alliance per transaction, entered like a request enters it
 * (`app.alliance_id`): the tenant policies apply, nothing is bypassed, and a failure in one
 * alliance does not stop the others. Every notice carries a dedup key, so a repeated run — a
 * retry, a backfill after a restart, a second instance — adds nothing twice.
 *
 * The run* methods take "now" so that tests call them directly for any day.
 */
@Injectable()
export class NotificationScheduler {
  private readonly logger = new Logger('Notifications');

  constructor(
    private readonly db: DataSource,
    private readonly notifications: NotificationService,
    tasks: QueueTasks,
  ) {
    const at = (payload: unknown) => new Date((payload as { _cron?: { ts?: string } })?._cron?.ts ?? Date.now());
    tasks.register(DAILY_NOTICES_TASK, async (payload) => void (await this.runDaily(at(payload))));
    tasks.register(WEEKLY_DIGEST_TASK, async (payload) => void (await this.runWeeklyDigest(at(payload))));
    tasks.register(MONTHLY_DIGEST_TASK, async (payload) => void (await this.runMonthlyDigest(at(payload))));
    const backfill = { backfillPeriod: 6 * 3600_000, maxAttempts: 3 };
    tasks.schedule({ task: DAILY_NOTICES_TASK, match: '0 5 * * *', options: backfill, identifier: DAILY_NOTICES_TASK });
    tasks.schedule({ task: WEEKLY_DIGEST_TASK, match: '30 5 * * 1', options: backfill, identifier: WEEKLY_DIGEST_TASK });
    tasks.schedule({ task: MONTHLY_DIGEST_TASK, match: '0 6 1 * *', options: backfill, identifier: MONTHLY_DIGEST_TASK });
  }

  /** Reminders: reports due in N days and overdue, action items due tomorrow or overdue, votes closing tomorrow. */
  runDaily(now: Date): Promise<number> {
    const today = dayOf(now);
    return this.eachAlliance(async (em, allianceId) => {
      return (
        (await this.reportReminders(em, allianceId, today)) +
        (await this.actionItemReminders(em, allianceId, today)) +
        (await this.proposalReminders(em, allianceId, today))
      );
    });
  }

  runWeeklyDigest(now: Date): Promise<number> {
    return this.eachAlliance((em, allianceId) => weeklyDigest(em, this.notifications, allianceId, now, dayOf(now)));
  }

  runMonthlyDigest(now: Date): Promise<number> {
    return this.eachAlliance((em, allianceId) => monthlyDigest(em, this.notifications, allianceId, now, dayOf(now)));
  }

  /** Runs `work` once per alliance, each in its own transaction in that alliance; returns the notices added. */
  private async eachAlliance(work: (em: EntityManager, allianceId: string) => Promise<number>): Promise<number> {
    const alliances = await this.db.transaction(async (em) => {
      return scheduledAlliances(em);
    });
    let added = 0;
    for (const allianceId of alliances) {
      try {
        added += await this.db.transaction(async (em) => {
          await enterAllianceAsScheduler(em, allianceId);
          return work(em, allianceId);
        });
      } catch (e) {
        this.logger.error(`Scheduled notices for alliance ${allianceId} failed: ${(e as Error).message}`);
      }
    }
    return added;
  }

  /** Per reporting member with something outstanding (not yet handed in) in an open period with a deadline. */
  private async reportReminders(em: EntityManager, allianceId: string, today: string): Promise<number> {
    const open = await outstandingReports(em, allianceId);
    let added = 0;
    for (const p of open) {
      const params = { period: p.periodKey, due: p.dueOn, missing: p.outstanding };
      const subject = { type: 'ReportingPeriod', id: p.periodId };
      const left = daysBetween(today, p.dueOn);
      if (left >= 0) {
        // Each person's own lead time (default 3 days): only those whose day it is today.
        const people = await peopleWithLeadTime(em, allianceId, p.membershipId, DEFAULT_REPORT_DUE_DAYS, left);
        if (!people.length) continue;
        added += await this.notifications.notify(em, {
          allianceId,
          to: { userIds: people.map((x) => x.id) },
          kind: 'REPORT_DUE',
          subject,
          link: links.reporting(allianceId),
          params: { ...params, days: left },
          dedupKey: `REPORT_DUE:${p.periodId}:${p.dueOn}`,
        });
      } else {
        // The day after the deadline, then once a week while the period stays open.
        const week = Math.floor((-left - 1) / 7);
        added += await this.notifications.notify(em, {
          allianceId,
          to: { membershipId: p.membershipId },
          kind: 'REPORT_OVERDUE',
          subject,
          link: links.reporting(allianceId),
          params,
          dedupKey: `REPORT_OVERDUE:${p.periodId}:${p.dueOn}:${week}`,
        });
      }
    }
    return added;
  }

  private async actionItemReminders(em: EntityManager, allianceId: string, today: string): Promise<number> {
    const items = await actionItemsDueBy(em, allianceId, addDays(today, 1));
    let added = 0;
    for (const a of items) {
      const overdue = a.dueOn < today;
      added += await this.notifications.notify(em, {
        allianceId,
        to: a.ownerUserId ? { userIds: [a.ownerUserId] } : { membershipId: a.ownerMembershipId },
        kind: 'ACTION_ITEM_DUE',
        subject: { type: 'ActionItem', id: a.id },
        link: links.actionItems(allianceId),
        params: { title: a.title, due: a.dueOn, ...(overdue ? { overdue: 1 } : {}) },
        dedupKey: `ACTION_ITEM_DUE:${a.id}:${a.dueOn}:${overdue ? 'overdue' : 'tomorrow'}`,
      });
    }
    return added;
  }

  /** Members who may vote (backbone, partners) and have not voted, the day before the vote closes. */
  private async proposalReminders(em: EntityManager, allianceId: string, today: string): Promise<number> {
    const open = await unvotedProposalsClosingOn(em, allianceId, addDays(today, 1), rolesWith('log.write', 'all'));
    let added = 0;
    for (const p of open) {
      added += await this.notifications.notify(em, {
        allianceId,
        to: { membershipId: p.membershipId },
        kind: 'PROPOSAL_CLOSING',
        subject: { type: 'Proposal', id: p.id },
        link: links.proposal(allianceId, p.id),
        params: { title: p.title, closes: dayOf(new Date(p.closesAt)) },
        dedupKey: `PROPOSAL_CLOSING:${p.id}`,
      });
    }
    return added;
  }
}
