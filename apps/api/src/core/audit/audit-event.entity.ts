import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { AllianceRef } from '../../database/tenant-relations';

/**
 * Append-only record of a change: the app role may insert and read, never update or delete
 * (see the row-level-security migration). `actorUserId` has no foreign key so that erasing
 * a person can pseudonymise the events without losing them.
 */
@Entity('audit_events')
@Index('ix_audit_events_entity', ['allianceId', 'entityType', 'entityId'])
@Index('ix_audit_events_time', ['allianceId', 'occurredAt'])
// The trail's filters, each in the list's order (newest first): see docs/benchmarks.md, "Audit trail".
@Index('ix_audit_events_actor', ['allianceId', 'actorUserId', 'occurredAt', 'id'])
@Index('ix_audit_events_action', ['allianceId', 'action', 'occurredAt', 'id'])
@Index('ix_audit_events_type_time', ['allianceId', 'entityType', 'occurredAt', 'id'])
export class AuditEventEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column({ type: 'uuid', nullable: true }) actorUserId: string | null;
  @Column('text') action: string;
  @Column('text') entityType: string;
  @Column('uuid') entityId: string;
  @Column({ type: 'jsonb', nullable: true }) before: unknown;
  @Column({ type: 'jsonb', nullable: true }) after: unknown;
  @Column({ type: 'timestamptz', default: () => 'now()' }) occurredAt: Date;

  @AllianceRef() alliance?: unknown;
}
