import { Injectable } from '@nestjs/common';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { DataSource } from 'typeorm';
import { TenancyService } from '../../core/tenancy/tenancy.service';
import { select } from './db';
import { links } from './notification-kinds';
import { NotificationsRepository } from './notifications.repository';
import { sha256 } from './notification-center.service';

interface FeedItem {
  kind: 'DEADLINE' | 'MEETING' | 'ACTION_ITEM';
  id: string;
  allianceId: string;
  allianceName: string;
  title: string;
  day: string;
}

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
      const items = alliances.length ? await this.items(em, userId) : [];
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

  /** Everything in the read list of the person's alliances; the policies keep it there. */
  private items(em: import('typeorm').EntityManager, userId: string): Promise<FeedItem[]> {
    return select<FeedItem>(
      em,
      `WITH mine AS (
         SELECT s.alliance_id, s.membership_id, m.role FROM alliance_seats s
           JOIN memberships m ON m.alliance_id = s.alliance_id AND m.id = s.membership_id
          WHERE s.user_id = $1 AND s.left_at IS NULL AND m.state = 'ACTIVE' AND m.role <> 'PROVIDER'
       )
       SELECT 'DEADLINE' AS kind, rp.id, rp.alliance_id AS "allianceId", a.name AS "allianceName", rp.period_key AS title, rp.due_on::text AS day
         FROM reporting_periods rp JOIN alliances a ON a.id = rp.alliance_id
        WHERE rp.state = 'OPEN' AND rp.due_on IS NOT NULL AND rp.alliance_id IN (SELECT alliance_id FROM mine)
       UNION ALL
       SELECT 'MEETING', l.id, l.alliance_id, a.name, l.title, l.occurred_on::text
         FROM log_entries l JOIN alliances a ON a.id = l.alliance_id
        WHERE l.type = 'MEETING' AND l.occurred_on >= current_date - 90
          AND l.alliance_id IN (SELECT alliance_id FROM mine WHERE role <> 'OBSERVER')
       UNION ALL
       SELECT 'ACTION_ITEM', ai.id, ai.alliance_id, a.name, ai.title, ai.due_on::text
         FROM action_items ai JOIN alliances a ON a.id = ai.alliance_id
        WHERE ai.done_at IS NULL AND ai.due_on IS NOT NULL
          AND (ai.owner_user_id = $1 OR (ai.owner_user_id IS NULL AND (ai.alliance_id, ai.owner_membership_id) IN (SELECT alliance_id, membership_id FROM mine)))
        ORDER BY day, kind, id
        LIMIT 2000`,
      [userId],
    );
  }
}
