import { PROPOSAL_OUTCOMES, PROPOSAL_STATES, VOTES, type ProposalOutcomeName, type ProposalStateName, type VoteName } from '@gemeinwerk/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AllianceRef, GlobalRef, TenantRef } from '../../database/tenant-relations';
import { UserEntity } from '../../core/accounts/user.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { MembershipEntity } from '../members/membership.entity';
import { LogEntryEntity } from './log-entry.entity';

/** A proposal the members vote on (one vote per member organisation) until it closes. */
@Entity('proposals')
@Index('ix_proposals_state', ['allianceId', 'state', 'closesAt'])
export class ProposalEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('text') title: string;
  @Column({ type: 'text', default: '' }) body: string;
  @Column('timestamptz') closesAt: Date;
  @Column({ type: 'enum', enum: PROPOSAL_STATES, enumName: 'proposal_state', default: 'OPEN' }) state: ProposalStateName;
  @Column({ type: 'enum', enum: PROPOSAL_OUTCOMES, enumName: 'proposal_outcome', nullable: true }) outcome: ProposalOutcomeName | null;
  @Column({ type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) decisionLogEntryId: string | null;
  @Column({ type: 'uuid', nullable: true }) indicatorId: string | null;
  @Column({ type: 'jsonb', nullable: true }) indicatorSnapshot: unknown;
  @Column({ type: 'uuid', nullable: true }) createdByUserId: string | null;
  @Column('uuid') createdByMembershipId: string;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => LogEntryEntity, 'decision_log_entry_id', 'RESTRICT') decisionLogEntry?: unknown;
  @TenantRef(() => IndicatorEntity, 'indicator_id', 'RESTRICT') indicator?: unknown;
  @TenantRef(() => MembershipEntity, 'created_by_membership_id', 'RESTRICT') createdByMembership?: unknown;
  @GlobalRef(() => UserEntity, 'created_by_user_id') createdBy?: unknown;
}

@Entity('proposal_votes')
@Index('ix_proposal_votes_member', ['allianceId', 'membershipId', 'votedAt'])
export class ProposalVoteEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') proposalId: string;
  @PrimaryColumn('uuid') membershipId: string;
  @Column({ type: 'enum', enum: VOTES, enumName: 'vote' }) vote: VoteName;
  @Column({ type: 'text', default: '' }) comment: string;
  @Column({ type: 'uuid', nullable: true }) votedByUserId: string | null;
  @UpdateDateColumn({ type: 'timestamptz' }) votedAt: Date;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => ProposalEntity, 'proposal_id') proposal?: unknown;
  @TenantRef(() => MembershipEntity, 'membership_id') membership?: unknown;
  @GlobalRef(() => UserEntity, 'voted_by_user_id') votedBy?: unknown;
}
