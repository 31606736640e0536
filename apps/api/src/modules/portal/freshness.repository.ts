import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { rows } from '../../database/sql';
import { EXPECTED_REPORTS } from '../measurements/reporting-periods.repository';
import type { FreshnessRules } from './portal.rules';

export interface StaleOffer {
  id: string;
  title: string;
  providerName: string;
  providerMembershipId: string | null;
  confirmedAt: Date;
}

export interface CalendarRow {
  kind: 'OFFER' | 'REPORT';
  id: string;
  title: string;
  /** Reports: how many values are outstanding. */
  count: number | null;
  owner: string;
  dueOn: string;
  state: string;
}

const STALE_COLUMNS = `o.id, o.title, p.name AS "providerName", p.membership_id AS "providerMembershipId", o.confirmed_at AS "confirmedAt"`;
const FROM = `FROM portal_offers o JOIN portal_providers p ON p.alliance_id = o.alliance_id AND p.id = o.provider_id`;

/** The freshness steps as set-based updates: each marks the offers that reached it and returns them. */
@Injectable()
export class FreshnessRepository {
  /** The alliances the daily task visits (it runs as the scheduler, not as a member). */
  async scheduledAlliances(em: EntityManager): Promise<string[]> {
    await em.query(`SELECT set_config('app.scheduler', 'on', true)`);
    return ((await em.query(`SELECT gw_scheduled_alliances() AS id`)) as { id: string }[]).map((r) => r.id);
  }

  /** Enters one alliance as the scheduler for the rest of the transaction. */
  async enterAsScheduler(em: EntityManager, allianceId: string): Promise<void> {
    await em.query(`SELECT set_config('app.alliance_id', $1, true), set_config('app.scheduler', 'on', true)`, [allianceId]);
  }

  /** Published offers whose reminder is due and not yet sent for this confirmation. */
  markReminded(em: EntityManager, allianceId: string, rules: FreshnessRules, now: Date): Promise<StaleOffer[]> {
    return rows(
      em,
      `UPDATE portal_offers o SET confirm_requested_at = $3
         FROM portal_providers p
        WHERE p.alliance_id = o.alliance_id AND p.id = o.provider_id AND o.alliance_id = $1 AND o.status = 'PUBLISHED'
          AND o.confirmed_at + make_interval(months => $2) <= $3 AND (o.confirm_requested_at IS NULL OR o.confirm_requested_at < o.confirmed_at)
        RETURNING ${STALE_COLUMNS}`,
      [allianceId, rules.reminderMonths, now],
    );
  }

  markFlagged(em: EntityManager, allianceId: string, rules: FreshnessRules, now: Date): Promise<StaleOffer[]> {
    return rows(
      em,
      `UPDATE portal_offers o SET stale_flagged_at = $3
         FROM portal_providers p
        WHERE p.alliance_id = o.alliance_id AND p.id = o.provider_id AND o.alliance_id = $1 AND o.status = 'PUBLISHED'
          AND o.confirmed_at + make_interval(months => $2) <= $3 AND o.stale_flagged_at IS NULL
        RETURNING ${STALE_COLUMNS}`,
      [allianceId, rules.flagMonths, now],
    );
  }

  markHidden(em: EntityManager, allianceId: string, rules: FreshnessRules, now: Date): Promise<StaleOffer[]> {
    return rows(
      em,
      `UPDATE portal_offers o SET stale_hidden_at = $3, stale_flagged_at = coalesce(o.stale_flagged_at, $3)
         FROM portal_providers p
        WHERE p.alliance_id = o.alliance_id AND p.id = o.provider_id AND o.alliance_id = $1 AND o.status = 'PUBLISHED'
          AND o.confirmed_at + make_interval(months => $2) <= $3 AND o.stale_hidden_at IS NULL
        RETURNING ${STALE_COLUMNS}`,
      [allianceId, rules.hideMonths, now],
    );
  }

  /**
   * One calendar of what is due: each published offer on the day its confirmation is due
   * (overdue, flagged, hidden when past), and each partner's outstanding reports of an open
   * period on its deadline. Entries in [from, to], plus everything overdue before `from`.
   */
  calendar(em: EntityManager, allianceId: string, rules: FreshnessRules, today: string, from: string, to: string): Promise<CalendarRow[]> {
    return rows(
      em,
      `WITH offers AS (
         SELECT 'OFFER' AS kind, o.id, o.title, NULL::int AS count, p.name AS owner, (o.confirmed_at AT TIME ZONE 'Europe/Berlin' + make_interval(months => $2))::date AS due,
                CASE WHEN o.stale_hidden_at IS NOT NULL THEN 'HIDDEN' WHEN o.stale_flagged_at IS NOT NULL THEN 'FLAGGED' END AS mark
           ${FROM}
          WHERE o.alliance_id = $1 AND o.status = 'PUBLISHED' AND o.confirmed_at IS NOT NULL
       ), reports AS (
         SELECT 'REPORT' AS kind, rp.id, rp.period_key AS title, count(*)::int AS count, x.organisation AS owner, rp.due_on AS due, NULL::text AS mark
           FROM reporting_periods rp
           CROSS JOIN LATERAL (SELECT o.name AS organisation, ms.status ${EXPECTED_REPORTS}) x
          WHERE rp.alliance_id = $1 AND rp.state = 'OPEN' AND rp.due_on IS NOT NULL AND (x.status IS NULL OR x.status IN ('DRAFT', 'REJECTED'))
          GROUP BY rp.id, rp.period_key, rp.due_on, x.organisation
       )
       SELECT kind, id, title, count, owner, due::text AS "dueOn", coalesce(mark, CASE WHEN due < $3::date THEN 'OVERDUE' ELSE 'DUE' END) AS state
         FROM (SELECT * FROM offers UNION ALL SELECT * FROM reports) e
        WHERE (due BETWEEN $4::date AND $5::date) OR (due < $4::date AND due < $3::date)
        ORDER BY due, kind, title
        LIMIT 2000`,
      [allianceId, rules.reminderMonths, today, from, to],
    );
  }
}
