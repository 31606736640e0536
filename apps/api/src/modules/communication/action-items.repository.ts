import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { MembershipStateName } from '@gemeinwerk/shared';
import { EntityManager } from 'typeorm';
import { one, rows, updateVersioned } from '../../database/sql';
import { ActionItemModel } from './action-items.models';
import { joinMember, memberJson, personJson } from './communication.sql';

/**
 * Open items first; among them the earliest due date first, which puts overdue items (due before
 * today) at the top; items without a due date after dated ones; done items last.
 */
const SORT = `a.done_at IS NOT NULL, coalesce(a.due_on, 'infinity'::date), a.created_at, a.id`;

const ITEM_SELECT = `
  SELECT a.id, a.log_entry_id AS "logEntryId", le.title AS "logEntryTitle", a.title,
         ${memberJson('om', 'oo')} AS owner, ${personJson('ou')} AS "ownerUser",
         a.due_on::text AS "dueOn", a.done_at IS NOT NULL AS done, a.done_at AS "doneAt", ${personJson('du')} AS "doneBy",
         (a.done_at IS NULL AND coalesce(a.due_on < current_date, false)) AS overdue, a.version, a.created_at AS "createdAt",
         json_build_array(a.done_at IS NOT NULL, coalesce(a.due_on, 'infinity'::date)::text, a.created_at::text, a.id) AS "sortKey"
    FROM action_items a
    ${joinMember('a', 'owner_membership_id', 'om', 'oo')}
    LEFT JOIN log_entries le ON le.alliance_id = a.alliance_id AND le.id = a.log_entry_id
    LEFT JOIN users ou ON ou.id = a.owner_user_id
    LEFT JOIN users du ON du.id = a.done_by_user_id`;

export interface NewActionItem {
  allianceId: string;
  logEntryId: string | null;
  title: string;
  ownerMembershipId: string;
  ownerUserId: string | null;
  dueOn: string | null;
  createdByUserId: string;
}

@Injectable()
export class ActionItemsRepository {
  get(em: EntityManager, allianceId: string, id: string): Promise<ActionItemModel | undefined> {
    return one<ActionItemModel>(em, `${ITEM_SELECT} WHERE a.alliance_id = $1 AND a.id = $2`, [allianceId, id]);
  }

  ofLogEntry(em: EntityManager, allianceId: string, logEntryId: string): Promise<ActionItemModel[]> {
    return rows<ActionItemModel>(em, `${ITEM_SELECT} WHERE a.alliance_id = $1 AND a.log_entry_id = $2 ORDER BY ${SORT}`, [allianceId, logEntryId]);
  }

  /** Items owned by the organisation or assigned to the person; keyset over SORT. */
  async mine(em: EntityManager, q: { allianceId: string; membershipId: string; userId: string; includeDone: boolean; limit: number; after?: unknown[] }) {
    const where = `a.alliance_id = $1 AND (a.owner_membership_id = $2 OR a.owner_user_id = $3) AND ($4::boolean OR a.done_at IS NULL)`;
    const params: unknown[] = [q.allianceId, q.membershipId, q.userId, q.includeDone];
    const [{ n: totalCount }] = await rows<{ n: number }>(em, `SELECT count(*)::int AS n FROM action_items a WHERE ${where}`, params);
    const keyset = q.after ? `AND (${SORT}) > ($6::boolean, $7::date, $8::timestamptz, $9::uuid)` : '';
    const page = await rows<ActionItemModel>(em, `${ITEM_SELECT} WHERE ${where} ${keyset} ORDER BY ${SORT} LIMIT $5`, [...params, q.limit, ...(q.after ?? [])]);
    return { page, totalCount };
  }

  /** The owner membership's state, or undefined when it is not in this alliance. */
  async membershipState(em: EntityManager, allianceId: string, membershipId: string): Promise<MembershipStateName | undefined> {
    return (await one<{ state: MembershipStateName }>(em, `SELECT state FROM memberships WHERE alliance_id = $1 AND id = $2`, [allianceId, membershipId]))
      ?.state;
  }

  async hasSeat(em: EntityManager, allianceId: string, membershipId: string, userId: string): Promise<boolean> {
    return !!(await one(em, `SELECT 1 FROM alliance_seats WHERE alliance_id = $1 AND membership_id = $2 AND user_id = $3 AND left_at IS NULL`, [
      allianceId,
      membershipId,
      userId,
    ]));
  }

  async insert(em: EntityManager, a: NewActionItem): Promise<string> {
    const id = randomUUID();
    await em.query(
      `INSERT INTO action_items (alliance_id, id, log_entry_id, title, owner_membership_id, owner_user_id, due_on, created_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [a.allianceId, id, a.logEntryId, a.title, a.ownerMembershipId, a.ownerUserId, a.dueOn, a.createdByUserId],
    );
    return id;
  }

  /** Marks done (userId given) or open again (null); stale version → CONFLICT. */
  async setDone(em: EntityManager, allianceId: string, id: string, version: number, userId: string | null): Promise<void> {
    await updateVersioned(
      em,
      'ActionItem',
      `UPDATE action_items SET done_at = CASE WHEN $4::uuid IS NULL THEN NULL ELSE now() END, done_by_user_id = $4, version = version + 1
        WHERE alliance_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [allianceId, id, version, userId],
      async () => !!(await this.get(em, allianceId, id)),
    );
  }
}
