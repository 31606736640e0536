import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';

/**
 * One e-mail, rendered and waiting to be delivered (or delivered, or given up on). Written in the
 * same transaction as the change that causes it; an insert trigger adds the delivery job
 * (graphile-worker) in that transaction too. Platform-wide, not an alliance's row: see the
 * MailOutbox migration for who may read it.
 */
@Entity('mail_outbox')
@Index(['status', 'createdAt'])
export class MailOutboxEntity {
  @PrimaryColumn('uuid') id: string;
  /** What the mail is about (PASSWORD_RESET, …): for the admin's list and for tests. */
  @Column({ type: 'varchar', length: 40 }) kind: string;
  @Column({ type: 'varchar', length: 320 }) toAddress: string;
  /** The recipient when they have an account; their erasure deletes their mails. */
  @Index() @Column({ type: 'uuid', nullable: true }) userId: string | null;
  @Column({ type: 'varchar', length: 5 }) locale: string;
  @Column('text') subject: string;
  @Column('text') textBody: string;
  @Column('text') htmlBody: string;
  /** PENDING → SENT, or DEAD after maxAttempts failed deliveries. */
  @Column({ type: 'varchar', length: 12, default: 'PENDING' }) status: string;
  @Column({ type: 'int', default: 0 }) attempts: number;
  @Column({ type: 'int', default: 8 }) maxAttempts: number;
  @Column({ type: 'text', nullable: true }) lastError: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) sentAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) deadAt: Date | null;
  /** One-click unsubscribe address of a notification mail (List-Unsubscribe, RFC 8058); none for service mails. */
  @Column({ type: 'text', nullable: true }) listUnsubscribe: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;
}
