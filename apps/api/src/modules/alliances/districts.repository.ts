import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { one, rows, updateVersioned } from '../../database/sql';
import { invalid } from '../../core/errors';
import { DistrictModel } from './districts.models';

const COLUMNS = (withShape: boolean) => `d.id, d.name, d.version, d.geojson IS NOT NULL AS "hasShape",
  (SELECT count(*)::int FROM activities a WHERE a.alliance_id = d.alliance_id AND a.district_id = d.id) AS "activityCount"
  ${withShape ? ', d.geojson' : ''}`;

/** A unique violation on the name (two saves at once) reads like the checked case. */
async function nameGuard<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if ((e as { code?: string }).code === '23505' && (e as { constraint?: string }).constraint === 'uq_districts_name')
      throw invalid([{ field: 'name', code: 'duplicate' }]);
    throw e;
  }
}

@Injectable()
export class DistrictsRepository {
  list(em: EntityManager, allianceId: string, withShapes: boolean): Promise<DistrictModel[]> {
    return rows<DistrictModel>(em, `SELECT ${COLUMNS(withShapes)} FROM districts d WHERE d.alliance_id = $1 ORDER BY lower(d.name), d.id`, [allianceId]);
  }

  get(em: EntityManager, allianceId: string, id: string, withShape = false): Promise<DistrictModel | undefined> {
    return one<DistrictModel>(em, `SELECT ${COLUMNS(withShape)} FROM districts d WHERE d.alliance_id = $1 AND d.id = $2`, [allianceId, id]);
  }

  async exists(em: EntityManager, allianceId: string, id: string): Promise<boolean> {
    return !!(await one(em, `SELECT 1 FROM districts WHERE alliance_id = $1 AND id = $2`, [allianceId, id]));
  }

  /** Names compare without regard to case and blanks around them. */
  async nameTaken(em: EntityManager, allianceId: string, name: string, exceptId: string | null): Promise<boolean> {
    return !!(await one(
      em,
      `SELECT 1 FROM districts WHERE alliance_id = $1 AND lower(btrim(name)) = lower(btrim($2)) AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [allianceId, name, exceptId],
    ));
  }

  async insert(em: EntityManager, allianceId: string, name: string, geojson: unknown | null): Promise<string> {
    const id = randomUUID();
    await nameGuard(
      em.query(`INSERT INTO districts (alliance_id, id, name, geojson) VALUES ($1, $2, $3, $4)`, [
        allianceId,
        id,
        name,
        geojson === null ? null : JSON.stringify(geojson),
      ]),
    );
    return id;
  }

  /** `geojson` undefined keeps the shape. */
  async update(em: EntityManager, allianceId: string, id: string, version: number, name: string, geojson: unknown | null | undefined): Promise<void> {
    await nameGuard(
      updateVersioned(
        em,
        'District',
        `UPDATE districts SET name = $4, geojson = CASE WHEN $5::boolean THEN $6::jsonb ELSE geojson END, version = version + 1, updated_at = now()
          WHERE alliance_id = $1 AND id = $2 AND version = $3 RETURNING id`,
        [allianceId, id, version, name, geojson !== undefined, geojson == null ? null : JSON.stringify(geojson)],
        () => this.exists(em, allianceId, id),
      ),
    );
  }

  /** Moves every activity of one district to another; returns how many. */
  async moveActivities(em: EntityManager, allianceId: string, from: string, to: string): Promise<number> {
    const moved = await rows(
      em,
      `UPDATE activities SET district_id = $3, version = version + 1, updated_at = now() WHERE alliance_id = $1 AND district_id = $2 RETURNING id`,
      [allianceId, from, to],
    );
    return moved.length;
  }

  async delete(em: EntityManager, allianceId: string, id: string): Promise<void> {
    await em.query(`DELETE FROM districts WHERE alliance_id = $1 AND id = $2`, [allianceId, id]);
  }
}
