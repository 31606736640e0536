import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation, Unique } from 'typeorm';
import { UserEntity } from '../../core/accounts/user.entity';

/** The link of a sign-up's verification mail: only the SHA-256 of its token is stored; valid once. */
@Entity('email_verification_tokens')
@Unique('UQ_email_verification_tokens_hash', ['tokenHash'])
export class EmailVerificationTokenEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_email_verification_tokens' }) id: string;
  @Index('IDX_email_verification_tokens_user') @Column('uuid') userId: string;
  @Column({ type: 'char', length: 64 }) tokenHash: string;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) usedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_email_verification_tokens_user' })
  user?: Relation<UserEntity>;
}
