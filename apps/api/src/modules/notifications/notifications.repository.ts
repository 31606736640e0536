import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { MembershipRoleName } from '@gemeinwerk/shared';
import type { EntityManager } from 'typeorm';
import { Db, execute, select } from './db';
import type { NotificationKind } from './notification-kinds';

export interface Recipient {
  id: string;
  email: string;
  name: string;
  locale: string;
}

/** Who gets a notice: named people, a membership's people (or only its admins), or the people of some roles. */
export type Audience = { userIds: string[] } | { membershipId: string; adminsOnly?: boolean } | { roles: MembershipRoleName[]; adminsOnly?: boolean };

export interface NotificationRow {
  allianceId: string;
  allianceName: string;
  id: string;
  kind: string;
  subjectType: string;
  subjectId: string | null;
  params: Record<string, string | number>;
  link: string;
  readAt: Date | null;
  createdAt: Date;
}

/**
 * SQL of notices, preferences and settings. Recipients are read under the transaction's alliance
 * context (alliance_seats and memberships are tenant tables); users and preferences are
 * platform-wide.
 */
/** One entry of a person's calendar feed. */
export interface FeedItem {
  kind: 'DEADLINE' | 'MEETING' | 'ACTION_ITEM';
  id: string;
  allianceId: string;
  allianceName: string;
  title: string;
  day: string;
}

@Injectable()
export class NotificationsRepository {
  recipients(db: Db, allianceId: string, audience: Audience): Promise<Recipient[]> {
    const params: unknown[] = [allianceId];
    let filter: string;
    if ('userIds' in audience) {
      params.push(audience.userIds);
      filter = 's.user_id = ANY($2::uuid[])';
    } else if ('membershipId' in audience) {
      params.push(audience.membershipId);
      filter = `s.membership_id = $2${audience.adminsOnly ? ' AND s.is_admin' : ''}`;
    } else {
      params.push(audience.roles);
      filter = `m.role::text = ANY($2::text[])${audience.adminsOnly ? ' AND s.is_admin' : ''}`;
    }
    return select<Recipient>(
      db,
      `SELECT DISTINCT u.id, u.email, u.name, u.locale FROM alliance_seats s
         JOIN memberships m ON m.alliance_id = s.alliance_id AND m.id = s.membership_id
         JOIN users u ON u.id = s.user_id
        WHERE s.alliance_id = $1 AND s.left_at IS NULL AND m.state = 'ACTIVE' AND u.disabled_at IS NULL AND ${filter}
        ORDER BY u.id`,
      params,
    );
  }

  async allianceName(db: Db, allianceId: string): Promise<string> {
    const [a] = await select<{ name: string }>(db, `SELECT name FROM alliances WHERE id = $1`, [allianceId]);
    return a?.name ?? '';
  }

  async userName(db: Db, userId: string): Promise<string> {
    const [u] = await select<{ name: string }>(db, `SELECT name FROM users WHERE id = $1`, [userId]);
    return u?.name ?? '';
  }

  /** Whose e-mail for this kind differs from the default: user id → choice. */
  async emailChoices(db: Db, userIds: string[], kind: NotificationKind): Promise<Map<string, boolean>> {
    const rows = await select<{ user_id: string; email: boolean }>(
      db,
      `SELECT user_id, email FROM notification_preferences WHERE user_id = ANY($1::uuid[]) AND kind = $2`,
      [userIds, kind],
    );
    return new Map(rows.map((r) => [r.user_id, r.email]));
  }

  /** Adds the notice; false when a notice with the same dedup key exists already (nothing written). */
  async insert(
    db: Db,
    n: {
      allianceId: string;
      userId: string;
      kind: string;
      subjectType: string;
      subjectId: string | null;
      params: object;
      link: string;
      dedupKey: string | null;
    },
  ): Promise<boolean> {
    // ON CONFLICT only for scheduled notices (a dedup key): PostgreSQL checks it against the SELECT
    // policies, which only the scheduler's transaction passes for someone else's notice.
    const added = await execute(
      db,
      `INSERT INTO notifications (alliance_id, id, user_id, kind, subject_type, subject_id, params, link, dedup_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)${n.dedupKey ? ' ON CONFLICT (alliance_id, user_id, dedup_key) DO NOTHING' : ''}`,
      [n.allianceId, randomUUID(), n.userId, n.kind, n.subjectType, n.subjectId, JSON.stringify(n.params), n.link, n.dedupKey],
    );
    return added > 0;
  }

  // ── the person's own (their transaction reads only their own notices: restrictive policies) ──

