import { MEMBERSHIP_ROLES, MEMBERSHIP_STATES, MembershipRoleName, MembershipStateName } from '@gemeinwerk/shared';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation, Unique, UpdateDateColumn } from 'typeorm';
import { OrganisationEntity } from '../../core/accounts/organisation.entity';
import { AllianceEntity } from '../alliances/alliance.entity';

/** An organisation in an alliance, with its role and state. */
@Entity('memberships')
@Unique('uq_memberships_alliance_organisation', ['allianceId', 'organisationId'])
export class MembershipEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') organisationId: string;
  @Column({ type: 'enum', enum: MEMBERSHIP_ROLES, enumName: 'membership_role' }) role: MembershipRoleName;
  @Column({ type: 'enum', enum: MEMBERSHIP_STATES, enumName: 'membership_state', default: 'INVITED' })
  state: MembershipStateName;
  @Column({ type: 'int', default: 1 }) version: number;
  @Column({ type: 'timestamptz', nullable: true }) joinedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) leftAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;

  @ManyToOne(() => AllianceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: Relation<AllianceEntity>;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;
}
