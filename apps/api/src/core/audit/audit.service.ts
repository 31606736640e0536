import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { AllianceContext } from '../tenancy/alliance-context';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Writes append-only audit events inside the caller's transaction: the change and its record commit together. */
@Injectable()
export class AuditService {
  async record(ctx: Pick<AllianceContext, 'allianceId' | 'userId' | 'em'>, entry: AuditEntry): Promise<void> {
    await ctx.em.query(
      `INSERT INTO audit_events (alliance_id, id, actor_user_id, action, entity_type, entity_id, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        ctx.allianceId,
        randomUUID(),
        ctx.userId,
        entry.action,
        entry.entityType,
        entry.entityId,
        entry.before === undefined ? null : JSON.stringify(entry.before),
        entry.after === undefined ? null : JSON.stringify(entry.after),
      ],
    );
  }
}
