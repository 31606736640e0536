import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { AllianceContext } from '../tenancy/alliance-context';
import { insertAuditEvent } from './audit.repository';

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
    await insertAuditEvent(ctx.em, {
      allianceId: ctx.allianceId,
      id: randomUUID(),
      actorUserId: ctx.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    });
  }
}
