import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { AllianceRef, GlobalRef } from '../../database/tenant-relations';
import { UserEntity } from '../../core/accounts/user.entity';

/**
 * One in-app notice for one person in one alliance (the bell). A tenant row like any other, and
 * on top of the tenant policies a restrictive one: a transaction reads and marks only the rows of
 * its own user (see the Notifications migration). `dedupKey` makes scheduled notices idempotent:
 * the same reminder for the same person, subject and day is stored (and mailed) once.
 */
@Entity('notifications')
@Index('ix_notifications_user', ['userId', 'createdAt'])
@Unique('uq_notifications_dedup', ['allianceId', 'userId', 'dedupKey'])
export class NotificationEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column({ type: 'varchar', length: 40 }) kind: string;
  /** What it is about, for the link: Measurement, ActionItem, Proposal, LogEntry, ReportingPeriod, Alliance. */
  @Column({ type: 'varchar', length: 40 }) subjectType: string;
  @Column({ type: 'uuid', nullable: true }) subjectId: string | null;
  /** Values for the text (indicator name, period, reason …), rendered in the reader's language. */
  @Column({ type: 'jsonb', default: {} }) params: Record<string, string | number>;
  /** Path in the web app, e.g. /alliances/…/reporting. */
  @Column('text') link: string;
  @Column({ type: 'text', nullable: true }) dedupKey: string | null;
  @Column({ type: 'timestamptz', nullable: true }) readAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @AllianceRef() alliance?: unknown;
  @GlobalRef(() => UserEntity, 'user_id', 'CASCADE') user?: unknown;
}
