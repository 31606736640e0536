import { GOAL_STATUSES, type GoalStatusName } from '@gemeinwerk/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AllianceRef, TenantRef } from '../../database/tenant-relations';
import { MembershipEntity } from '../members/membership.entity';

/** A goal of the common agenda; goals form a tree (sub-goals under goals). */
@Entity('goals')
@Index('ix_goals_parent', ['allianceId', 'parentId', 'position'])
export class GoalEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column({ type: 'uuid', nullable: true }) parentId: string | null;
  @Column('text') title: string;
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ type: 'int', default: 0 }) position: number;
  @Column({ type: 'enum', enum: GOAL_STATUSES, enumName: 'goal_status', default: 'PLANNED' }) status: GoalStatusName;
  @Column({ type: 'uuid', nullable: true }) ownerMembershipId: string | null;
  @Column({ type: 'date', nullable: true }) periodStart: string | null;
  @Column({ type: 'date', nullable: true }) periodEnd: string | null;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;

  @AllianceRef() alliance?: unknown;
  @TenantRef(() => GoalEntity, 'parent_id', 'RESTRICT') parent?: unknown;
  @TenantRef(() => MembershipEntity, 'owner_membership_id', 'RESTRICT') ownerMembership?: unknown;
}
