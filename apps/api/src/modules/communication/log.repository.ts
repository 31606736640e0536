import type { AccessFacts } from '../../core/access/access';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { LogEntryTypeName } from '@gemeinwerk/shared';
import { EntityManager } from 'typeorm';
import { containsPattern, one, rows, updateVersioned } from '../../database/sql';
import { existingIdsSql, joinMember, memberJson, personJson } from './communication.sql';
import { CommentModel, LogEntryModel, LogFeedFilter } from './log.models';

/** Everything but canEdit, which depends on the caller (see LogService). */
const ENTRY_COLUMNS = `
  e.id, e.alliance_id AS "allianceId", e.type, e.title, e.body, e.occurred_on::text AS "occurredOn",
  e.conflict_state AS "conflictState", e.resolution, e.resolved_at AS "resolvedAt", e.version,
  e.created_at AS "createdAt", e.updated_at AS "updatedAt", e.created_at::text AS "createdAtKey",
  ${personJson('au')} AS "authorUser",
  ${memberJson('am', 'ao')} AS "authorMember",
  (SELECT p.id FROM proposals p WHERE p.alliance_id = e.alliance_id AND p.decision_log_entry_id = e.id LIMIT 1) AS "proposalId",
  (SELECT count(*)::int FROM comments c WHERE c.alliance_id = e.alliance_id AND c.log_entry_id = e.id) AS "commentCount",
  (SELECT count(*)::int FROM action_items ai WHERE ai.alliance_id = e.alliance_id AND ai.log_entry_id = e.id AND ai.done_at IS NULL) AS "openActionItemCount",
  coalesce((SELECT json_agg(${memberJson('pm', 'po')} ORDER BY po.name)
              FROM log_entry_participants lp ${joinMember('lp', 'membership_id', 'pm', 'po')}
             WHERE lp.alliance_id = e.alliance_id AND lp.log_entry_id = e.id), '[]') AS participants,
  coalesce((SELECT json_agg(json_build_object('id', g.id, 'title', g.title) ORDER BY g.position, g.title)
              FROM log_entry_goals lg JOIN goals g ON g.alliance_id = lg.alliance_id AND g.id = lg.goal_id
             WHERE lg.alliance_id = e.alliance_id AND lg.log_entry_id = e.id), '[]') AS goals,
  coalesce((SELECT json_agg(json_build_object('id', i.id, 'name', i.name, 'unit', i.unit) ORDER BY i.name)
              FROM log_entry_indicators li JOIN indicators i ON i.alliance_id = li.alliance_id AND i.id = li.indicator_id
             WHERE li.alliance_id = e.alliance_id AND li.log_entry_id = e.id), '[]') AS indicators`;

const ENTRY_FROM = `
  FROM log_entries e
  ${joinMember('e', 'author_membership_id', 'am', 'ao')}
  LEFT JOIN users au ON au.id = e.author_user_id`;

export interface NewLogEntry {
  allianceId: string;
  type: LogEntryTypeName;
  title: string;
  body: string;
  occurredOn: string;
  authorUserId: string;
  authorMembershipId: string;
}

type LinkTable = 'log_entry_participants' | 'log_entry_goals' | 'log_entry_indicators';
const LINK_COLUMN: Record<LinkTable, string> = {
  log_entry_participants: 'membership_id',
  log_entry_goals: 'goal_id',
  log_entry_indicators: 'indicator_id',
};

/** Log entries, their links and comments; every query runs under the request's alliance context. */
@Injectable()
export class LogRepository {
  /** The fact `log.read` and `comment.create` need for funders and observers (core/access), looked up only when it decides. */
  guestFacts(em: EntityManager, allianceId: string): AccessFacts {
    return { guestComments: () => this.guestComments(em, allianceId) };
  }

  async guestComments(em: EntityManager, allianceId: string): Promise<boolean> {
    return !!(await one<{ guest_comments: boolean }>(em, `SELECT guest_comments FROM alliances WHERE id = $1`, [allianceId]))?.guest_comments;
  }

