import { Injectable } from '@nestjs/common';
import { nextPeriodKey } from '@gemeinwerk/shared';
import { EntityManager } from 'typeorm';
import { one } from '../../database/sql';
import type { PlausibilityRules } from './measurement-rules';

/** The indicator's plausibility columns (alias `i`), named as PlausibilityRules. */
export const RULE_COLUMNS = `i.aggregation, i.allow_negative AS "allowNegative", i.integer_only AS "integerOnly",
  i.min_value::float8 AS "minValue", i.max_value::float8 AS "maxValue", i.allow_ratio_above_one AS "allowRatioAboveOne",
  i.jump_warning_share::float8 AS "jumpWarningShare"`;

/** A stored value as the plausibility rules see it at submit time (the rules may have changed since it was saved). */
export interface StoredForCheck extends PlausibilityRules {
  indicatorId: string;
  membershipId: string;
  periodKey: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  parts: { value: number }[];
}

@Injectable()
export class PlausibilityRepository {
  stored(em: EntityManager, allianceId: string, measurementId: string): Promise<StoredForCheck | undefined> {
    return one<StoredForCheck>(
      em,
      `SELECT ${RULE_COLUMNS}, m.indicator_id AS "indicatorId", m.membership_id AS "membershipId", m.period_key AS "periodKey",
              m.value::float8 AS value, m.numerator::float8 AS numerator, m.denominator::float8 AS denominator,
              coalesce((SELECT json_agg(json_build_object('value', p.value::float8) ORDER BY p.category_id)
                          FROM measurement_parts p WHERE p.alliance_id = m.alliance_id AND p.measurement_id = m.id), '[]'::json) AS parts
         FROM measurements m JOIN indicators i ON i.alliance_id = m.alliance_id AND i.id = m.indicator_id
        WHERE m.alliance_id = $1 AND m.id = $2`,
      [allianceId, measurementId],
    );
  }

  /**
   * The same member's value of the indicator in the period before `periodKey` (any status but
   * REJECTED: the backbone already called that one wrong). RATIO values are the stored share.
   */
  async previous(em: EntityManager, allianceId: string, r: { indicatorId: string; membershipId: string; periodKey: string }) {
    const periodKey = nextPeriodKey(r.periodKey, -1);
    const found = await one<{ value: number | null }>(
      em,
      `SELECT value::float8 AS value FROM measurements
        WHERE alliance_id = $1 AND indicator_id = $2 AND membership_id = $3 AND period_key = $4 AND status <> 'REJECTED'`,
      [allianceId, r.indicatorId, r.membershipId, periodKey],
    );
    return found && { periodKey, value: found.value };
  }
}
