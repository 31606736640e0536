import { RELATIONSHIP_KINDS, type RelationshipKindName } from '@gemeinwerk/shared';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import { AllianceRef, TenantRef } from '../../database/tenant-relations';
import { MembershipEntity } from '../members/membership.entity';

export const SURVEY_ROUND_STATES = ['OPEN', 'CLOSED'] as const;
export type SurveyRoundState = (typeof SURVEY_ROUND_STATES)[number];
export const SURVEY_RESPONSE_STATES = ['PENDING', 'DRAFT', 'SUBMITTED'] as const;
export type SurveyResponseState = (typeof SURVEY_RESPONSE_STATES)[number];
/** How often two organisations are in touch (the PARTNER tool's question, in four steps). */
export const SURVEY_FREQUENCIES = ['YEARLY', 'QUARTERLY', 'MONTHLY', 'WEEKLY'] as const;
export type SurveyFrequency = (typeof SURVEY_FREQUENCIES)[number];

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * A network survey round (in the manner of the PARTNER tool): the backbone opens it with a title
 * and the days it runs; every member that works in the alliance (backbone and partners, fixed
 * when it opens) rates its relationship to each other one; the backbone closes it.
 */
@Entity('survey_rounds')
@Check('ck_survey_rounds_state', `state IN (${list(SURVEY_ROUND_STATES)})`)
@Check('ck_survey_rounds_dates', `closes_on >= opens_on`)
export class SurveyRoundEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('text') title: string;
  @Column('date') opensOn: string;
  @Column('date') closesOn: string;
  @Column({ type: 'varchar', length: 10, default: 'OPEN' }) state: SurveyRoundState;
  @Column('uuid') openedByMembershipId: string;
  @Column({ type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => MembershipEntity, 'opened_by_membership_id', 'RESTRICT') openedBy?: unknown;
}

/** One respondent's answers to a round: PENDING until it saves, DRAFT, then SUBMITTED. */
@Entity('survey_responses')
@Unique('uq_survey_responses_member', ['allianceId', 'roundId', 'membershipId'])
@Check('ck_survey_responses_state', `state IN (${list(SURVEY_RESPONSE_STATES)})`)
export class SurveyResponseEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') roundId: string;
  @Column('uuid') membershipId: string;
  @Column({ type: 'varchar', length: 10, default: 'PENDING' }) state: SurveyResponseState;
  @Column({ type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => SurveyRoundEntity, 'round_id', 'CASCADE') round?: unknown;
  @TenantRef(() => MembershipEntity, 'membership_id', 'CASCADE') membership?: unknown;
}

/**
 * One rating: the respondent's relationship to another member. `kind` null means "no
 * relationship" (then frequency, trust and value are null too); trust and value 1–4.
 */
@Entity('survey_answers')
@Unique('uq_survey_answers_pair', ['allianceId', 'responseId', 'toMembershipId'])
@Index('ix_survey_answers_round', ['allianceId', 'roundId'])
@Check('ck_survey_answers_kind', `kind IS NULL OR kind IN (${list(RELATIONSHIP_KINDS)})`)
@Check('ck_survey_answers_frequency', `frequency IS NULL OR frequency IN (${list(SURVEY_FREQUENCIES)})`)
@Check(
  'ck_survey_answers_scores',
  `(kind IS NULL AND frequency IS NULL AND trust IS NULL AND value IS NULL) OR (kind IS NOT NULL AND frequency IS NOT NULL AND trust BETWEEN 1 AND 4 AND value BETWEEN 1 AND 4)`,
)
@Check('ck_survey_answers_not_self', `from_membership_id <> to_membership_id`)
export class SurveyAnswerEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') roundId: string;
  @Column('uuid') responseId: string;
  @Column('uuid') fromMembershipId: string;
  @Column('uuid') toMembershipId: string;
  @Column({ type: 'varchar', length: 20, nullable: true }) kind: RelationshipKindName | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) frequency: SurveyFrequency | null;
  @Column({ type: 'smallint', nullable: true }) trust: number | null;
  @Column({ type: 'smallint', nullable: true }) value: number | null;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => SurveyRoundEntity, 'round_id', 'CASCADE') round?: unknown;
  @TenantRef(() => SurveyResponseEntity, 'response_id', 'CASCADE') response?: unknown;
  @TenantRef(() => MembershipEntity, 'from_membership_id', 'CASCADE') from?: unknown;
  @TenantRef(() => MembershipEntity, 'to_membership_id', 'CASCADE') to?: unknown;
}
