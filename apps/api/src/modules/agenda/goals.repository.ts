import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { GoalStatusName, MembershipStateName } from '@gemeinwerk/shared';
import { EntityManager } from 'typeorm';
import { one, rows, updateVersioned } from '../../database/sql';
import { GoalModel } from './goals.models';

/** A goal's own columns, as audit events and rule checks see them. */
export interface GoalRow {
  id: string;
  parentId: string | null;
  title: string;
  description: string;
  position: number;
  status: GoalStatusName;
  ownerMembershipId: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  version: number;
}

export interface GoalUsage {
  subGoals: number;
  indicators: number;
  activities: number;
  logEntries: number;
}

export type GoalPatch = Partial<Pick<GoalRow, 'title' | 'description' | 'status' | 'ownerMembershipId' | 'periodStart' | 'periodEnd'>>;

const EDITABLE: Record<keyof GoalPatch, string> = {
  title: 'title',
  description: 'description',
  status: 'status',
  ownerMembershipId: 'owner_membership_id',
  periodStart: 'period_start',
  periodEnd: 'period_end',
};

const ROW_COLUMNS = `id, parent_id AS "parentId", title, description, position, status, owner_membership_id AS "ownerMembershipId",
  to_char(period_start, 'YYYY-MM-DD') AS "periodStart", to_char(period_end, 'YYYY-MM-DD') AS "periodEnd", version`;

/**
 * The goal tree in display order: depth first, siblings by position. Ranking siblings first
 * keeps the order stable even if two siblings ever shared a position. Counts are joined as
 * per-goal aggregates, so the whole tree is one query.
 */
const TREE = `
  WITH RECURSIVE ranked AS (
    SELECT g.id, g.parent_id, row_number() OVER (PARTITION BY g.parent_id ORDER BY g.position, g.created_at, g.id)::int AS rank
      FROM goals g WHERE g.alliance_id = $1
  ), tree AS (
    SELECT r.id, ARRAY[r.rank] AS path FROM ranked r WHERE r.parent_id IS NULL
    UNION ALL
    SELECT r.id, t.path || r.rank FROM ranked r JOIN tree t ON r.parent_id = t.id
  )
  SELECT g.id, g.alliance_id AS "allianceId", g.parent_id AS "parentId", (cardinality(t.path) - 1) AS depth,
         g.title, g.description, g.position, g.status, g.owner_membership_id AS "ownerMembershipId",
         CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'city', o.city) END AS "ownerOrganisation",
         to_char(g.period_start, 'YYYY-MM-DD') AS "periodStart", to_char(g.period_end, 'YYYY-MM-DD') AS "periodEnd", g.version,
         coalesce(ic.n, 0) AS "indicatorCount", coalesce(ac.n, 0) AS "runningActivityCount"
    FROM tree t
    JOIN goals g ON g.alliance_id = $1 AND g.id = t.id
    LEFT JOIN memberships m ON m.alliance_id = g.alliance_id AND m.id = g.owner_membership_id
    LEFT JOIN organisations o ON o.id = m.organisation_id
    LEFT JOIN (SELECT goal_id, count(*)::int AS n FROM indicator_goals WHERE alliance_id = $1 GROUP BY goal_id) ic ON ic.goal_id = g.id
    LEFT JOIN (SELECT ag.goal_id, count(*)::int AS n FROM activity_goals ag
                 JOIN activities a ON a.alliance_id = ag.alliance_id AND a.id = ag.activity_id AND a.status = 'RUNNING'
                WHERE ag.alliance_id = $1 GROUP BY ag.goal_id) ac ON ac.goal_id = g.id`;

/** Goals of the common agenda. Every query runs under the request's alliance context. */
@Injectable()
export class GoalsRepository {
  tree(em: EntityManager, allianceId: string): Promise<GoalModel[]> {
    return rows<GoalModel>(em, `${TREE} ORDER BY t.path`, [allianceId]);
  }

