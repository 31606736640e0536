import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type {
  AggregationName,
  FrequencyName,
  IndicatorStatusName,
  MeasurementStatusName,
  MembershipRoleName,
  MembershipStateName,
  ReportingPeriodStateName,
} from '@gemeinwerk/shared';
import { EntityManager } from 'typeorm';
import { one, rows } from '../../database/sql';
import type { PlausibilityRules } from './measurement-rules';
import { MeasurementModel } from './measurements.models';
import { RULE_COLUMNS } from './plausibility.repository';
import { FROM_PARTICIPATION } from '../participation/participation-indicator.sql';

const MEASUREMENT_COLUMNS = `
  m.id, m.alliance_id AS "allianceId", m.indicator_id AS "indicatorId", i.name AS "indicatorName",
  m.membership_id AS "membershipId", json_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'city', o.city) AS organisation,
  m.reporting_period_id AS "reportingPeriodId", m.period_key AS "periodKey",
  m.value::float8 AS value, m.numerator::float8 AS numerator, m.denominator::float8 AS denominator, m.note, m.status,
  m.rejection_reason AS "rejectionReason", m.submitted_at AS "submittedAt", su.name AS "submittedByName",
  m.reviewed_at AS "reviewedAt", ru.name AS "reviewedByName", m.version, m.created_at AS "createdAt", m.updated_at AS "updatedAt",
  coalesce((SELECT json_agg(json_build_object('categoryId', c.id, 'categoryName', c.name, 'dimensionId', d.id, 'dimensionName', d.name,
                                              'value', p.value::float8, 'suppressed', false) ORDER BY d.name, c.position, c.name)
              FROM measurement_parts p
              JOIN dimension_categories c ON c.alliance_id = p.alliance_id AND c.id = p.category_id
              JOIN dimensions d ON d.alliance_id = c.alliance_id AND d.id = c.dimension_id
             WHERE p.alliance_id = m.alliance_id AND p.measurement_id = m.id), '[]'::json) AS parts,
  coalesce((SELECT json_agg(json_build_object('id', ov.id, 'measurementId', ov.measurement_id, 'otherMembershipId', ov.other_membership_id,
                                              'otherOrganisationName', oo.name, 'amount', ov.amount::float8, 'note', ov.note) ORDER BY oo.name, ov.id)
              FROM measurement_overlaps ov
              JOIN memberships om ON om.alliance_id = ov.alliance_id AND om.id = ov.other_membership_id
              JOIN organisations oo ON oo.id = om.organisation_id
             WHERE ov.alliance_id = m.alliance_id AND ov.measurement_id = m.id), '[]'::json) AS overlaps,
  '[]'::json AS warnings, false AS suppressed`;

export type ReviewQueueRow = MeasurementModel & { sortAt: string; aggregation: AggregationName; jumpWarningShare: number | null };

/**
 * Runs `SELECT t.total, x.* FROM t LEFT JOIN LATERAL (page) x ON true`: one statement that returns
 * the total even for a page past the end (then a single row without x's columns).
 */
export async function pageWithTotal<T extends { id: string }>(em: EntityManager, sql: string, params: unknown[]) {
  const found = await rows<T & { total: number }>(em, sql, params);
  return { total: found[0]?.total ?? 0, nodes: found.filter((r) => r.id !== null) as T[] };
}

const MEASUREMENT_FROM = `
  FROM measurements m
  JOIN indicators i ON i.alliance_id = m.alliance_id AND i.id = m.indicator_id
  JOIN reporting_periods rp ON rp.alliance_id = m.alliance_id AND rp.id = m.reporting_period_id
  JOIN memberships mb ON mb.alliance_id = m.alliance_id AND mb.id = m.membership_id
  JOIN organisations o ON o.id = mb.organisation_id
  LEFT JOIN users su ON su.id = m.submitted_by_user_id
  LEFT JOIN users ru ON ru.id = m.reviewed_by_user_id`;

/**
 * Which measurements the caller may read: everyone APPROVED ones, and the not yet approved ones
 * the permission `measurement.readUnapproved` gives (core/access: the backbone all, a partner its
 * own organisation's). `$all` and `$own` are that permission's readScope for the caller.
 */
const visibleTo = (all: string, own: string) => `(${all} OR m.status = 'APPROVED' OR m.membership_id = ${own})`;

