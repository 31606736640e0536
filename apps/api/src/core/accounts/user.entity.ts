import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A person who logs in. Global (not tenant-owned): one account serves many alliances. */
@Entity('users')
export class UserEntity {
  @PrimaryColumn('uuid') id: string;
  /** Stored lower-cased; unique across the platform. */
  @Column({ type: 'varchar', length: 320, unique: true }) email: string;
  @Column('text') name: string;
  @Column('text') passwordHash: string;
  @Column({ type: 'varchar', length: 5, default: 'de' }) locale: string;
  @Column({ type: 'timestamptz', nullable: true }) disabledAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) passwordChangedAt: Date | null;
  /** TOTP secret, AES-256-GCM encrypted (see totp-crypto.ts); set at enrolment, live once confirmed. */
  @Column({ type: 'text', nullable: true }) totpSecret: string | null;
  @Column({ type: 'timestamptz', nullable: true }) totpEnabledAt: Date | null;
  /** The last accepted 30-second step: a code is accepted once (no replay within its window). */
  @Column({ type: 'bigint', nullable: true }) totpLastStep: string | null;
  /** Runs the platform (first-run setup, dead letters); not a right in any alliance. */
  @Column({ type: 'boolean', default: false }) isPlatformAdmin: boolean;
  /** NULL until a self-registered account opens its verification link; it cannot log in before. */
  @Column({ type: 'timestamptz', nullable: true, default: () => 'now()' }) emailVerifiedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
