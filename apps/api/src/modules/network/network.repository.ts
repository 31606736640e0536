import { randomUUID } from 'node:crypto';
import type { NetworkSourceName, RelationshipKindName } from '@gemeinwerk/shared';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { one, rows, updateVersioned } from '../../database/sql';
import type { OrganisationModel } from '../../core/accounts/accounts.models';
import type { RelationshipModel } from './network.models';

const ORGANISATION = (o: string) => `json_build_object('id', ${o}.id, 'name', ${o}.name, 'kind', ${o}.kind, 'city', ${o}.city)`;

const RELATIONSHIP = `r.id, r.from_membership_id AS "fromMembershipId", r.to_membership_id AS "toMembershipId",
  ${ORGANISATION('fo')} AS "from", ${ORGANISATION('tor')} AS "to",
  r.kind, r.directed, r.strength::int AS strength, to_char(r.since, 'YYYY-MM-DD') AS since, to_char(r.until, 'YYYY-MM-DD') AS until,
  r.note, r.stated_by_membership_id AS "statedByMembershipId", r.version`;
const RELATIONSHIP_FROM = `relationships r
  JOIN memberships fm ON fm.alliance_id = r.alliance_id AND fm.id = r.from_membership_id JOIN organisations fo ON fo.id = fm.organisation_id
  JOIN memberships tm ON tm.alliance_id = r.alliance_id AND tm.id = r.to_membership_id JOIN organisations tor ON tor.id = tm.organisation_id`;

export interface NetworkMember {
  id: string;
  role: string;
  organisation: OrganisationModel;
}

/** One source of one tie between members a < b. */
export interface TieRow {
  a: string;
  b: string;
  source: NetworkSourceName;
  weight: number;
  since: string | null;
  kinds: RelationshipKindName[] | null;
}

export interface RelationshipFields {
  fromMembershipId: string;
  toMembershipId: string;
  kind: RelationshipKindName;
  directed: boolean;
  strength: number;
  since: string | null;
  until: string | null;
  note: string;
}

/**
 * The SQL of the network. Ties derived from recorded work are computed on read, in one statement
 * per source (each small: grouped by pairs of members), so the network is always what the
 * workspace holds — nothing to keep in step.
 */
@Injectable()
export class NetworkRepository {
  /** Members of the alliance on a day: joined by then and not yet gone. */
  members(em: EntityManager, allianceId: string, asOf: string): Promise<NetworkMember[]> {
    return rows(
      em,
      `SELECT m.id, m.role, ${ORGANISATION('o')} AS organisation
         FROM memberships m JOIN organisations o ON o.id = m.organisation_id
        WHERE m.alliance_id = $1 AND m.state <> 'INVITED'
          AND coalesce(m.joined_at, m.created_at)::date <= $2::date
          AND (m.left_at IS NULL OR m.left_at::date > $2::date)
        ORDER BY lower(o.name), m.id`,
      [allianceId, asOf],
    );
  }

