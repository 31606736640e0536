import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A one-time link that creates a platform administrator: printed by the server on an empty
 * installation, or by `pnpm admin:create`. Only the SHA-256 of the token is stored.
 */
@Entity('platform_setup_tokens')
export class PlatformSetupTokenEntity {
  @PrimaryColumn('uuid') id: string;
  @Column({ type: 'char', length: 64, unique: true }) tokenHash: string;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) usedAt: Date | null;
  /** The administrator the link created. */
  @Column({ type: 'uuid', nullable: true }) usedBy: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
