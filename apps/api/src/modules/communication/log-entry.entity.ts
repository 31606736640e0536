import { CONFLICT_STATES, LOG_ENTRY_TYPES, type ConflictStateName, type LogEntryTypeName } from '@gemeinwerk/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AllianceRef, GlobalRef, TenantRef } from '../../database/tenant-relations';
import { UserEntity } from '../../core/accounts/user.entity';
import { GoalEntity } from '../agenda/goal.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { MembershipEntity } from '../members/membership.entity';

/** An entry of the communication log: meeting, decision, update, conflict or announcement. */
@Entity('log_entries')
@Index('ix_log_entries_feed', ['allianceId', 'occurredOn', 'createdAt'])
@Index('ix_log_entries_type', ['allianceId', 'type', 'occurredOn'])
@Index('ix_log_entries_author', ['allianceId', 'authorMembershipId', 'createdAt'])
@Index('ix_log_entries_created', ['allianceId', 'createdAt'])
export class LogEntryEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column({ type: 'enum', enum: LOG_ENTRY_TYPES, enumName: 'log_entry_type' }) type: LogEntryTypeName;
  @Column('text') title: string;
  @Column({ type: 'text', default: '' }) body: string;
  @Column('date') occurredOn: string;
  @Column({ type: 'uuid', nullable: true }) authorUserId: string | null;
  @Column('uuid') authorMembershipId: string;
  @Column({ type: 'enum', enum: CONFLICT_STATES, enumName: 'conflict_state', nullable: true }) conflictState: ConflictStateName | null;
  @Column({ type: 'text', nullable: true }) resolution: string | null;
  @Column({ type: 'timestamptz', nullable: true }) resolvedAt: Date | null;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @AllianceRef() alliance?: unknown;
  @GlobalRef(() => UserEntity, 'author_user_id') author?: unknown;
  @TenantRef(() => MembershipEntity, 'author_membership_id', 'RESTRICT') authorMembership?: unknown;
}

/** Member organisations that took part (in a meeting, a decision, a conflict). */
@Entity('log_entry_participants')
export class LogEntryParticipantEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') logEntryId: string;
  @PrimaryColumn('uuid') membershipId: string;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => LogEntryEntity, 'log_entry_id') logEntry?: unknown;
  @TenantRef(() => MembershipEntity, 'membership_id') membership?: unknown;
}

@Entity('log_entry_goals')
@Index('ix_log_entry_goals_goal', ['allianceId', 'goalId'])
export class LogEntryGoalEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') logEntryId: string;
  @PrimaryColumn('uuid') goalId: string;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => LogEntryEntity, 'log_entry_id') logEntry?: unknown;
  @TenantRef(() => GoalEntity, 'goal_id') goal?: unknown;
}

@Entity('log_entry_indicators')
export class LogEntryIndicatorEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') logEntryId: string;
  @PrimaryColumn('uuid') indicatorId: string;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => LogEntryEntity, 'log_entry_id') logEntry?: unknown;
  @TenantRef(() => IndicatorEntity, 'indicator_id') indicator?: unknown;
}

@Entity('comments')
@Index('ix_comments_entry', ['allianceId', 'logEntryId', 'createdAt'])
@Index('ix_comments_author', ['allianceId', 'authorMembershipId', 'createdAt'])
export class CommentEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') logEntryId: string;
  @Column({ type: 'uuid', nullable: true }) authorUserId: string | null;
  @Column('uuid') authorMembershipId: string;
  @Column('text') body: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => LogEntryEntity, 'log_entry_id') logEntry?: unknown;
  @GlobalRef(() => UserEntity, 'author_user_id') author?: unknown;
  @TenantRef(() => MembershipEntity, 'author_membership_id', 'RESTRICT') authorMembership?: unknown;
}

/** Something someone agreed to do, usually coming out of a meeting or decision. */
@Entity('action_items')
@Index('ix_action_items_owner', ['allianceId', 'ownerMembershipId', 'doneAt'])
export class ActionItemEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column({ type: 'uuid', nullable: true }) logEntryId: string | null;
  @Column('text') title: string;
  @Column('uuid') ownerMembershipId: string;
  @Column({ type: 'uuid', nullable: true }) ownerUserId: string | null;
  @Column({ type: 'date', nullable: true }) dueOn: string | null;
  @Column({ type: 'timestamptz', nullable: true }) doneAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) doneByUserId: string | null;
  @Column({ type: 'uuid', nullable: true }) createdByUserId: string | null;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => LogEntryEntity, 'log_entry_id') logEntry?: unknown;
  @TenantRef(() => MembershipEntity, 'owner_membership_id', 'RESTRICT') ownerMembership?: unknown;
  @GlobalRef(() => UserEntity, 'owner_user_id') ownerUser?: unknown;
}