export interface IndicatorRow extends PlausibilityRules {
  id: string;
  name: string;
  aggregation: AggregationName;
  frequency: FrequencyName;
  status: IndicatorStatusName;
  /** Its values are computed from citizens' reports (participation): nobody reports it. */
  fromParticipation: boolean;
}

/** What the workflow rules need to know about a stored measurement. */
export interface MeasurementState {
  id: string;
  indicatorId: string;
  membershipId: string;
  status: MeasurementStatusName;
  version: number;
  value: number | null;
  aggregation: AggregationName;
  periodKey: string;
  periodState: ReportingPeriodStateName;
  maxOverlap: number;
}

export interface MeasurementValues {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string;
}

export interface ListOptions {
  /** readScope(ctx, 'measurement.readUnapproved'): all unapproved values, or those of one membership. */
  unapproved: { all: boolean; ownMembershipId: string | null };
  filter: { reportingPeriodId?: string; indicatorId?: string; membershipId?: string; status?: MeasurementStatusName };
  first: number;
  after?: [string, string];
}

@Injectable()
export class MeasurementsRepository {
  get(em: EntityManager, allianceId: string, id: string): Promise<MeasurementModel | undefined> {
    return one<MeasurementModel>(em, `SELECT ${MEASUREMENT_COLUMNS} ${MEASUREMENT_FROM} WHERE m.alliance_id = $1 AND m.id = $2`, [allianceId, id]);
  }

  /** Several by id, in the order of `ids`. */
  getMany(em: EntityManager, allianceId: string, ids: string[]): Promise<MeasurementModel[]> {
    return rows<MeasurementModel>(
      em,
      `SELECT ${MEASUREMENT_COLUMNS} ${MEASUREMENT_FROM} WHERE m.alliance_id = $1 AND m.id = ANY($2::uuid[]) ORDER BY array_position($2::uuid[], m.id)`,
      [allianceId, ids],
    );
  }

  /** A page of the measurements the caller may read, newest period first, and how many match in all. */
  async list(em: EntityManager, allianceId: string, o: ListOptions) {
    return pageWithTotal<MeasurementModel & { sortStart: string }>(
      em,
      `WITH f AS (
         SELECT m.id FROM measurements m
          WHERE m.alliance_id = $1 AND ${visibleTo('$2::boolean', '$3::uuid')}
            AND ($4::uuid IS NULL OR m.reporting_period_id = $4) AND ($5::uuid IS NULL OR m.indicator_id = $5)
            AND ($6::uuid IS NULL OR m.membership_id = $6) AND ($7::measurement_status IS NULL OR m.status = $7)),
       t AS (SELECT count(*)::int AS total FROM f)
       SELECT t.total, x.* FROM t LEFT JOIN LATERAL (
         SELECT ${MEASUREMENT_COLUMNS}, rp.starts_on::text AS "sortStart"
           ${MEASUREMENT_FROM}
           JOIN f ON f.id = m.id
          WHERE m.alliance_id = $1 AND ($8::date IS NULL OR (rp.starts_on, m.id) < ($8::date, $9::uuid))
          ORDER BY rp.starts_on DESC, m.id DESC
          LIMIT $10) x ON true
        ORDER BY x."sortStart" DESC, x.id DESC`,
      [
        allianceId,
        o.unapproved.all,
        o.unapproved.ownMembershipId,
        o.filter.reportingPeriodId ?? null,
        o.filter.indicatorId ?? null,
        o.filter.membershipId ?? null,
        o.filter.status ?? null,
        o.after?.[0] ?? null,
        o.after?.[1] ?? null,
        o.first + 1,
      ],
    );
  }

