import {
  AGGREGATIONS,
  FREQUENCIES,
  INDICATOR_DIRECTIONS,
  INDICATOR_STATUSES,
  RBA_KINDS,
  type AggregationName,
  type FrequencyName,
  type IndicatorDirectionName,
  type IndicatorStatusName,
  type RbaKindName,
} from '@gemeinwerk/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import { AllianceRef, TenantRef } from '../../database/tenant-relations';
import { GoalEntity } from '../agenda/goal.entity';

/** A shared-measurement indicator: what is counted, how, how often, and which way is better. */
@Entity('indicators')
@Index('ix_indicators_status', ['allianceId', 'status'])
export class IndicatorEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 20, nullable: true }) code: string | null;
  @Column('text') name: string;
  @Column({ type: 'text', default: '' }) definition: string;
  @Column({ type: 'text', default: '' }) unit: string;
  @Column({ type: 'enum', enum: INDICATOR_DIRECTIONS, enumName: 'indicator_direction' }) direction: IndicatorDirectionName;
  @Column({ type: 'enum', enum: AGGREGATIONS, enumName: 'indicator_aggregation' }) aggregation: AggregationName;
  @Column({ type: 'enum', enum: FREQUENCIES, enumName: 'reporting_frequency' }) frequency: FrequencyName;
  @Column({ type: 'enum', enum: RBA_KINDS, enumName: 'rba_kind' }) rbaKind: RbaKindName;
  @Column({ type: 'numeric', nullable: true }) baselineValue: string | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) baselinePeriod: string | null;
  @Column({ type: 'text', default: '' }) collectionMethod: string;
  @Column({ type: 'text', nullable: true }) numeratorLabel: string | null;
  @Column({ type: 'text', nullable: true }) denominatorLabel: string | null;
  @Column({ type: 'smallint', default: 0 }) decimals: number;
  // Plausibility of reported values (checked in measurement-rules.ts on save and submit).
  @Column({ type: 'boolean', default: false }) allowNegative: boolean;
  @Column({ type: 'boolean', default: false }) integerOnly: boolean;
  @Column({ type: 'numeric', nullable: true }) minValue: string | null;
  @Column({ type: 'numeric', nullable: true }) maxValue: string | null;
  @Column({ type: 'boolean', default: false }) allowRatioAboveOne: boolean;
  @Column({ type: 'numeric', nullable: true }) jumpWarningShare: string | null;
  @Column({ type: 'enum', enum: INDICATOR_STATUSES, enumName: 'indicator_status', default: 'ACTIVE' }) status: IndicatorStatusName;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;

  @AllianceRef() alliance?: unknown;
}

/** Which goals an indicator measures progress on. */
@Entity('indicator_goals')
@Index('ix_indicator_goals_goal', ['allianceId', 'goalId'])
export class IndicatorGoalEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') indicatorId: string;
  @PrimaryColumn('uuid') goalId: string;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => IndicatorEntity, 'indicator_id') indicator?: unknown;
  @TenantRef(() => GoalEntity, 'goal_id') goal?: unknown;
}

/** A way to break values down (gender, age band, district), defined once per alliance. */
@Entity('dimensions')
@Unique('uq_dimensions_name', ['allianceId', 'name'])
export class DimensionEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('text') name: string;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @AllianceRef() alliance?: unknown;
}

@Entity('dimension_categories')
@Unique('uq_dimension_categories_name', ['allianceId', 'dimensionId', 'name'])
export class DimensionCategoryEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') dimensionId: string;
  @Column('text') name: string;
  @Column({ type: 'int', default: 0 }) position: number;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => DimensionEntity, 'dimension_id') dimension?: unknown;
}

/** An indicator is disaggregated by these dimensions. */
@Entity('indicator_dimensions')
export class IndicatorDimensionEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') indicatorId: string;
  @PrimaryColumn('uuid') dimensionId: string;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => IndicatorEntity, 'indicator_id') indicator?: unknown;
  @TenantRef(() => DimensionEntity, 'dimension_id', 'RESTRICT') dimension?: unknown;
}

/** The value an indicator should reach in a period (period key of the indicator's frequency or coarser). */
@Entity('targets')
@Unique('uq_targets_period', ['allianceId', 'indicatorId', 'periodKey'])
export class TargetEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') indicatorId: string;
  @Column({ type: 'varchar', length: 10 }) periodKey: string;
  @Column('numeric') value: string;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => IndicatorEntity, 'indicator_id') indicator?: unknown;
}
