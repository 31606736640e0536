import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { one, rows } from '../database/sql';
import type { AuditEventFilter, AuditEventModel } from './audit.models';

export type AuditEventRow = AuditEventModel & { cursorMicros: string };

/** Reads of the audit trail (writes go through AuditService.record). */
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
    if (filter.from) add(`e.occurred_at >= (?::date)::timestamp AT TIME ZONE 'Europe/Berlin'`, filter.from);
    if (filter.to) add(`e.occurred_at < (?::date + 1)::timestamp AT TIME ZONE 'Europe/Berlin'`, filter.to);
    const filtered = where.join(' AND ');
    const total = await one<{ n: number }>(em, `SELECT count(*)::int AS n FROM audit_events e WHERE ${filtered}`, params);

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
}
