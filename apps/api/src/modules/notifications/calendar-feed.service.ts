import { Injectable } from '@nestjs/common';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { DataSource } from 'typeorm';
import { rolesWith } from '../../core/access/access';
import { TenancyService } from '../../core/tenancy/tenancy.service';
import { links } from './notification-kinds';
import { NotificationsRepository, type FeedItem } from './notifications.repository';
import { sha256 } from './notification-center.service';

const SUMMARY: Record<FeedItem['kind'], (i: FeedItem) => string> = {
  DEADLINE: (i) => `Berichtsfrist ${i.title} · ${i.allianceName}`,
  MEETING: (i) => `Treffen: ${i.title} · ${i.allianceName}`,
  ACTION_ITEM: (i) => `Aufgabe fällig: ${i.title} · ${i.allianceName}`,
};

/**
 * The personal calendar feed (ICS) behind a secret address: reporting deadlines of open periods,
 * meetings (log entries of type MEETING) and the person's action items with a due date, from all
 * their alliances. The token names the person; the feed then reads like that person's logged-in
 * read does: `app.user_id` and the read list of their active alliances (gw_enter_own_alliances),
 * under the tenant policies — no bypass. Meetings only where the person may read the log (not as
 * an observer). Written with ical-generator (see docs/architecture.md, "Libraries").
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: NotificationsRepository,
    private readonly tenancy: TenancyService,
  ) {}

  /** The feed as text, or null for an unknown (or renewed-away) token. */
  async feed(token: string, publicUrl: string): Promise<string | null> {
    return this.db.transaction(async (em) => {
      const userId = await this.repo.calendarOwner(em, sha256(token));
      if (!userId) return null;
      await this.tenancy.setUser(em, userId);
      const alliances = await this.tenancy.activeAllianceIdsOf(em, userId);
      const items = alliances.length ? await this.repo.calendarItems(em, userId, rolesWith('log.read', 'all')) : [];
      const cal = ical({
        name: 'Gemeinwerk',
        prodId: { company: 'Gemeinwerk', product: 'Kalender', language: 'DE' },
        method: ICalCalendarMethod.PUBLISH,
        ttl: 3600,
      });
      for (const i of items) {
        const start = new Date(`${i.day}T00:00:00Z`);
        const path =
          i.kind === 'MEETING' ? links.logEntry(i.allianceId, i.id) : i.kind === 'DEADLINE' ? links.reporting(i.allianceId) : links.actionItems(i.allianceId);
        cal.createEvent({
          id: `${i.kind.toLowerCase()}-${i.id}@gemeinwerk`,
          start,
          end: new Date(start.getTime() + 86_400_000),
          allDay: true,
          summary: SUMMARY[i.kind](i),
          url: `${publicUrl}${path}`,
        });
      }
      return cal.toString();
    });
  }
}
