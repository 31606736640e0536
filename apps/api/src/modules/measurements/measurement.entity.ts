import {
  FREQUENCIES,
  MEASUREMENT_STATUSES,
  REPORTING_PERIOD_STATES,
  type FrequencyName,
  type MeasurementStatusName,
  type ReportingPeriodStateName,
} from '@gemeinwerk/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import { AllianceRef, GlobalRef, TenantRef } from '../../database/tenant-relations';
import { UserEntity } from '../../core/accounts/user.entity';
import { DimensionCategoryEntity, IndicatorEntity } from '../indicators/indicator.entity';
import { MembershipEntity } from '../members/membership.entity';

/** A reporting period the backbone opened (and later closes) for indicators of one frequency. */
@Entity('reporting_periods')
@Unique('uq_reporting_periods_key', ['allianceId', 'frequency', 'periodKey'])
export class ReportingPeriodEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column({ type: 'enum', enum: FREQUENCIES, enumName: 'reporting_frequency' }) frequency: FrequencyName;
  @Column({ type: 'varchar', length: 10 }) periodKey: string;
  @Column('date') startsOn: string;
  @Column('date') endsOn: string;
  @Column({ type: 'date', nullable: true }) dueOn: string | null;
  @Column({ type: 'enum', enum: REPORTING_PERIOD_STATES, enumName: 'reporting_period_state', default: 'OPEN' }) state: ReportingPeriodStateName;
  @Column('uuid') openedByUserId: string;
  @CreateDateColumn({ type: 'timestamptz' }) openedAt: Date;
  @Column({ type: 'uuid', nullable: true }) closedByUserId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ type: 'int', default: 1 }) version: number;
  @AllianceRef() alliance?: unknown;
  @GlobalRef(() => UserEntity, 'opened_by_user_id') openedBy?: unknown;
  @GlobalRef(() => UserEntity, 'closed_by_user_id') closedBy?: unknown;
}

/**
 * One member organisation's value of one indicator in one reporting period, with its review
 * workflow DRAFT → SUBMITTED → APPROVED | REJECTED (→ resubmitted). RATIO indicators carry
 * numerator and denominator; `value` is then their quotient.
 */
@Entity('measurements')
@Unique('uq_measurements_report', ['allianceId', 'indicatorId', 'membershipId', 'reportingPeriodId'])
@Index('ix_measurements_period_status', ['allianceId', 'reportingPeriodId', 'status'])
// The roll-up's probe: the approved values of one (indicator, period) cell, and one member's among them (overlap pairs).
// No (alliance, indicator, status) index: the planner chose it for the probe (see migration RollupCellProbe).
@Index('ix_measurements_approved_cell', ['allianceId', 'indicatorId', 'periodKey', 'membershipId'], { where: `"status" = 'APPROVED'` })
// A member's newest submission (health: last contribution) is one backward index probe.
@Index('ix_measurements_member', ['allianceId', 'membershipId', 'submittedAt'])
// Partial: under row-level security an enum comparison (not leakproof) cannot be an index
// condition, but it still proves this predicate, so the review queue is read from a small index.
@Index('ix_measurements_submitted', ['allianceId', 'submittedAt'], { where: `"status" = 'SUBMITTED'` })
// The values an import created (its undo removes them): no per-value `import_effects` row for those.
@Index('ix_measurements_import_batch', ['allianceId', 'importBatchId'], { where: `"import_batch_id" IS NOT NULL` })
export class MeasurementEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') indicatorId: string;
  @Column('uuid') membershipId: string;
  @Column('uuid') reportingPeriodId: string;
  @Column({ type: 'varchar', length: 10 }) periodKey: string;
  @Column({ type: 'numeric', nullable: true }) value: string | null;
  @Column({ type: 'numeric', nullable: true }) numerator: string | null;
  @Column({ type: 'numeric', nullable: true }) denominator: string | null;
  @Column({ type: 'text', default: '' }) note: string;
  @Column({ type: 'enum', enum: MEASUREMENT_STATUSES, enumName: 'measurement_status', default: 'DRAFT' }) status: MeasurementStatusName;
  @Column({ type: 'text', nullable: true }) rejectionReason: string | null;
  @Column({ type: 'uuid', nullable: true }) submittedByUserId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) reviewedByUserId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) reviewedAt: Date | null;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  /** The import batch that created this value (null: entered in the form); no foreign key, see migration MeasurementImportBatch. */
  @Column({ type: 'uuid', nullable: true }) importBatchId: string | null;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => IndicatorEntity, 'indicator_id', 'RESTRICT') indicator?: unknown;
  @TenantRef(() => MembershipEntity, 'membership_id', 'RESTRICT') membership?: unknown;
  @TenantRef(() => ReportingPeriodEntity, 'reporting_period_id', 'RESTRICT') reportingPeriod?: unknown;
  @GlobalRef(() => UserEntity, 'submitted_by_user_id') submittedBy?: unknown;
  @GlobalRef(() => UserEntity, 'reviewed_by_user_id') reviewedBy?: unknown;
}

/** The part of a measurement that falls into one disaggregation category (e.g. girls: 12). */
@Entity('measurement_parts')
export class MeasurementPartEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') measurementId: string;
  @PrimaryColumn('uuid') categoryId: string;
  @Column('numeric') value: string;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => MeasurementEntity, 'measurement_id') measurement?: unknown;
  @TenantRef(() => DimensionCategoryEntity, 'category_id', 'RESTRICT') category?: unknown;
}

/**
 * A partner's declaration that part of its value overlaps another member's (the same people
 * served by both). The roll-up counts such people once and splits the credit.
 */
@Entity('measurement_overlaps')
@Unique('uq_measurement_overlaps_pair', ['allianceId', 'measurementId', 'otherMembershipId'])
export class MeasurementOverlapEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') measurementId: string;
  @Column('uuid') otherMembershipId: string;
  @Column('numeric') amount: string;
  @Column({ type: 'text', default: '' }) note: string;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => MeasurementEntity, 'measurement_id') measurement?: unknown;
  @TenantRef(() => MembershipEntity, 'other_membership_id', 'RESTRICT') otherMembership?: unknown;
}