  get(em: EntityManager, allianceId: string, id: string): Promise<LogEntryModel | undefined> {
    return one<LogEntryModel>(em, `SELECT ${ENTRY_COLUMNS} ${ENTRY_FROM} WHERE e.alliance_id = $1 AND e.id = $2`, [allianceId, id]);
  }

  /**
   * One page of the feed, newest first. Keyset on (occurred_on, created_at, id) descending: the
   * cursor carries created_at as text so that microseconds survive and no row repeats or drops.
   */
  async feed(em: EntityManager, allianceId: string, filter: LogFeedFilter, limit: number, after?: [string, string, string]) {
    const params: unknown[] = [allianceId];
    const where = ['e.alliance_id = $1'];
    const p = (v: unknown) => `$${params.push(v)}`;
    if (filter.types?.length) where.push(`e.type = ANY(${p(filter.types)}::log_entry_type[])`);
    if (filter.conflictState) where.push(`e.conflict_state = ${p(filter.conflictState)}::conflict_state`);
    if (filter.goalId) {
      where.push(
        `EXISTS (SELECT 1 FROM log_entry_goals fg WHERE fg.alliance_id = e.alliance_id AND fg.log_entry_id = e.id AND fg.goal_id = ${p(filter.goalId)})`,
      );
    }
    if (filter.membershipId) {
      const m = p(filter.membershipId);
      where.push(`(e.author_membership_id = ${m} OR EXISTS (SELECT 1 FROM log_entry_participants fp
                     WHERE fp.alliance_id = e.alliance_id AND fp.log_entry_id = e.id AND fp.membership_id = ${m}))`);
    }
    if (filter.search) {
      const s = p(containsPattern(filter.search));
      where.push(`(e.title ILIKE ${s} OR e.body ILIKE ${s})`);
    }
    if (filter.from) where.push(`e.occurred_on >= ${p(filter.from)}::date`);
    if (filter.to) where.push(`e.occurred_on <= ${p(filter.to)}::date`);
    const filtered = where.join(' AND ');
    const [{ n: totalCount }] = await rows<{ n: number }>(em, `SELECT count(*)::int AS n FROM log_entries e WHERE ${filtered}`, params);
    if (after) where.push(`(e.occurred_on, e.created_at, e.id) < (${p(after[0])}::date, ${p(after[1])}::timestamptz, ${p(after[2])}::uuid)`);
    const page = await rows<LogEntryModel>(
      em,
      `SELECT ${ENTRY_COLUMNS} ${ENTRY_FROM} WHERE ${where.join(' AND ')}
        ORDER BY e.occurred_on DESC, e.created_at DESC, e.id DESC LIMIT ${p(limit)}`,
      params,
    );
    return { page, totalCount };
  }

  async insert(em: EntityManager, e: NewLogEntry): Promise<string> {
    const id = randomUUID();
    await em.query(
      `INSERT INTO log_entries (alliance_id, id, type, title, body, occurred_on, author_user_id, author_membership_id, conflict_state)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $3::log_entry_type = 'CONFLICT' THEN 'OPEN'::conflict_state END)`,
      [e.allianceId, id, e.type, e.title, e.body, e.occurredOn, e.authorUserId, e.authorMembershipId],
    );
    return id;
  }

  /** The ids among `ids` that exist in this alliance. */
  async existing(em: EntityManager, table: 'memberships' | 'goals' | 'indicators', allianceId: string, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    return new Set((await rows<{ id: string }>(em, existingIdsSql(table), [allianceId, ids])).map((r) => r.id));
  }

  /** Replaces the links of one kind (participants, goals, indicators) with `ids`. */
  async replaceLinks(em: EntityManager, table: LinkTable, allianceId: string, logEntryId: string, ids: string[]): Promise<void> {
    const column = LINK_COLUMN[table];
    await em.query(`DELETE FROM ${table} WHERE alliance_id = $1 AND log_entry_id = $2 AND NOT (${column} = ANY($3::uuid[]))`, [allianceId, logEntryId, ids]);
    await em.query(`INSERT INTO ${table} (alliance_id, log_entry_id, ${column}) SELECT $1, $2, unnest($3::uuid[]) ON CONFLICT DO NOTHING`, [
      allianceId,
      logEntryId,
      ids,
    ]);
  }

