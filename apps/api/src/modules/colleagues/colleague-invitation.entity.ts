import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { OrganisationEntity } from '../../core/accounts/organisation.entity';
import { UserEntity } from '../../core/accounts/user.entity';

/**
 * An organisation admin invites a colleague by e-mail. Platform-wide (no alliance_id, no row-level
 * security), like `organisations` and `user_organisations`: a person works for an organisation,
 * not for one alliance, and the colleague gets a seat in every active membership of it. Only the
 * SHA-256 of the token is stored; valid once, for 14 days.
 */
@Entity('colleague_invitations')
@Index('ix_colleague_invitations_organisation', ['organisationId'])
export class ColleagueInvitationEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') organisationId: string;
  /** Stored lower-cased. */
  @Column({ type: 'varchar', length: 320 }) email: string;
  /** The language of the mail (the recipient's, when they already have an account). */
  @Column({ type: 'varchar', length: 5, default: 'de' }) locale: string;
  @Column({ type: 'char', length: 64, unique: true }) tokenHash: string;
  @Column('uuid') invitedByUserId: string;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) acceptedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) acceptedByUserId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invited_by_user_id' })
  invitedBy?: Relation<UserEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'accepted_by_user_id' })
  acceptedBy?: Relation<UserEntity>;
}