  /**
   * SUBMITTED measurements, longest waiting first, each with the member's latest earlier value
   * that was not rejected and the indicator's jump rule (the service turns them into warnings).
   */
  reviewQueue(em: EntityManager, allianceId: string, first: number, after?: [string, string]) {
    return pageWithTotal<ReviewQueueRow>(
      em,
      `WITH t AS (SELECT count(*)::int AS total FROM measurements WHERE alliance_id = $1 AND status = 'SUBMITTED')
       SELECT t.total, x.* FROM t LEFT JOIN LATERAL (
         SELECT ${MEASUREMENT_COLUMNS}, m.submitted_at::text AS "sortAt",
                i.aggregation, i.jump_warning_share::float8 AS "jumpWarningShare",
                (SELECT json_build_object('periodKey', pm.period_key, 'value', pm.value::float8, 'numerator', pm.numerator::float8,
                                          'denominator', pm.denominator::float8, 'status', pm.status)
                   FROM measurements pm
                  WHERE pm.alliance_id = m.alliance_id AND pm.indicator_id = m.indicator_id AND pm.membership_id = m.membership_id
                    AND pm.period_key < m.period_key AND pm.status <> 'REJECTED'
                  ORDER BY pm.period_key DESC LIMIT 1) AS previous
           ${MEASUREMENT_FROM}
          WHERE m.alliance_id = $1 AND m.status = 'SUBMITTED'
            AND ($2::timestamptz IS NULL OR (m.submitted_at, m.id) > ($2::timestamptz, $3::uuid))
          ORDER BY m.submitted_at, m.id
          LIMIT $4) x ON true
        ORDER BY x."submittedAt", x.id`,
      [allianceId, after?.[0] ?? null, after?.[1] ?? null, first + 1],
    );
  }

  indicator(em: EntityManager, allianceId: string, id: string): Promise<IndicatorRow | undefined> {
    return one<IndicatorRow>(
      em,
      `SELECT i.id, i.name, i.frequency, i.status, ${RULE_COLUMNS}, ${FROM_PARTICIPATION('i')} AS "fromParticipation" FROM indicators i WHERE i.alliance_id = $1 AND i.id = $2`,
      [allianceId, id],
    );
  }

  membership(em: EntityManager, allianceId: string, id: string) {
    return one<{ id: string; role: MembershipRoleName; state: MembershipStateName }>(
      em,
      `SELECT id, role, state FROM memberships WHERE alliance_id = $1 AND id = $2`,
      [allianceId, id],
    );
  }

  /** The given categories that belong to one of the indicator's dimensions, with their dimension. */
  categoriesOf(em: EntityManager, allianceId: string, indicatorId: string, categoryIds: string[]) {
    return rows<{ id: string; dimensionId: string; dimensionName: string }>(
      em,
      `SELECT c.id, d.id AS "dimensionId", d.name AS "dimensionName"
         FROM dimension_categories c
         JOIN indicator_dimensions idm ON idm.alliance_id = c.alliance_id AND idm.dimension_id = c.dimension_id AND idm.indicator_id = $2
         JOIN dimensions d ON d.alliance_id = c.alliance_id AND d.id = c.dimension_id
        WHERE c.alliance_id = $1 AND c.id = ANY($3::uuid[])`,
      [allianceId, indicatorId, categoryIds],
    );
  }

  private stateWhere(em: EntityManager, where: string, params: unknown[]) {
    return one<MeasurementState>(
      em,
      `SELECT m.id, m.indicator_id AS "indicatorId", m.membership_id AS "membershipId", m.status, m.version, m.value::float8 AS value,
              i.aggregation, m.period_key AS "periodKey", rp.state AS "periodState",
              coalesce((SELECT max(amount) FROM measurement_overlaps ov WHERE ov.alliance_id = m.alliance_id AND ov.measurement_id = m.id), 0)::float8 AS "maxOverlap"
         FROM measurements m
         JOIN indicators i ON i.alliance_id = m.alliance_id AND i.id = m.indicator_id
         JOIN reporting_periods rp ON rp.alliance_id = m.alliance_id AND rp.id = m.reporting_period_id
        WHERE ${where}`,
      params,
    );
  }

  state(em: EntityManager, allianceId: string, id: string) {
    return this.stateWhere(em, 'm.alliance_id = $1 AND m.id = $2', [allianceId, id]);
  }

  stateByReport(em: EntityManager, allianceId: string, r: { indicatorId: string; membershipId: string; reportingPeriodId: string }) {
    return this.stateWhere(em, 'm.alliance_id = $1 AND m.indicator_id = $2 AND m.membership_id = $3 AND m.reporting_period_id = $4', [
      allianceId,
      r.indicatorId,
      r.membershipId,
      r.reportingPeriodId,
    ]);
  }

