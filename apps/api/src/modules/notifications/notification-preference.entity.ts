import { Column, Entity, PrimaryColumn } from 'typeorm';
import { GlobalRef } from '../../database/tenant-relations';
import { UserEntity } from '../../core/accounts/user.entity';

/**
 * A person's choice of e-mail for one kind of notice (in-app notices are always kept). Only the
 * choices that differ from the default are stored. Platform-wide, like `users`: a preference is
 * the person's, not an alliance's, and the transaction that notifies someone (another person's
 * request, or the scheduler) must read it.
 */
@Entity('notification_preferences')
export class NotificationPreferenceEntity {
  @PrimaryColumn('uuid') userId: string;
  @PrimaryColumn({ type: 'varchar', length: 40 }) kind: string;
  @Column('boolean') email: boolean;
  @GlobalRef(() => UserEntity, 'user_id', 'CASCADE') user?: unknown;
}

/**
 * A person's notification settings across alliances: how many days before a reporting deadline
 * to remind them, and their calendar feed's secret (stored as SHA-256; renewing replaces it).
 * Platform-wide for the same reason as the preferences, and because the feed is looked up by its
 * token before anyone is known.
 */
@Entity('notification_settings')
export class NotificationSettingsEntity {
  @PrimaryColumn('uuid') userId: string;
  @Column({ type: 'smallint', default: 3 }) reportDueDays: number;
  @Column({ type: 'character', length: 64, nullable: true, unique: true }) calendarTokenHash: string | null;
  @Column({ type: 'timestamptz', nullable: true }) calendarTokenCreatedAt: Date | null;
  @GlobalRef(() => UserEntity, 'user_id', 'CASCADE') user?: unknown;
}
