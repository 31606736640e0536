import type { MembershipRoleName } from '@gemeinwerk/shared';
import type { EntityManager } from 'typeorm';
import { EXPECTED_REPORTS } from '../measurements/reporting-periods.repository';
import { select } from './db';

/** What the notification scheduler (notification-scheduler.ts) reads: across alliances as the scheduler, then in one alliance at a time. */

/** The alliances with scheduled notices (gw_scheduled_alliances), read as the scheduler. */
export async function scheduledAlliances(em: EntityManager): Promise<string[]> {
  await em.query(`SELECT set_config('app.scheduler', 'on', true)`);
  return (await select<{ id: string }>(em, `SELECT gw_scheduled_alliances() AS id`)).map((r) => r.id);
}

/** Enters one alliance as the scheduler (row-level security then limits every query to it). */
export async function enterAllianceAsScheduler(em: EntityManager, allianceId: string): Promise<void> {
  await em.query(`SELECT set_config('app.alliance_id', $1, true), set_config('app.scheduler', 'on', true)`, [allianceId]);
}

/** Per reporting member: outstanding values (not yet handed in) in an open period with a deadline. */
export function outstandingReports(em: EntityManager, allianceId: string) {
  return select<{ periodId: string; periodKey: string; dueOn: string; membershipId: string; outstanding: number }>(
    em,
    `SELECT rp.id AS "periodId", rp.period_key AS "periodKey", rp.due_on::text AS "dueOn", x.membership_id AS "membershipId",
              count(*) FILTER (WHERE x.status IS NULL OR x.status IN ('DRAFT', 'REJECTED'))::int AS outstanding
         FROM reporting_periods rp
         CROSS JOIN LATERAL (SELECT mb.id AS membership_id, ms.status ${EXPECTED_REPORTS}) x
        WHERE rp.alliance_id = $1 AND rp.state = 'OPEN' AND rp.due_on IS NOT NULL
        GROUP BY rp.id, rp.period_key, rp.due_on, x.membership_id
       HAVING count(*) FILTER (WHERE x.status IS NULL OR x.status IN ('DRAFT', 'REJECTED')) > 0`,
    [allianceId],
  );
}

/** The people of a membership whose own lead time (default `defaultDays`) is `left` days. */
export function peopleWithLeadTime(em: EntityManager, allianceId: string, membershipId: string, defaultDays: number, left: number) {
  return select<{ id: string }>(
    em,
    `SELECT s.user_id AS id FROM alliance_seats s LEFT JOIN notification_settings ns ON ns.user_id = s.user_id
            WHERE s.alliance_id = $1 AND s.membership_id = $2 AND s.left_at IS NULL AND coalesce(ns.report_due_days, $3) = $4`,
    [allianceId, membershipId, defaultDays, left],
  );
}

/** Open action items due on or before `until`. */
export function actionItemsDueBy(em: EntityManager, allianceId: string, until: string) {
  return select<{ id: string; title: string; dueOn: string; ownerMembershipId: string; ownerUserId: string | null }>(
    em,
    `SELECT id, title, due_on::text AS "dueOn", owner_membership_id AS "ownerMembershipId", owner_user_id AS "ownerUserId"
         FROM action_items WHERE alliance_id = $1 AND done_at IS NULL AND due_on IS NOT NULL AND due_on <= $2::date`,
    [allianceId, until],
  );
}

/** Members who may vote (`voterRoles`: rolesWith('log.write', 'all') in core/access) and have not voted on a proposal closing on `closesOn`. */
export function unvotedProposalsClosingOn(em: EntityManager, allianceId: string, closesOn: string, voterRoles: MembershipRoleName[]) {
  return select<{ id: string; title: string; closesAt: Date; membershipId: string }>(
    em,
    `SELECT p.id, p.title, p.closes_at AS "closesAt", m.id AS "membershipId"
         FROM proposals p JOIN memberships m ON m.alliance_id = p.alliance_id AND m.state = 'ACTIVE' AND m.role = ANY($3::membership_role[])
        WHERE p.alliance_id = $1 AND p.state = 'OPEN' AND (p.closes_at AT TIME ZONE 'Europe/Berlin')::date = $2::date
          AND NOT EXISTS (SELECT 1 FROM proposal_votes v WHERE v.alliance_id = p.alliance_id AND v.proposal_id = p.id AND v.membership_id = m.id)`,
    [allianceId, closesOn, voterRoles],
  );
}