  /**
   * Ties derived from the work, as they stood on `asOf`:
   * ACTIVITY — two members' activities (not cancelled) towards the same goal, for a shared target
   *   group (case-insensitive), in the same district, at overlapping times (as the activity map's
   *   overlaps); INDICATOR — both have approved values of the same indicator; OVERLAP — one member
   *   declared that its value overlaps the other's; DECISION — both agreed to the same decided
   *   proposal; MEETING — both took part in the same meeting (log entry of type MEETING).
   */
  derivedTies(em: EntityManager, allianceId: string, asOf: string, sources: NetworkSourceName[]): Promise<TieRow[]> {
    const parts: string[] = [];
    if (sources.includes('ACTIVITY'))
      parts.push(`SELECT x.membership_id AS a, y.membership_id AS b, 'ACTIVITY' AS source, count(DISTINCT (x.id, y.id))::int AS weight,
              min(greatest(coalesce(x.period_start, x.created_at::date), coalesce(y.period_start, y.created_at::date))) AS since
         FROM activities x
         JOIN activity_goals xg ON xg.alliance_id = x.alliance_id AND xg.activity_id = x.id
         JOIN activity_goals yg ON yg.alliance_id = x.alliance_id AND yg.goal_id = xg.goal_id
         JOIN activities y ON y.alliance_id = x.alliance_id AND y.id = yg.activity_id
        WHERE x.alliance_id = $1 AND x.membership_id < y.membership_id
          AND x.status <> 'CANCELLED' AND y.status <> 'CANCELLED'
          AND x.district_id IS NOT NULL AND y.district_id = x.district_id
          AND daterange(x.period_start, greatest(x.period_end, x.period_start), '[]') && daterange(y.period_start, greatest(y.period_end, y.period_start), '[]')
          AND EXISTS (SELECT 1 FROM unnest(x.target_groups) t, unnest(y.target_groups) u WHERE btrim(t) <> '' AND lower(btrim(t)) = lower(btrim(u)))
          AND greatest(coalesce(x.period_start, x.created_at::date), coalesce(y.period_start, y.created_at::date)) <= $2::date
        GROUP BY 1, 2`);
    if (sources.includes('INDICATOR'))
      parts.push(`SELECT x.membership_id AS a, y.membership_id AS b, 'INDICATOR' AS source, count(*)::int AS weight, min(greatest(x.first, y.first)) AS since
         FROM reported x JOIN reported y ON y.indicator_id = x.indicator_id AND x.membership_id < y.membership_id
        GROUP BY 1, 2`);
    if (sources.includes('OVERLAP'))
      parts.push(`SELECT least(ms.membership_id, o.other_membership_id) AS a, greatest(ms.membership_id, o.other_membership_id) AS b, 'OVERLAP' AS source,
              count(*)::int AS weight, min(p.starts_on) AS since
         FROM measurement_overlaps o
         JOIN measurements ms ON ms.alliance_id = o.alliance_id AND ms.id = o.measurement_id
         JOIN reporting_periods p ON p.alliance_id = ms.alliance_id AND p.id = ms.reporting_period_id
        WHERE o.alliance_id = $1 AND ms.membership_id <> o.other_membership_id AND p.starts_on <= $2::date
        GROUP BY 1, 2`);
    if (sources.includes('DECISION'))
      parts.push(`SELECT x.membership_id AS a, y.membership_id AS b, 'DECISION' AS source, count(*)::int AS weight, min(p.decided_at::date) AS since
         FROM proposals p
         JOIN proposal_votes x ON x.alliance_id = p.alliance_id AND x.proposal_id = p.id AND x.vote = 'AGREE'
         JOIN proposal_votes y ON y.alliance_id = p.alliance_id AND y.proposal_id = p.id AND y.vote = 'AGREE' AND x.membership_id < y.membership_id
        WHERE p.alliance_id = $1 AND p.state = 'DECIDED' AND p.decided_at::date <= $2::date
        GROUP BY 1, 2`);
    if (sources.includes('MEETING'))
      parts.push(`SELECT x.membership_id AS a, y.membership_id AS b, 'MEETING' AS source, count(*)::int AS weight, min(e.occurred_on) AS since
         FROM log_entries e
         JOIN log_entry_participants x ON x.alliance_id = e.alliance_id AND x.log_entry_id = e.id
         JOIN log_entry_participants y ON y.alliance_id = e.alliance_id AND y.log_entry_id = e.id AND x.membership_id < y.membership_id
        WHERE e.alliance_id = $1 AND e.type = 'MEETING' AND e.occurred_on <= $2::date
        GROUP BY 1, 2`);
    if (!parts.length) return Promise.resolve([]);
    // Per member and indicator, the first approved period: small (members × indicators), then paired.
    const reported = sources.includes('INDICATOR')
      ? `WITH reported AS (
           SELECT ms.membership_id, ms.indicator_id, min(p.starts_on) AS first
             FROM measurements ms JOIN reporting_periods p ON p.alliance_id = ms.alliance_id AND p.id = ms.reporting_period_id
            WHERE ms.alliance_id = $1 AND ms.status = 'APPROVED' AND p.starts_on <= $2::date
            GROUP BY 1, 2) `
      : '';
    return rows(em, `${reported}SELECT a, b, source, weight, to_char(since, 'YYYY-MM-DD') AS since, NULL AS kinds FROM (${parts.join('\nUNION ALL\n')}) t`, [
      allianceId,
      asOf,
    ]);
  }

  /** Stated relationships in force on `asOf`, grouped by pair; `onlyOf` limits them to one member's own. */
  statedTies(em: EntityManager, allianceId: string, asOf: string, kinds: RelationshipKindName[] | null, onlyOf: string | null): Promise<TieRow[]> {
    return rows(
      em,
      `SELECT least(from_membership_id, to_membership_id) AS a, greatest(from_membership_id, to_membership_id) AS b, 'STATED' AS source,
              count(*)::int AS weight, to_char(min(coalesce(since, created_at::date)), 'YYYY-MM-DD') AS since,
              array_agg(DISTINCT kind::text ORDER BY kind::text) AS kinds
         FROM relationships
        WHERE alliance_id = $1
          AND coalesce(since, created_at::date) <= $2::date AND (until IS NULL OR until >= $2::date)
          AND ($3::text[] IS NULL OR kind::text = ANY ($3::text[]))
          AND ($4::uuid IS NULL OR from_membership_id = $4 OR to_membership_id = $4)
        GROUP BY 1, 2`,
      [allianceId, asOf, kinds, onlyOf],
    );
  }

