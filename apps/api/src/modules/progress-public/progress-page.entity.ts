import { Check, Column, Entity, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import { AllianceRef, TenantRef } from '../../database/tenant-relations';
import { GoalEntity } from '../agenda/goal.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';

/**
 * An alliance's public progress page (issue 12, part 4): its address (`/fortschritt/<slug>`,
 * unique across the platform like the portal's) and whether the backbone has published it.
 * Which goals and indicators it shows are the two tables below.
 */
@Entity('progress_pages')
@Unique('uq_progress_pages_slug', ['slug'])
@Check('ck_progress_pages_slug', `"slug" ~ '^[a-z0-9][a-z0-9-]{1,62}$'`)
export class ProgressPageEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @Column('text') slug: string;
  @Column({ type: 'boolean', default: false }) published: boolean;
  @Column({ type: 'int', default: 1 }) version: number;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @AllianceRef() alliance?: unknown;
}

/** A goal of the common agenda shown on the public page (in the agenda's order). */
@Entity('progress_page_goals')
export class ProgressPageGoalEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') goalId: string;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => GoalEntity, 'goal_id', 'CASCADE') goal?: unknown;
}

/** An indicator whose approved roll-ups the public page shows, in the backbone's order. */
@Entity('progress_page_indicators')
export class ProgressPageIndicatorEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') indicatorId: string;
  @Column({ type: 'int', default: 0 }) position: number;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => IndicatorEntity, 'indicator_id', 'CASCADE') indicator?: unknown;
}

export const PROGRESS_PAGE_ENTITIES = [ProgressPageEntity, ProgressPageGoalEntity, ProgressPageIndicatorEntity];
