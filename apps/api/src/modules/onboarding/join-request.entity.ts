import { MEMBERSHIP_ROLES, MembershipRoleName } from '@gemeinwerk/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { OrganisationEntity } from '../../core/accounts/organisation.entity';
import { UserEntity } from '../../core/accounts/user.entity';
import { AllianceEntity } from '../alliances/alliance.entity';

export const JOIN_REQUEST_STATES = ['PENDING', 'ACCEPTED', 'DECLINED'] as const;
export type JoinRequestStateName = (typeof JOIN_REQUEST_STATES)[number];

/** An organisation asks to join an alliance; the backbone accepts (with a role) or declines (with a reason). */
@Entity('join_requests')
@Check('CHK_join_requests_state', `state IN ('PENDING', 'ACCEPTED', 'DECLINED')`)
@Index('IDX_join_requests_alliance_state', ['allianceId', 'state', 'createdAt'])
@Index('IDX_join_requests_one_pending', ['allianceId', 'organisationId'], { unique: true, where: `state = 'PENDING'` })
export class JoinRequestEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_join_requests' }) allianceId: string;
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_join_requests' }) id: string;
  @Index('IDX_join_requests_organisation') @Column('uuid') organisationId: string;
  @Column({ type: 'uuid', nullable: true }) requestedByUserId: string | null;
  @Column({ type: 'text', default: '' }) message: string;
  @Column({ type: 'varchar', length: 10, default: 'PENDING' }) state: JoinRequestStateName;
  @Column({ type: 'enum', enum: MEMBERSHIP_ROLES, enumName: 'membership_role', nullable: true }) role: MembershipRoleName | null;
  @Column({ type: 'text', nullable: true }) declineReason: string | null;
  @Column({ type: 'uuid', nullable: true }) decidedByUserId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  /** Asked through the backbone's join link rather than the directory. */
  @Column({ type: 'boolean', default: false }) viaLink: boolean;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => AllianceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id', foreignKeyConstraintName: 'FK_join_requests_alliance' })
  alliance?: Relation<AllianceEntity>;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_join_requests_organisation' })
  organisation?: Relation<OrganisationEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requested_by_user_id', foreignKeyConstraintName: 'FK_join_requests_requested_by' })
  requestedBy?: Relation<UserEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_user_id', foreignKeyConstraintName: 'FK_join_requests_decided_by' })
  decidedBy?: Relation<UserEntity>;
}