  /** Who stated a relationship with whom (directed statements, for reciprocity). */
  statements(em: EntityManager, allianceId: string, asOf: string, onlyOf: string | null): Promise<Array<{ from: string; to: string }>> {
    return rows(
      em,
      `SELECT DISTINCT from_membership_id AS "from", to_membership_id AS "to" FROM relationships
        WHERE alliance_id = $1 AND coalesce(since, created_at::date) <= $2::date AND (until IS NULL OR until >= $2::date)
          AND ($3::uuid IS NULL OR from_membership_id = $3 OR to_membership_id = $3)`,
      [allianceId, asOf, onlyOf],
    );
  }

  /** The day of the first recorded tie of any source (for the time slider). */
  async firstDay(em: EntityManager, allianceId: string): Promise<string | null> {
    const r = await one<{ first: string | null }>(
      em,
      `SELECT to_char(least(
         (SELECT min(coalesce(since, created_at::date)) FROM relationships WHERE alliance_id = $1),
         (SELECT min(coalesce(period_start, created_at::date)) FROM activities WHERE alliance_id = $1),
         (SELECT min(starts_on) FROM reporting_periods WHERE alliance_id = $1),
         (SELECT min(occurred_on) FROM log_entries WHERE alliance_id = $1 AND type = 'MEETING'),
         (SELECT min(decided_at::date) FROM proposals WHERE alliance_id = $1)), 'YYYY-MM-DD') AS first`,
      [allianceId],
    );
    return r?.first ?? null;
  }

  listRelationships(em: EntityManager, allianceId: string, onlyOf: string | null): Promise<RelationshipModel[]> {
    return rows(
      em,
      `SELECT ${RELATIONSHIP} FROM ${RELATIONSHIP_FROM}
        WHERE r.alliance_id = $1 AND ($2::uuid IS NULL OR r.from_membership_id = $2 OR r.to_membership_id = $2)
        ORDER BY lower(fo.name), lower(tor.name), r.kind, r.id`,
      [allianceId, onlyOf],
    );
  }

  getRelationship(em: EntityManager, allianceId: string, id: string): Promise<RelationshipModel | undefined> {
    return one(em, `SELECT ${RELATIONSHIP} FROM ${RELATIONSHIP_FROM} WHERE r.alliance_id = $1 AND r.id = $2`, [allianceId, id]);
  }

  async isMember(em: EntityManager, allianceId: string, membershipId: string): Promise<boolean> {
    return !!(await one(em, `SELECT 1 FROM memberships WHERE alliance_id = $1 AND id = $2`, [allianceId, membershipId]));
  }

  /** An active member of the alliance (not invited, not gone)? */
  async activeMember(em: EntityManager, allianceId: string, membershipId: string): Promise<boolean> {
    return !!(await one(em, `SELECT 1 FROM memberships WHERE alliance_id = $1 AND id = $2 AND state = 'ACTIVE'`, [allianceId, membershipId]));
  }

  async insertRelationship(em: EntityManager, allianceId: string, statedBy: string, f: RelationshipFields): Promise<string> {
    const id = randomUUID();
    await em.query(
      `INSERT INTO relationships (alliance_id, id, from_membership_id, to_membership_id, kind, directed, strength, since, until, note, stated_by_membership_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [allianceId, id, f.fromMembershipId, f.toMembershipId, f.kind, f.directed, f.strength, f.since, f.until, f.note, statedBy],
    );
    return id;
  }

  updateRelationship(em: EntityManager, allianceId: string, id: string, version: number, f: Omit<RelationshipFields, 'fromMembershipId' | 'toMembershipId'>) {
    return updateVersioned(
      em,
      'Relationship',
      `UPDATE relationships SET kind = $4, directed = $5, strength = $6, since = $7, until = $8, note = $9, version = version + 1, updated_at = now()
        WHERE alliance_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [allianceId, id, version, f.kind, f.directed, f.strength, f.since, f.until, f.note],
      async () => !!(await one(em, `SELECT 1 FROM relationships WHERE alliance_id = $1 AND id = $2`, [allianceId, id])),
    );
  }

  async deleteRelationship(em: EntityManager, allianceId: string, id: string, version: number): Promise<boolean> {
    const r = await rows(em, `DELETE FROM relationships WHERE alliance_id = $1 AND id = $2 AND version = $3 RETURNING id`, [allianceId, id, version]);
    return r.length > 0;
  }
}
