import { ACTIVITY_STATUSES, type ActivityStatusName } from '@gemeinwerk/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AllianceRef, TenantRef } from '../../database/tenant-relations';
import { GoalEntity } from '../agenda/goal.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { DistrictEntity } from '../alliances/district.entity';
import { MembershipEntity } from '../members/membership.entity';

/** What a member organisation does towards the agenda: for whom, where, when, with what. */
@Entity('activities')
@Index('ix_activities_member', ['allianceId', 'membershipId'])
@Index('ix_activities_district', ['allianceId', 'districtId'])
export class ActivityEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') membershipId: string;
  @Column('text') title: string;
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) targetGroups: string[];
  /** A district of the alliance's managed list (districts); none when the activity is not tied to one. */
  @Column({ type: 'uuid', nullable: true }) districtId: string | null;
  @Column({ type: 'text', nullable: true }) place: string | null;
  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true }) latitude: string | null;
  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true }) longitude: string | null;
  @Column({ type: 'date', nullable: true }) periodStart: string | null;
  @Column({ type: 'date', nullable: true }) periodEnd: string | null;
  @Column({ type: 'enum', enum: ACTIVITY_STATUSES, enumName: 'activity_status', default: 'PLANNED' }) status: ActivityStatusName;
  @Column({ type: 'text', default: '' }) resources: string;
  @Column({ type: 'numeric', nullable: true }) budgetEur: string | null;
  @Column({ type: 'numeric', nullable: true }) staffHoursPerMonth: string | null;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => MembershipEntity, 'membership_id', 'RESTRICT') membership?: unknown;
  @TenantRef(() => DistrictEntity, 'district_id', 'RESTRICT') district?: unknown;
}

@Entity('activity_goals')
@Index('ix_activity_goals_goal', ['allianceId', 'goalId'])
export class ActivityGoalEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') activityId: string;
  @PrimaryColumn('uuid') goalId: string;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => ActivityEntity, 'activity_id') activity?: unknown;
  @TenantRef(() => GoalEntity, 'goal_id') goal?: unknown;
}

@Entity('activity_indicators')
export class ActivityIndicatorEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') activityId: string;
  @PrimaryColumn('uuid') indicatorId: string;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => ActivityEntity, 'activity_id') activity?: unknown;
  @TenantRef(() => IndicatorEntity, 'indicator_id') indicator?: unknown;
}
