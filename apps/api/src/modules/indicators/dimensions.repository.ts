import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { invalid } from '../../core/errors';
import { one, rows, updateVersioned } from '../../database/sql';
import { DimensionModel } from './dimension.models';

/** A dimension `d` as JSON with its categories in order (used by the indicator queries too). */
export const DIMENSION_JSON = `json_build_object('id', d.id, 'name', d.name, 'version', d.version, 'categories',
  (SELECT coalesce(json_agg(json_build_object('id', c.id, 'name', c.name, 'position', c.position) ORDER BY c.position, c.name), '[]')
     FROM dimension_categories c WHERE c.alliance_id = d.alliance_id AND c.dimension_id = d.id))`;

export interface CategoryRow {
  id: string;
  name: string;
  position: number;
}

/** A unique violation on the dimension's name (two saves at once) reads like the checked case. */
async function nameGuard<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if ((e as { code?: string; constraint?: string }).code === '23505' && (e as { constraint?: string }).constraint === 'uq_dimensions_name') {
      throw invalid([{ field: 'name', code: 'duplicate' }]);
    }
    throw e;
  }
}

@Injectable()
export class DimensionsRepository {
  async list(em: EntityManager, allianceId: string): Promise<DimensionModel[]> {
    const r = await rows<{ d: DimensionModel }>(em, `SELECT ${DIMENSION_JSON} AS d FROM dimensions d WHERE d.alliance_id = $1 ORDER BY d.name`, [allianceId]);
    return r.map((x) => x.d);
  }

  async get(em: EntityManager, allianceId: string, id: string): Promise<DimensionModel | undefined> {
    return (await one<{ d: DimensionModel }>(em, `SELECT ${DIMENSION_JSON} AS d FROM dimensions d WHERE d.alliance_id = $1 AND d.id = $2`, [allianceId, id]))
      ?.d;
  }

  async exists(em: EntityManager, allianceId: string, id: string): Promise<boolean> {
    return !!(await one(em, `SELECT 1 FROM dimensions WHERE alliance_id = $1 AND id = $2`, [allianceId, id]));
  }

  async countIn(em: EntityManager, allianceId: string, ids: string[]): Promise<number> {
    return (await one<{ n: number }>(em, `SELECT count(*)::int AS n FROM dimensions WHERE alliance_id = $1 AND id = ANY($2::uuid[])`, [allianceId, ids]))!.n;
  }

  /** Names compare without regard to case: "Geschlecht" and "geschlecht" are one dimension. */
  async nameTaken(em: EntityManager, allianceId: string, name: string, exceptId: string | null): Promise<boolean> {
    return !!(await one(em, `SELECT 1 FROM dimensions WHERE alliance_id = $1 AND lower(name) = lower($2) AND ($3::uuid IS NULL OR id <> $3::uuid)`, [
      allianceId,
      name,
      exceptId,
    ]));
  }

  async insert(em: EntityManager, allianceId: string, name: string, categories: string[]): Promise<string> {
    const id = randomUUID();
    await nameGuard(em.query(`INSERT INTO dimensions (alliance_id, id, name) VALUES ($1, $2, $3)`, [allianceId, id, name]));
    await em.query(
      `INSERT INTO dimension_categories (alliance_id, id, dimension_id, name, position)
       SELECT $1, gen_random_uuid(), $2, c.name, c.ord - 1 FROM unnest($3::text[]) WITH ORDINALITY AS c(name, ord)`,
      [allianceId, id, categories],
    );
    return id;
  }

  rename(em: EntityManager, allianceId: string, id: string, version: number, name: string): Promise<{ id: string }> {
    return nameGuard(
      updateVersioned<{ id: string }>(
        em,
        'Dimension',
        `UPDATE dimensions SET name = $4, version = version + 1 WHERE alliance_id = $1 AND id = $2 AND version = $3 RETURNING id`,
        [allianceId, id, version, name],
        () => this.exists(em, allianceId, id),
      ),
    );
  }

  /** Current categories, locked: a measurement part cannot start using one while we edit. */
  categoriesForUpdate(em: EntityManager, allianceId: string, dimensionId: string): Promise<CategoryRow[]> {
    return rows<CategoryRow>(
      em,
      `SELECT id, name, position FROM dimension_categories WHERE alliance_id = $1 AND dimension_id = $2 ORDER BY position, name FOR UPDATE`,
      [allianceId, dimensionId],
    );
  }

  /** The first of these categories that a measurement part refers to. */
  async categoryInUse(em: EntityManager, allianceId: string, categoryIds: string[]): Promise<string | undefined> {
    if (!categoryIds.length) return undefined;
    const r = await one<{ name: string }>(
      em,
      `SELECT c.name FROM dimension_categories c
        WHERE c.alliance_id = $1 AND c.id = ANY($2::uuid[])
          AND EXISTS (SELECT 1 FROM measurement_parts mp WHERE mp.alliance_id = c.alliance_id AND mp.category_id = c.id)
        ORDER BY c.position LIMIT 1`,
      [allianceId, categoryIds],
    );
    return r?.name;
  }

  /**
   * Brings the categories into the given order and names: deletes the ones left out, renames
   * and moves the kept ones, adds the new ones. Kept names are first parked on their ids so
   * that swapping two names never trips the unique constraint half-way.
   */
  async replaceCategories(
    em: EntityManager,
    allianceId: string,
    dimensionId: string,
    removeIds: string[],
    list: { id: string | null; name: string }[],
  ): Promise<void> {
    if (removeIds.length) {
      await em.query(`DELETE FROM dimension_categories WHERE alliance_id = $1 AND id = ANY($2::uuid[])`, [allianceId, removeIds]);
    }
    const kept = list.map((c, i) => ({ ...c, position: i })).filter((c) => c.id);
    const ids = kept.map((c) => c.id);
    await em.query(`UPDATE dimension_categories SET name = 'parked:' || id::text WHERE alliance_id = $1 AND dimension_id = $2 AND id = ANY($3::uuid[])`, [
      allianceId,
      dimensionId,
      ids,
    ]);
    await em.query(
      `UPDATE dimension_categories c SET name = v.name, position = v.position
         FROM unnest($3::uuid[], $4::text[], $5::int[]) AS v(id, name, position)
        WHERE c.alliance_id = $1 AND c.dimension_id = $2 AND c.id = v.id`,
      [allianceId, dimensionId, ids, kept.map((c) => c.name), kept.map((c) => c.position)],
    );
    const added = list.map((c, i) => ({ ...c, position: i })).filter((c) => !c.id);
    if (added.length) {
      await em.query(
        `INSERT INTO dimension_categories (alliance_id, id, dimension_id, name, position)
         SELECT $1, gen_random_uuid(), $2, v.name, v.position FROM unnest($3::text[], $4::int[]) AS v(name, position)`,
        [allianceId, dimensionId, added.map((c) => c.name), added.map((c) => c.position)],
      );
    }
  }
}
