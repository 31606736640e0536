import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import { invalid } from '../../core/errors';
import { QueueTasks } from '../../core/mail/queue-tasks';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { links } from '../notifications/notification-kinds';
import { NotificationService } from '../notifications/notification.service';
import { dayOf } from '../notifications/notification-scheduler';
import { CalendarRow, FreshnessRepository } from './freshness.repository';
import { PortalAccess } from './portal.access';
import { PortalRepository } from './portal.repository';
import { addMonths } from './portal.rules';

export const PORTAL_FRESHNESS_TASK = 'portal_freshness_daily';

/**
 * Freshness of the offers (issue 13, 4): every day at 05:15 UTC, for each alliance with a portal,
 * providers are asked to confirm offers whose last confirmation is `reminderMonths` old (one mail
 * per confirmation, with a one-click link), offers unconfirmed for `flagMonths` are flagged to the
 * editors, and after `hideMonths` they are hidden from the public portal until confirmed. Each step
 * is one set-based UPDATE that marks what it did, so a repeated run does nothing twice.
 * `runDaily(now)` takes the moment, so tests run it for any day.
 */
@Injectable()
export class FreshnessService {
  private readonly logger = new Logger('PortalFreshness');

  constructor(
    private readonly db: DataSource,
    private readonly repo: FreshnessRepository,
    private readonly portal: PortalRepository,
    private readonly access: PortalAccess,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    tasks: QueueTasks,
  ) {
    const at = (payload: unknown) => new Date((payload as { _cron?: { ts?: string } })?._cron?.ts ?? Date.now());
    tasks.register(PORTAL_FRESHNESS_TASK, async (payload) => void (await this.runDaily(at(payload))));
    tasks.schedule({
      task: PORTAL_FRESHNESS_TASK,
      match: '15 5 * * *',
      options: { backfillPeriod: 6 * 3600_000, maxAttempts: 3 },
      identifier: PORTAL_FRESHNESS_TASK,
    });
  }

  /** Returns how many offers changed state (reminded + flagged + hidden). */
  async runDaily(now: Date): Promise<{ reminded: number; flagged: number; hidden: number }> {
    const total = { reminded: 0, flagged: 0, hidden: 0 };
    const alliances = await this.db.transaction(async (em) => {
      return this.repo.scheduledAlliances(em);
    });
    for (const allianceId of alliances) {
      try {
        const done = await this.db.transaction(async (em) => {
          await this.repo.enterAsScheduler(em, allianceId);
          return this.runAlliance(em, allianceId, now);
        });
        total.reminded += done.reminded;
        total.flagged += done.flagged;
        total.hidden += done.hidden;
      } catch (e) {
        this.logger.error(`Portal freshness for alliance ${allianceId} failed: ${(e as Error).message}`);
      }
    }
    return total;
  }

  private async runAlliance(em: EntityManager, allianceId: string, now: Date) {
    const rules = await this.portal.settings(em, allianceId);
    if (!rules.enabled) return { reminded: 0, flagged: 0, hidden: 0 };
    // Hidden first: an offer a year old is hidden today without being flagged and reminded the same morning.
    const hidden = await this.repo.markHidden(em, allianceId, rules, now);
    const flagged = (await this.repo.markFlagged(em, allianceId, rules, now)).filter((o) => !hidden.some((h) => h.id === o.id));
    const reminded = await this.repo.markReminded(em, allianceId, rules, now);
    // Scheduled work has no acting person: the audit event names none.
    const system = { allianceId, userId: null as unknown as string, em };
    for (const o of hidden)
      await this.audit.record(system, { action: 'offer.hidden_stale', entityType: 'PortalOffer', entityId: o.id, after: { confirmedAt: o.confirmedAt } });
    for (const o of reminded) {
      if (!o.providerMembershipId) continue;
      await this.notifications.notify(em, {
        allianceId,
        to: { membershipId: o.providerMembershipId },
        kind: 'OFFER_CONFIRM_DUE',
        subject: { type: 'PortalOffer', id: o.id },
        link: links.confirmOffer(allianceId, o.id),
        params: { offer: o.title, confirmed: new Date(o.confirmedAt).toISOString(), hideMonths: rules.hideMonths },
        dedupKey: `OFFER_CONFIRM_DUE:${o.id}:${new Date(o.confirmedAt).toISOString()}`,
      });
    }
    const editors = await this.portal.editorUserIds(em, allianceId);
    for (const o of flagged) {
      if (!editors.length) break;
      await this.notifications.notify(em, {
        allianceId,
        to: { userIds: editors },
        kind: 'OFFER_STALE',
        subject: { type: 'PortalOffer', id: o.id },
        link: links.portalFreshness(allianceId),
        params: {
          offer: o.title,
          provider: o.providerName,
          confirmed: new Date(o.confirmedAt).toISOString(),
          hideOn: addMonths(new Date(o.confirmedAt), rules.hideMonths).toISOString(),
        },
        dedupKey: `OFFER_STALE:${o.id}:${new Date(o.confirmedAt).toISOString()}`,
      });
    }
    return { reminded: reminded.length, flagged: flagged.length, hidden: hidden.length };
  }

  /** The backbone's (and editors') calendar of offers and indicator reports due and overdue. */
  async calendar(ctx: AllianceContext, from: string, to: string, now = new Date()): Promise<CalendarRow[]> {
    await this.access.requireEditor(ctx);
    const day = /^\d{4}-\d{2}-\d{2}$/;
    const bad = [!day.test(from) || isNaN(Date.parse(from)) ? 'fromDay' : null, !day.test(to) || isNaN(Date.parse(to)) ? 'toDay' : null].filter(
      (x) => x !== null,
    );
    if (bad.length) throw invalid(bad.map((field) => ({ field, code: 'invalid' })));
    if (to < from) throw invalid([{ field: 'toDay', code: 'endBeforeStart' }]);
    const rules = await this.portal.settings(ctx.em, ctx.allianceId);
    return this.repo.calendar(ctx.em, ctx.allianceId, rules, dayOf(now), from, to);
  }
}