  get(em: EntityManager, allianceId: string, id: string): Promise<GoalModel | undefined> {
    return one<GoalModel>(em, `${TREE} WHERE g.id = $2`, [allianceId, id]);
  }

  /**
   * Serialises changes to one alliance's goal tree (and agreement versions): two concurrent
   * moves could each pass the cycle check and together form a cycle. Transaction-scoped.
   */
  async lockAgenda(em: EntityManager, allianceId: string): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended('gw.agenda.' || $1::text, 0))`, [allianceId]);
  }

  /** The goal's row, locked so that nothing links to it while we decide (links take a key-share lock). */
  row(em: EntityManager, allianceId: string, id: string): Promise<GoalRow | undefined> {
    return one<GoalRow>(em, `SELECT ${ROW_COLUMNS} FROM goals WHERE alliance_id = $1 AND id = $2 FOR UPDATE`, [allianceId, id]);
  }

  membershipState(em: EntityManager, allianceId: string, membershipId: string) {
    return one<{ state: MembershipStateName }>(em, `SELECT state FROM memberships WHERE alliance_id = $1 AND id = $2`, [allianceId, membershipId]);
  }

  /** Inserts at the end of its siblings; `placeAt` then moves it where it belongs. */
  async insert(em: EntityManager, allianceId: string, g: Omit<GoalRow, 'id' | 'position' | 'version'>): Promise<string> {
    const id = randomUUID();
    await em.query(
      `INSERT INTO goals (alliance_id, id, parent_id, title, description, position, status, owner_membership_id, period_start, period_end)
       VALUES ($1, $2, $3, $4, $5,
               (SELECT coalesce(max(position) + 1, 0) FROM goals WHERE alliance_id = $1 AND parent_id IS NOT DISTINCT FROM $3::uuid),
               $6, $7, $8, $9)`,
      [allianceId, id, g.parentId, g.title, g.description, g.status, g.ownerMembershipId, g.periodStart, g.periodEnd],
    );
    return id;
  }

  update(em: EntityManager, allianceId: string, id: string, version: number, patch: GoalPatch): Promise<GoalRow> {
    const entries = Object.entries(patch).filter(([k, v]) => k in EDITABLE && v !== undefined);
    const sets = entries.map(([k], i) => `${EDITABLE[k as keyof GoalPatch]} = $${i + 4}`);
    return this.versioned(
      em,
      allianceId,
      id,
      version,
      sets,
      entries.map(([, v]) => v),
    );
  }

  setParent(em: EntityManager, allianceId: string, id: string, version: number, parentId: string | null): Promise<GoalRow> {
    return this.versioned(em, allianceId, id, version, ['parent_id = $4'], [parentId]);
  }

  private versioned(em: EntityManager, allianceId: string, id: string, version: number, sets: string[], values: unknown[]): Promise<GoalRow> {
    return updateVersioned<GoalRow>(
      em,
      'Goal',
      `UPDATE goals SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
        WHERE alliance_id = $1 AND id = $2 AND version = $3 RETURNING ${ROW_COLUMNS}`,
      [allianceId, id, version, ...values],
      async () => !!(await one(em, `SELECT 1 FROM goals WHERE alliance_id = $1 AND id = $2`, [allianceId, id])),
    );
  }

  /** Whether `candidate` is the goal itself or one of its descendants (a move there would form a cycle). */
  async isSelfOrDescendant(em: EntityManager, allianceId: string, goalId: string, candidate: string): Promise<boolean> {
    const r = await one<{ found: boolean }>(
      em,
      `WITH RECURSIVE subtree AS (
         SELECT id FROM goals WHERE alliance_id = $1 AND id = $2
         UNION
         SELECT g.id FROM goals g JOIN subtree s ON g.parent_id = s.id WHERE g.alliance_id = $1
       ) SELECT EXISTS (SELECT 1 FROM subtree WHERE id = $3) AS found`,
      [allianceId, goalId, candidate],
    );
    return !!r?.found;
  }

  /**
   * Puts the goal at `position` among the children of `parentId` (clamped to the end) and
   * renumbers those siblings 0…n-1. Sibling versions stay: their content did not change, and an
   * editor working on a sibling's text should not get a CONFLICT because something moved.
   */
  async placeAt(em: EntityManager, allianceId: string, parentId: string | null, goalId: string, position: number): Promise<number> {
    const r = await one<{ position: number }>(
      em,
      `WITH sib AS (
         SELECT id, (row_number() OVER (ORDER BY position, created_at, id) - 1)::int AS rn
           FROM goals WHERE alliance_id = $1 AND parent_id IS NOT DISTINCT FROM $2::uuid AND id <> $3
       ), slot AS (SELECT LEAST($4::int, count(*)::int) AS p FROM sib),
       numbered AS (
         SELECT id, CASE WHEN rn >= (SELECT p FROM slot) THEN rn + 1 ELSE rn END AS pos FROM sib
         UNION ALL SELECT $3::uuid, (SELECT p FROM slot)
       ), moved AS (
         UPDATE goals g SET position = n.pos FROM numbered n
          WHERE g.alliance_id = $1 AND g.id = n.id AND g.position <> n.pos
       )
       SELECT p AS position FROM slot`,
      [allianceId, parentId, goalId, position],
    );
    return r!.position;
  }

  /** Renumbers the children of `parentId` 0…n-1 (after one left). */
  async closeGaps(em: EntityManager, allianceId: string, parentId: string | null): Promise<void> {
    await em.query(
      `WITH n AS (
         SELECT id, (row_number() OVER (ORDER BY position, created_at, id) - 1)::int AS pos
           FROM goals WHERE alliance_id = $1 AND parent_id IS NOT DISTINCT FROM $2::uuid
       )
       UPDATE goals g SET position = n.pos FROM n WHERE g.alliance_id = $1 AND g.id = n.id AND g.position <> n.pos`,
      [allianceId, parentId],
    );
  }

  /** What still points at a goal: a goal in use is dropped, not deleted. */
  async usage(em: EntityManager, allianceId: string, id: string): Promise<GoalUsage> {
    const r = await one<GoalUsage>(
      em,
      `SELECT (SELECT count(*)::int FROM goals WHERE alliance_id = $1 AND parent_id = $2) AS "subGoals",
              (SELECT count(*)::int FROM indicator_goals WHERE alliance_id = $1 AND goal_id = $2) AS indicators,
              (SELECT count(*)::int FROM activity_goals WHERE alliance_id = $1 AND goal_id = $2) AS activities,
              (SELECT count(*)::int FROM log_entry_goals WHERE alliance_id = $1 AND goal_id = $2) AS "logEntries"`,
      [allianceId, id],
    );
    return r!;
  }

  async delete(em: EntityManager, allianceId: string, id: string): Promise<void> {
    await em.query(`DELETE FROM goals WHERE alliance_id = $1 AND id = $2`, [allianceId, id]);
  }

  /** ACTIVE or PLANNED goals without any linked indicator that has a target (tree order). */
  async withoutTargets(em: EntityManager, allianceId: string): Promise<{ goalId: string; goalTitle: string }[]> {
    const goals = await rows<GoalModel>(
      em,
      `${TREE}
        WHERE g.status IN ('ACTIVE', 'PLANNED')
          AND NOT EXISTS (
            SELECT 1 FROM indicator_goals ig
              JOIN targets tg ON tg.alliance_id = ig.alliance_id AND tg.indicator_id = ig.indicator_id
             WHERE ig.alliance_id = $1 AND ig.goal_id = g.id)
        ORDER BY t.path`,
      [allianceId],
    );
    return goals.map((g) => ({ goalId: g.id, goalTitle: g.title }));
  }
}
