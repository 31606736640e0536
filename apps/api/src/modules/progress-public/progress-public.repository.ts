import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { one, rows, updateVersioned } from '../../database/sql';

export interface ProgressPageRow {
  slug: string;
  published: boolean;
  version: number;
  goalIds: string[];
  indicatorIds: string[];
}

export interface PublicAllianceRow {
  name: string;
  vision: string;
  primaryColor: string | null;
  logo: string | null;
  smallNumberThreshold: number;
  updatedAt: Date;
}

export interface PublicGoalRow {
  id: string;
  parentId: string | null;
  title: string;
  description: string;
  status: string;
}

const isSlugTaken = (e: unknown) => {
  const err = e as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  return (err.code ?? err.driverError?.code) === '23505' && (err.constraint ?? err.driverError?.constraint) === 'uq_progress_pages_slug';
};

/**
 * The progress page's settings (backbone, in its alliance context) and the public read (in the
 * page's public context: gw_enter_progress, migration PublicProgress). Under that context the
 * `progress_read` policies admit only the chosen goals and indicators and APPROVED values.
 */
@Injectable()
export class ProgressPublicRepository {
  page(em: EntityManager, allianceId: string): Promise<ProgressPageRow | undefined> {
    return one<ProgressPageRow>(
      em,
      `SELECT p.slug, p.published, p.version,
              coalesce((SELECT array_agg(g.goal_id ORDER BY x.position, x.id) FROM progress_page_goals g
                          JOIN goals x ON x.alliance_id = g.alliance_id AND x.id = g.goal_id WHERE g.alliance_id = $1), '{}') AS "goalIds",
              coalesce((SELECT array_agg(i.indicator_id ORDER BY i.position, i.indicator_id) FROM progress_page_indicators i WHERE i.alliance_id = $1), '{}') AS "indicatorIds"
         FROM progress_pages p WHERE p.alliance_id = $1`,
      [allianceId],
    );
  }

  /** How many of these ids are goals / indicators of the alliance (foreign ids are invisible under row-level security). */
  async known(em: EntityManager, allianceId: string, goalIds: string[], indicatorIds: string[]): Promise<{ goals: number; indicators: number }> {
    const row = await one<{ goals: number; indicators: number }>(
      em,
      `SELECT (SELECT count(*)::int FROM goals WHERE alliance_id = $1 AND id = ANY($2::uuid[])) AS goals,
              (SELECT count(*)::int FROM indicators WHERE alliance_id = $1 AND id = ANY($3::uuid[])) AS indicators`,
      [allianceId, goalIds, indicatorIds],
    );
    return row ?? { goals: 0, indicators: 0 };
  }

  /** Creates (version 0) or updates the page; 'taken' when another alliance's page has the slug. */
  async save(em: EntityManager, allianceId: string, version: number, slug: string, published: boolean): Promise<{ version: number } | 'taken'> {
    try {
      if (version === 0) {
        const created = await one<{ version: number }>(
          em,
          `INSERT INTO progress_pages (alliance_id, slug, published) VALUES ($1, $2, $3) ON CONFLICT (alliance_id) DO NOTHING RETURNING version`,
          [allianceId, slug, published],
        );
        if (created) return created;
        // Someone else created it meanwhile: the stale version 0 is a conflict like any other.
      }
      return await updateVersioned<{ version: number }>(
        em,
        'ProgressPage',
        `UPDATE progress_pages SET slug = $3, published = $4, version = version + 1, updated_at = now()
          WHERE alliance_id = $1 AND version = $2 RETURNING version`,
        [allianceId, version, slug, published],
        async () => !!(await this.page(em, allianceId)),
      );
    } catch (e) {
      if (isSlugTaken(e)) return 'taken';
      throw e;
    }
  }

  async replaceChoices(em: EntityManager, allianceId: string, goalIds: string[], indicatorIds: string[]): Promise<void> {
    await em.query(`DELETE FROM progress_page_goals WHERE alliance_id = $1`, [allianceId]);
    await em.query(`DELETE FROM progress_page_indicators WHERE alliance_id = $1`, [allianceId]);
    await em.query(`INSERT INTO progress_page_goals (alliance_id, goal_id) SELECT $1, g FROM unnest($2::uuid[]) g`, [allianceId, goalIds]);
    await em.query(
      `INSERT INTO progress_page_indicators (alliance_id, indicator_id, position) SELECT $1, i, o::int FROM unnest($2::uuid[]) WITH ORDINALITY AS x(i, o)`,
      [allianceId, indicatorIds],
    );
  }

  /**
   * Enters the public context of a published page: its alliance, or null for an unknown,
   * withdrawn or malformed address. Only the transaction's own settings change.
   */
  async enter(em: EntityManager, slug: string): Promise<string | null> {
    const [row] = await rows<{ alliance_id: string | null }>(em, `SELECT gw_enter_progress($1) AS alliance_id`, [slug]);
    return row?.alliance_id ?? null;
  }

  alliance(em: EntityManager, allianceId: string): Promise<PublicAllianceRow | undefined> {
    return one<PublicAllianceRow>(
      em,
      `SELECT a.name, a.vision, a.primary_color AS "primaryColor", a.logo_data_url AS logo, a.small_number_threshold AS "smallNumberThreshold",
              greatest(a.updated_at, p.updated_at) AS "updatedAt"
         FROM alliances a JOIN progress_pages p ON p.alliance_id = a.id WHERE a.id = $1`,
      [allianceId],
    );
  }

  /** The chosen goals in the agenda's order (the policy admits no other). */
  goals(em: EntityManager, allianceId: string): Promise<PublicGoalRow[]> {
    return rows<PublicGoalRow>(
      em,
      `SELECT id, parent_id AS "parentId", title, description, status::text AS status FROM goals WHERE alliance_id = $1 ORDER BY position, title, id`,
      [allianceId],
    );
  }

  /** The chosen indicators in the backbone's order. */
  async indicatorIds(em: EntityManager, allianceId: string): Promise<string[]> {
    const list = await rows<{ id: string }>(
      em,
      `SELECT i.indicator_id AS id FROM progress_page_indicators i
         JOIN indicators x ON x.alliance_id = i.alliance_id AND x.id = i.indicator_id
        WHERE i.alliance_id = $1 ORDER BY i.position, i.indicator_id`,
      [allianceId],
    );
    return list.map((r) => r.id);
  }
}
