import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { AllianceRef, MembershipRef } from '../../database/tenant-relations';

/**
 * An integration's access to one alliance. The secret is shown once; only its SHA-256 is kept.
 * Each token acts through its own service account (`userId`: a disabled user without password or
 * organisation, named after the token), so what it writes (a submitted value, an audit event)
 * names the token, and the foreign keys to `users` hold as for people.
 */
@Entity('api_tokens')
@Index('ix_api_tokens_hash', ['tokenHash'], { unique: true })
@Check('ck_api_tokens_member', `(role = 'REPORTING') = (membership_id IS NOT NULL)`)
export class ApiTokenEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('text') name: string;
  /** READ_ONLY or REPORTING (for `membershipId`). */
  @Column({ type: 'varchar', length: 20 }) role: string;
  @Column({ type: 'uuid', nullable: true }) membershipId: string | null;
  @Column('uuid') userId: string;
  @Column({ type: 'character', length: 64 }) tokenHash: string;
  /** The first characters of the secret (`gw_` + 6), so people can tell their tokens apart. */
  @Column({ type: 'varchar', length: 16 }) tokenPrefix: string;
  @Column({ type: 'uuid', nullable: true }) createdByUserId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz') expiresAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) lastUsedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) revokedByUserId: string | null;

  @AllianceRef() alliance?: unknown;
  @MembershipRef('membership_id', 'CASCADE') membership?: unknown;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;
}
