import { createHash, createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError } from '../../core/errors';
import { MailOutbox } from '../../core/mail/mail-outbox';
import type { AuthUser, RequestScope } from '../../core/request-context';
import { TenancyService } from '../../core/tenancy/tenancy.service';
import { DEFAULT_REPORT_DUE_DAYS, KIND_RULES, NOTIFICATION_KINDS, NotificationKind } from './notification-kinds';
import { NotificationService } from './notification.service';
import { CalendarFeedModel, NotificationModel, NotificationSettingsModel } from './notifications.models';
import { NotificationsRepository } from './notifications.repository';
import { verifyUnsubscribe } from './unsubscribe-token';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * A person's own side: the notification centre, e-mail choices, the calendar address, and the
 * unsubscribe link (no login). Reads of notices see the caller's active alliances (the read list
 * a logged-in read sets) and, by the restrictive policies, only the caller's rows.
 */
@Injectable()
export class NotificationCenterService {
  constructor(
    private readonly repo: NotificationsRepository,
    private readonly tenancy: TenancyService,
    private readonly notifications: NotificationService,
    private readonly outbox: MailOutbox,
  ) {}

  async list(scope: RequestScope, user: AuthUser, first: number, unreadOnly: boolean): Promise<NotificationModel[]> {
    if (!(await this.tenancy.activeAllianceIdsOf(scope.em, user.id)).length) return [];
    const rows = await this.repo.list(scope.em, user.id, first, unreadOnly);
    return rows.map((r) => ({ ...r, kind: r.kind as NotificationKind, read: r.readAt !== null }));
  }

  async unreadCount(scope: RequestScope, user: AuthUser): Promise<number> {
    if (!(await this.tenancy.activeAllianceIdsOf(scope.em, user.id)).length) return 0;
    return this.repo.unreadCount(scope.em, user.id);
  }

  /**
   * Writes need the single alliance context (tenant policy), so the caller's alliances are entered
   * one after the other, as the caller; the restrictive policies keep it to their own notices.
   */
  async markRead(scope: RequestScope, user: AuthUser, ids: string[] | null): Promise<number> {
    let changed = 0;
    for (const allianceId of await this.tenancy.activeAllianceIdsOf(scope.em, user.id)) {
      await this.tenancy.setAlliance(scope.em, allianceId);
      changed += await this.repo.markRead(scope.em, user.id, allianceId, ids);
    }
    await this.tenancy.setAlliance(scope.em, null);
    return changed;
  }

  async settings(scope: RequestScope, user: AuthUser): Promise<NotificationSettingsModel> {
    const { choices, reportDueDays } = await this.repo.preferences(scope.em, user.id);
    return {
      preferences: NOTIFICATION_KINDS.map((kind) => ({
        kind,
        email: choices.get(kind) ?? KIND_RULES[kind].emailByDefault,
        emailByDefault: KIND_RULES[kind].emailByDefault,
      })),
      reportDueDays: reportDueDays ?? DEFAULT_REPORT_DUE_DAYS,
    };
  }

  async setEmail(scope: RequestScope, user: AuthUser, kind: NotificationKind, email: boolean): Promise<NotificationSettingsModel> {
    await this.repo.setEmail(scope.em, user.id, kind, email);
    return this.settings(scope, user);
  }

  async setReportDueDays(scope: RequestScope, user: AuthUser, days: number): Promise<NotificationSettingsModel> {
    await this.repo.setReportDueDays(scope.em, user.id, days);
    return this.settings(scope, user);
  }

  /** One-click unsubscribe: a valid signed token turns off e-mail of that one kind for that person. */
  async unsubscribe(scope: Pick<RequestScope, 'em'>, token: string): Promise<{ kind: NotificationKind }> {
    const found = verifyUnsubscribe(this.notifications.signingKey, token);
    if (!found) throw new DomainError('UNSUBSCRIBE_LINK_INVALID');
    await this.repo.setEmail(scope.em, found.userId, found.kind, false);
    return { kind: found.kind };
  }

  /** The caller's calendar address, made on first request. */
  async calendarFeed(scope: RequestScope, user: AuthUser): Promise<CalendarFeedModel> {
    const createdAt = (await this.repo.calendarToken(scope.em, user.id)) ?? (await this.renewCalendarFeed(scope, user)).createdAt;
    return { url: this.feedUrl(user.id, createdAt), createdAt };
  }

  /** A new address; the old one stops working at once (its hash is replaced). */
  async renewCalendarFeed(scope: RequestScope, user: AuthUser): Promise<CalendarFeedModel> {
    // The token is derived from the server secret, the person and the moment of renewal (so the
    // page can show it again), and stored only as its hash: the row alone does not reveal it.
    const [{ now }] = await scope.em.query(`SELECT date_trunc('milliseconds', clock_timestamp()) AS now`);
    const createdAt = new Date(now);
    await this.repo.setCalendarToken(scope.em, user.id, sha256(this.feedToken(user.id, createdAt)), createdAt);
    return { url: this.feedUrl(user.id, createdAt), createdAt };
  }

  feedToken(userId: string, createdAt: Date): string {
    return createHmac('sha256', this.notifications.calendarKey).update(`calendar\n${userId}\n${createdAt.toISOString()}`).digest('base64url');
  }

  private feedUrl(userId: string, createdAt: Date): string {
    return this.outbox.link('/calendar', `${this.feedToken(userId, createdAt)}.ics`);
  }
}
