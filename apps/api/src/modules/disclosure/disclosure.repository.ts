import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { one, updateVersioned } from '../../database/sql';

export interface ThresholdRow {
  smallNumberThreshold: number;
  version: number;
}

@Injectable()
export class DisclosureRepository {
  threshold(em: EntityManager, allianceId: string): Promise<ThresholdRow | undefined> {
    return one<ThresholdRow>(em, `SELECT small_number_threshold AS "smallNumberThreshold", version FROM alliances WHERE id = $1`, [allianceId]);
  }

  updateThreshold(em: EntityManager, allianceId: string, version: number, k: number): Promise<ThresholdRow> {
    return updateVersioned<ThresholdRow>(
      em,
      'Alliance',
      `UPDATE alliances SET small_number_threshold = $3, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 RETURNING small_number_threshold AS "smallNumberThreshold", version`,
      [allianceId, version, k],
      async () => !!(await this.threshold(em, allianceId)),
    );
  }
}
