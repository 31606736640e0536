import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { one, updateVersioned } from '../../database/sql';
import { TargetModel } from './target.models';

/**
 * Orders period keys by the end of their period, finer before coarser when they end together:
 * 2026-01, 2026-02, 2026-03, 2026-Q1, …, 2026-12, 2026-Q4, 2026.
 */
export const TARGET_ORDER = (key: string) => `left(${key}, 4)::int,
  CASE WHEN ${key} ~ '^[0-9]{4}$' THEN 12 WHEN ${key} ~ '-Q' THEN substr(${key}, 7, 1)::int * 3 ELSE substr(${key}, 6, 2)::int END,
  length(${key}) = 4, ${key} ~ '-Q'`;

const TARGET_COLUMNS = `t.id, t.indicator_id AS "indicatorId", t.period_key AS "periodKey", t.value::float8 AS value, t.version`;
export type TargetRow = TargetModel & { indicatorId: string };

@Injectable()
export class TargetsRepository {
  get(em: EntityManager, allianceId: string, id: string): Promise<TargetRow | undefined> {
    return one<TargetRow>(em, `SELECT ${TARGET_COLUMNS} FROM targets t WHERE t.alliance_id = $1 AND t.id = $2`, [allianceId, id]);
  }

  byPeriod(em: EntityManager, allianceId: string, indicatorId: string, periodKey: string): Promise<TargetRow | undefined> {
    return one<TargetRow>(em, `SELECT ${TARGET_COLUMNS} FROM targets t WHERE t.alliance_id = $1 AND t.indicator_id = $2 AND t.period_key = $3`, [
      allianceId,
      indicatorId,
      periodKey,
    ]);
  }

  /** Creates the target unless one exists for the period (also one committed a moment ago): undefined then. */
  insert(em: EntityManager, allianceId: string, indicatorId: string, periodKey: string, value: number): Promise<TargetRow | undefined> {
    return one<TargetRow>(
      em,
      `INSERT INTO targets AS t (alliance_id, id, indicator_id, period_key, value) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (alliance_id, indicator_id, period_key) DO NOTHING RETURNING ${TARGET_COLUMNS}`,
      [allianceId, randomUUID(), indicatorId, periodKey, value],
    );
  }

  update(em: EntityManager, allianceId: string, id: string, version: number, value: number): Promise<TargetRow> {
    return updateVersioned<TargetRow>(
      em,
      'Target',
      `UPDATE targets t SET value = $4, version = version + 1, updated_at = now()
        WHERE alliance_id = $1 AND id = $2 AND version = $3 RETURNING ${TARGET_COLUMNS}`,
      [allianceId, id, version, value],
      async () => !!(await this.get(em, allianceId, id)),
    );
  }

  delete(em: EntityManager, allianceId: string, id: string, version: number): Promise<TargetRow> {
    return updateVersioned<TargetRow>(
      em,
      'Target',
      `DELETE FROM targets t WHERE alliance_id = $1 AND id = $2 AND version = $3 RETURNING ${TARGET_COLUMNS}`,
      [allianceId, id, version],
      async () => !!(await this.get(em, allianceId, id)),
    );
  }
}
