import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../../core/accounts/user.entity';

/**
 * The platform's own settings: one row (id 1). Platform-wide on purpose — whether organisations
 * may register themselves is decided for the whole installation, before any alliance exists.
 */
@Entity('platform_settings')
@Check('CHK_platform_settings_single_row', '"id" = 1')
export class PlatformSettingsEntity {
  @PrimaryColumn({ type: 'smallint', default: 1, primaryKeyConstraintName: 'PK_platform_settings' }) id: number;
  /** False: organisations come in by invitation only (a fresh install). */
  @Column({ type: 'boolean', default: false }) registrationOpen: boolean;
  @Column({ type: 'uuid', nullable: true }) updatedBy: string | null;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'FK_platform_settings_updated_by' })
  updater?: Relation<UserEntity>;
}