  list(db: Db, userId: string, first: number, unreadOnly: boolean): Promise<NotificationRow[]> {
    return select<NotificationRow>(
      db,
      `SELECT n.alliance_id AS "allianceId", a.name AS "allianceName", n.id, n.kind, n.subject_type AS "subjectType", n.subject_id AS "subjectId",
              CASE WHEN actor.id IS NULL THEN n.params ELSE n.params - 'actorUserId' || jsonb_build_object('actor', actor.name) END AS params,
              n.link, n.read_at AS "readAt", n.created_at AS "createdAt"
         FROM notifications n JOIN alliances a ON a.id = n.alliance_id
         LEFT JOIN users actor ON actor.id = (n.params->>'actorUserId')::uuid
        WHERE n.alliance_id = ANY((SELECT gw_readable_alliances())::uuid[]) AND n.user_id = $1 ${unreadOnly ? 'AND n.read_at IS NULL' : ''}
        ORDER BY n.created_at DESC, n.id DESC LIMIT $2`,
      [userId, first],
    );
  }

  async unreadCount(db: Db, userId: string): Promise<number> {
    const [r] = await select<{ n: number }>(
      db,
      `SELECT count(*)::int AS n FROM notifications WHERE alliance_id = ANY((SELECT gw_readable_alliances())::uuid[]) AND user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return r.n;
  }

  /** Marks read in one alliance (the transaction's); with ids only those, without all of them. */
  markRead(db: Db, userId: string, allianceId: string, ids: string[] | null): Promise<number> {
    return execute(
      db,
      `UPDATE notifications SET read_at = now() WHERE alliance_id = $2 AND user_id = $1 AND read_at IS NULL ${ids ? 'AND id = ANY($3::uuid[])' : ''}`,
      ids ? [userId, allianceId, ids] : [userId, allianceId],
    );
  }

  async preferences(db: Db, userId: string): Promise<{ choices: Map<string, boolean>; reportDueDays: number | null }> {
    const rows = await select<{ kind: string; email: boolean }>(db, `SELECT kind, email FROM notification_preferences WHERE user_id = $1`, [userId]);
    const [s] = await select<{ report_due_days: number }>(db, `SELECT report_due_days FROM notification_settings WHERE user_id = $1`, [userId]);
    return { choices: new Map(rows.map((r) => [r.kind, r.email])), reportDueDays: s?.report_due_days ?? null };
  }

  async setEmail(db: Db, userId: string, kind: NotificationKind, email: boolean): Promise<void> {
    await execute(
      db,
      `INSERT INTO notification_preferences (user_id, kind, email) VALUES ($1, $2, $3) ON CONFLICT (user_id, kind) DO UPDATE SET email = EXCLUDED.email`,
      [userId, kind, email],
    );
  }

  async setReportDueDays(db: Db, userId: string, days: number): Promise<void> {
    await execute(
      db,
      `INSERT INTO notification_settings (user_id, report_due_days) VALUES ($1, $2) ON CONFLICT (user_id) DO UPDATE SET report_due_days = EXCLUDED.report_due_days`,
      [userId, days],
    );
  }

  async calendarToken(db: Db, userId: string): Promise<Date | null> {
    const [s] = await select<{ at: Date | null }>(
      db,
      `SELECT calendar_token_created_at AS at FROM notification_settings WHERE user_id = $1 AND calendar_token_hash IS NOT NULL`,
      [userId],
    );
    return s?.at ?? null;
  }

  async setCalendarToken(db: Db, userId: string, hash: string, at: Date): Promise<void> {
    await execute(
      db,
      `INSERT INTO notification_settings (user_id, calendar_token_hash, calendar_token_created_at) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET calendar_token_hash = EXCLUDED.calendar_token_hash, calendar_token_created_at = EXCLUDED.calendar_token_created_at`,
      [userId, hash, at],
    );
  }

  async calendarOwner(db: Db, hash: string): Promise<string | null> {
    const [r] = await select<{ user_id: string }>(
      db,
      `SELECT s.user_id FROM notification_settings s JOIN users u ON u.id = s.user_id WHERE s.calendar_token_hash = $1 AND u.disabled_at IS NULL`,
      [hash],
    );
    return r?.user_id ?? null;
  }

  /**
   * The calendar feed: everything in the read list of the person's alliances (the policies keep it
   * there). Meetings come from the log, so only alliances where the person's role reads the log
   * (`meetingRoles`: rolesWith('log.read', 'all') in core/access).
   */
  calendarItems(em: EntityManager, userId: string, meetingRoles: MembershipRoleName[]): Promise<FeedItem[]> {
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
          AND l.alliance_id IN (SELECT alliance_id FROM mine WHERE role = ANY($2::membership_role[]))
       UNION ALL
       SELECT 'ACTION_ITEM', ai.id, ai.alliance_id, a.name, ai.title, ai.due_on::text
         FROM action_items ai JOIN alliances a ON a.id = ai.alliance_id
        WHERE ai.done_at IS NULL AND ai.due_on IS NOT NULL
          AND (ai.owner_user_id = $1 OR (ai.owner_user_id IS NULL AND (ai.alliance_id, ai.owner_membership_id) IN (SELECT alliance_id, membership_id FROM mine)))
        ORDER BY day, kind, id
        LIMIT 2000`,
      [userId, meetingRoles],
    );
  }
}