  /** A new DRAFT; undefined when a concurrent request created the same report first. RATIO values are computed here, in numeric. */
  async insert(
    em: EntityManager,
    m: { allianceId: string; indicatorId: string; membershipId: string; reportingPeriodId: string; periodKey: string } & MeasurementValues,
  ): Promise<string | undefined> {
    const inserted = await rows<{ id: string }>(
      em,
      `INSERT INTO measurements (alliance_id, id, indicator_id, membership_id, reporting_period_id, period_key, value, numerator, denominator, note)
       VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $9::numeric IS NULL THEN $7::numeric ELSE $8::numeric / $9::numeric END, $8, $9, $10)
       ON CONFLICT (alliance_id, indicator_id, membership_id, reporting_period_id) DO NOTHING RETURNING id`,
      [m.allianceId, randomUUID(), m.indicatorId, m.membershipId, m.reportingPeriodId, m.periodKey, m.value, m.numerator, m.denominator, m.note],
    );
    return inserted[0]?.id;
  }

  /** Replaces the values of a DRAFT or REJECTED measurement, which becomes a DRAFT again. No row back: stale version. */
  updateValues(em: EntityManager, allianceId: string, id: string, version: number, v: MeasurementValues) {
    return rows<{ id: string }>(
      em,
      `UPDATE measurements SET value = CASE WHEN $6::numeric IS NULL THEN $4::numeric ELSE $5::numeric / $6::numeric END,
              numerator = $5, denominator = $6, note = $7, status = 'DRAFT', version = version + 1, updated_at = now()
        WHERE alliance_id = $1 AND id = $2 AND version = $3 AND status IN ('DRAFT', 'REJECTED') RETURNING id`,
      [allianceId, id, version, v.value, v.numerator, v.denominator, v.note],
    );
  }

  async replaceParts(em: EntityManager, allianceId: string, measurementId: string, parts: { categoryId: string; value: number }[]): Promise<void> {
    await em.query(`DELETE FROM measurement_parts WHERE alliance_id = $1 AND measurement_id = $2`, [allianceId, measurementId]);
    if (!parts.length) return;
    await em.query(
      `INSERT INTO measurement_parts (alliance_id, measurement_id, category_id, value)
       SELECT $1, $2, c, v FROM unnest($3::uuid[], $4::numeric[]) AS p(c, v)`,
      [allianceId, measurementId, parts.map((p) => p.categoryId), parts.map((p) => p.value)],
    );
  }

  /**
   * Moves a measurement from `from` to `to` if it still has `version`; `set` adds the columns the
   * step records (who, when, why). No row back: stale version or another status meanwhile.
   */
  transition(
    em: EntityManager,
    allianceId: string,
    id: string,
    version: number,
    from: MeasurementStatusName,
    to: MeasurementStatusName,
    set: string,
    params: unknown[],
  ) {
    return rows<{ id: string }>(
      em,
      `UPDATE measurements SET status = $5, ${set}, version = version + 1, updated_at = now()
        WHERE alliance_id = $1 AND id = $2 AND version = $3 AND status = $4 RETURNING id`,
      [allianceId, id, version, from, to, ...params],
    );
  }

  overlap(em: EntityManager, allianceId: string, id: string) {
    return one<{ id: string; measurementId: string; otherMembershipId: string; amount: number; note: string }>(
      em,
      `SELECT id, measurement_id AS "measurementId", other_membership_id AS "otherMembershipId", amount::float8 AS amount, note
         FROM measurement_overlaps WHERE alliance_id = $1 AND id = $2`,
      [allianceId, id],
    );
  }

  /** Declares (or re-declares) the overlap of a measurement with another member; returns the previous amount, if any. */
  async upsertOverlap(em: EntityManager, o: { allianceId: string; measurementId: string; otherMembershipId: string; amount: number; note: string }) {
    const previous = await one<{ id: string; amount: number }>(
      em,
      `SELECT id, amount::float8 AS amount FROM measurement_overlaps WHERE alliance_id = $1 AND measurement_id = $2 AND other_membership_id = $3`,
      [o.allianceId, o.measurementId, o.otherMembershipId],
    );
    const saved = await one<{ id: string }>(
      em,
      `INSERT INTO measurement_overlaps (alliance_id, id, measurement_id, other_membership_id, amount, note) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (alliance_id, measurement_id, other_membership_id) DO UPDATE SET amount = EXCLUDED.amount, note = EXCLUDED.note
       RETURNING id`,
      [o.allianceId, randomUUID(), o.measurementId, o.otherMembershipId, o.amount, o.note],
    );
    return { id: saved!.id, previousAmount: previous?.amount ?? null };
  }

  async deleteOverlap(em: EntityManager, allianceId: string, id: string): Promise<void> {
    await em.query(`DELETE FROM measurement_overlaps WHERE alliance_id = $1 AND id = $2`, [allianceId, id]);
  }
}
