import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';

/** One-time recovery codes for a lost authenticator; only their SHA-256 hash is stored. */
@Entity('totp_recovery_codes')
export class TotpRecoveryCodeEntity {
  @PrimaryColumn('uuid') id: string;
  @Index() @Column('uuid') userId: string;
  @Column({ type: 'char', length: 64 }) codeHash: string;
  @Column({ type: 'timestamptz', nullable: true }) usedAt: Date | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;
}

/**
 * The step between password and code: a short-lived token proves the password was right. It is
 * stored as its hash, counts wrong codes and is deleted on success.
 */
@Entity('login_challenges')
export class LoginChallengeEntity {
  @PrimaryColumn('uuid') id: string;
  @Index() @Column('uuid') userId: string;
  @Column({ type: 'char', length: 64, unique: true }) tokenHash: string;
  @Column({ type: 'varchar', length: 6 }) mode: string;
  @Column({ type: 'int', default: 0 }) attempts: number;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;
}
