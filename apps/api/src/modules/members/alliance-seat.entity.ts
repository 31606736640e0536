import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation, Unique } from 'typeorm';
import { UserEntity } from '../../core/accounts/user.entity';
import { AllianceEntity } from '../alliances/alliance.entity';
import { MembershipEntity } from './membership.entity';

/** A user's seat in their organisation's membership: where a user's rights in an alliance come from. */
@Entity('alliance_seats')
@Unique('uq_alliance_seats_membership_user', ['allianceId', 'membershipId', 'userId'])
@Index('ix_alliance_seats_user', ['userId'])
export class AllianceSeatEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') membershipId: string;
  @Column('uuid') userId: string;
  @Column({ type: 'boolean', default: false }) isAdmin: boolean;
  @Column({ type: 'timestamptz', nullable: true }) leftAt: Date | null;
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

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;
}
