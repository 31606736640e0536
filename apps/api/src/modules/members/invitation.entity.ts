import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation, Unique } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { AllianceEntity } from '../alliances/alliance.entity';
import { MembershipEntity } from './membership.entity';

/** An invitation of an organisation, addressed to one contact person; the token is stored hashed. */
@Entity('invitations')
@Unique('uq_invitations_token', ['allianceId', 'tokenHash'])
export class InvitationEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') membershipId: string;
  @Column({ type: 'varchar', length: 320 }) email: string;
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

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invited_by_user_id' })
  invitedBy?: Relation<UserEntity>;
}
