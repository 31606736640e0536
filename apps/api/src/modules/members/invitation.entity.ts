import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation, Unique } from 'typeorm';
import { GlobalRef } from '../../database/tenant-relations';
import { OrganisationEntity } from '../../core/accounts/organisation.entity';
import { UserEntity } from '../../core/accounts/user.entity';
import { AllianceEntity } from '../alliances/alliance.entity';
import { MembershipEntity } from './membership.entity';

/**
 * An invitation of an organisation; the token is stored hashed. A NEW organisation (created by the
 * invitation) is addressed to one contact person (`email`). An EXISTING organisation is addressed to
 * its own admins (`addressedOrganisationId`, no e-mail): only they can accept, logged in, so nobody
 * can attach a stranger's address to an organisation that already exists.
 */
@Entity('invitations')
@Unique('uq_invitations_token', ['allianceId', 'tokenHash'])
export class InvitationEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') membershipId: string;
  @Column({ type: 'varchar', length: 320, nullable: true }) email: string | null;
  @Column({ type: 'uuid', nullable: true }) addressedOrganisationId: string | null;
  @Column({ type: 'char', length: 64 }) tokenHash: string;
  @Column('uuid') invitedByUserId: string;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) acceptedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) acceptedByUserId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => AllianceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: Relation<AllianceEntity>;

  @ManyToOne(() => MembershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'alliance_id', referencedColumnName: 'allianceId' },
    { name: 'membership_id', referencedColumnName: 'id' },
  ])
  membership?: Relation<MembershipEntity>;

  @GlobalRef(() => OrganisationEntity, 'addressed_organisation_id', 'CASCADE')
  addressedOrganisation?: Relation<OrganisationEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invited_by_user_id' })
  invitedBy?: Relation<UserEntity>;
}
