import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { one, rows } from '../../database/sql';
import type { AuditEventFilter, AuditEventModel } from './audit.models';

/** The list counts its events up to this many; beyond, `totalCount` is this + 1 and `totalCountCapped` is true. */
export const AUDIT_COUNT_CAP = 10_000;

export type AuditEventRow = AuditEventModel & { cursorMicros: string };

/** Reads of the audit trail (writes go through AuditService.record). */
/** One audit event, in the caller's transaction (AuditService.record; the table is append-only for the app role). */
export async function insertAuditEvent(
  em: EntityManager,
  e: { allianceId: string; id: string; actorUserId: string; action: string; entityType: string; entityId: string; before: string | null; after: string | null },
): Promise<void> {
  await em.query(
    `INSERT INTO audit_events (alliance_id, id, actor_user_id, action, entity_type, entity_id, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [e.allianceId, e.id, e.actorUserId, e.action, e.entityType, e.entityId, e.before, e.after],
  );
}

@Injectable()
export class AuditRepository {
  /**
   * Newest first, keyset-paginated on (occurred_at, id). The cursor carries occurred_at as
   * microseconds since the epoch: a JavaScript Date would drop the microseconds and skip or
   * repeat events at a page boundary. Days are Europe/Berlin days, the alliances' own calendar.
   */
  async page(em: EntityManager, allianceId: string, filter: AuditEventFilter, first: number, after?: [string, string]) {
    const params: unknown[] = [allianceId];
    const where = ['e.alliance_id = $1'];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.entityType) add('e.entity_type = ?', filter.entityType);
    if (filter.entityId) add('e.entity_id = ?', filter.entityId);
    if (filter.actorUserId) add('e.actor_user_id = ?', filter.actorUserId);
    if (filter.action) add('e.action = ?', filter.action);
    if (filter.from) add(`e.occurred_at >= (?::date)::timestamp AT TIME ZONE 'Europe/Berlin'`, filter.from);
    if (filter.to) add(`e.occurred_at < (?::date + 1)::timestamp AT TIME ZONE 'Europe/Berlin'`, filter.to);
    const filtered = where.join(' AND ');
    // Counted up to AUDIT_COUNT_CAP + 1 only: an exact count of 200,000 events costs a pass over
    // all of them (~90 ms) on every page; "more than 10,000" tells a reader as much.
    params.push(AUDIT_COUNT_CAP + 1);
    const total = await one<{ n: number }>(
      em,
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM audit_events e WHERE ${filtered} LIMIT $${params.length}) capped`,
      params,
    );
    params.pop();

    const pageParams = [...params];
    let keyset = '';
    if (after) {
      pageParams.push(after[0], after[1]);
      const [t, id] = [pageParams.length - 1, pageParams.length];
      keyset = ` AND (e.occurred_at, e.id) < ('epoch'::timestamptz + $${t}::bigint * interval '1 microsecond', $${id}::uuid)`;
    }
    pageParams.push(first + 1);
    const list = await rows<AuditEventRow>(
      em,
      `SELECT e.id, e.actor_user_id AS "actorUserId", u.name AS "actorName", e.action, e.entity_type AS "entityType",
              e.entity_id AS "entityId", e.before, e.after, e.occurred_at AS "occurredAt",
              (extract(epoch FROM e.occurred_at) * 1000000)::bigint::text AS "cursorMicros"
         FROM audit_events e LEFT JOIN users u ON u.id = e.actor_user_id
        WHERE ${filtered}${keyset}
        ORDER BY e.occurred_at DESC, e.id DESC
        LIMIT $${pageParams.length}`,
      pageParams,
    );
    return { rows: list, totalCount: total?.n ?? 0 };
  }

  /**
   * The distinct actors, actions and object types of the trail, each by a skip scan over its index
   * (one index probe per distinct value, not a pass over every event: an alliance with 200,000
   * events has a few dozen of each).
   */
  async facets(em: EntityManager, allianceId: string) {
    const distinct = (column: string) => `WITH RECURSIVE d(v) AS (
        (SELECT ${column} FROM audit_events WHERE alliance_id = $1 AND ${column} IS NOT NULL ORDER BY ${column} LIMIT 1)
        UNION ALL
        SELECT (SELECT ${column} FROM audit_events WHERE alliance_id = $1 AND ${column} > d.v ORDER BY ${column} LIMIT 1) FROM d WHERE d.v IS NOT NULL
      ) SELECT v FROM d WHERE v IS NOT NULL`;
    const actors = await rows<{ id: string; name: string | null }>(
      em,
      `SELECT a.v AS id, u.name FROM (${distinct('actor_user_id')}) a LEFT JOIN users u ON u.id = a.v ORDER BY u.name NULLS LAST, a.v`,
      [allianceId],
    );
    const actions = await rows<{ v: string }>(em, distinct('action'), [allianceId]);
    const types = await rows<{ v: string }>(em, distinct('entity_type'), [allianceId]);
    return { actors, actions: actions.map((r) => r.v), entityTypes: types.map((r) => r.v) };
  }
}