  // ── comments ─────────────────────────────────────────────────────────────

  /** Comments of an entry, oldest first; canDelete for the author within 15 minutes or the backbone. */
  comments(em: EntityManager, allianceId: string, logEntryId: string, userId: string, mayModerate: boolean): Promise<CommentModel[]> {
    return rows<CommentModel>(em, `${COMMENT_SELECT} WHERE c.alliance_id = $1 AND c.log_entry_id = $2 ORDER BY c.created_at, c.id`, [
      allianceId,
      logEntryId,
      userId,
      mayModerate,
    ]);
  }

  comment(em: EntityManager, allianceId: string, id: string, userId: string, mayModerate: boolean): Promise<CommentModel | undefined> {
    return one<CommentModel>(em, `${COMMENT_SELECT} WHERE c.alliance_id = $1 AND c.id = $2`, [allianceId, id, userId, mayModerate]);
  }

  async insertComment(em: EntityManager, c: { allianceId: string; logEntryId: string; body: string; userId: string; membershipId: string }): Promise<string> {
    const id = randomUUID();
    await em.query(`INSERT INTO comments (alliance_id, id, log_entry_id, author_user_id, author_membership_id, body) VALUES ($1, $2, $3, $4, $5, $6)`, [
      c.allianceId,
      id,
      c.logEntryId,
      c.userId,
      c.membershipId,
      c.body,
    ]);
    return id;
  }

  async deleteComment(em: EntityManager, allianceId: string, id: string): Promise<void> {
    await em.query(`DELETE FROM comments WHERE alliance_id = $1 AND id = $2`, [allianceId, id]);
  }

  /** Title, body and date where given (null keeps the stored one); a stale version is CONFLICT. */
  async update(
    em: EntityManager,
    allianceId: string,
    id: string,
    version: number,
    p: { title?: string | null; body?: string | null; occurredOn?: string | null },
  ) {
    await updateVersioned(
      em,
      'LogEntry',
      `UPDATE log_entries SET title = coalesce($4, title), body = coalesce($5, body), occurred_on = coalesce($6::date, occurred_on),
              version = version + 1, updated_at = now()
        WHERE alliance_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [allianceId, id, version, p.title ?? null, p.body ?? null, p.occurredOn ?? null],
      async () => true,
    );
  }

  async resolveConflict(em: EntityManager, allianceId: string, id: string, version: number, resolution: string) {
    await updateVersioned(
      em,
      'LogEntry',
      `UPDATE log_entries SET conflict_state = 'RESOLVED', resolution = $4, resolved_at = now(), version = version + 1, updated_at = now()
        WHERE alliance_id = $1 AND id = $2 AND version = $3 AND conflict_state = 'OPEN' RETURNING id`,
      [allianceId, id, version, resolution],
      async () => true,
    );
  }

  async reopenConflict(em: EntityManager, allianceId: string, id: string, version: number) {
    await updateVersioned(
      em,
      'LogEntry',
      `UPDATE log_entries SET conflict_state = 'OPEN', resolution = NULL, resolved_at = NULL, version = version + 1, updated_at = now()
        WHERE alliance_id = $1 AND id = $2 AND version = $3 AND conflict_state = 'RESOLVED' RETURNING id`,
      [allianceId, id, version],
      async () => true,
    );
  }
}

/** $3 = caller's user id, $4 = caller may moderate comments (`comment.moderate` in core/access). */
const COMMENT_SELECT = `
  SELECT c.id, c.log_entry_id AS "logEntryId", c.body, c.created_at AS "createdAt",
         ${personJson('cu')} AS "authorUser", ${memberJson('cm', 'co')} AS "authorMember",
         ($4::boolean OR (c.author_user_id = $3::uuid AND c.created_at > now() - interval '15 minutes')) AS "canDelete"
    FROM comments c
    ${joinMember('c', 'author_membership_id', 'cm', 'co')}
    LEFT JOIN users cu ON cu.id = c.author_user_id`;
