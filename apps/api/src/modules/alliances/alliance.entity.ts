import { ALLIANCE_KINDS, ALLIANCE_LIFECYCLES, AllianceKindName, AllianceLifecycleName } from '@gemeinwerk/shared';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The tenant. Row-level security lets a transaction see only the alliances of its context. */
@Entity('alliances')
@Check('ck_alliances_small_number_threshold', 'small_number_threshold BETWEEN 2 AND 20')
@Index('IDX_alliances_join_link_token', ['joinLinkToken'], { unique: true, where: 'join_link_token IS NOT NULL' })
export class AllianceEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') name: string;
  @Column({ type: 'enum', enum: ALLIANCE_KINDS, enumName: 'alliance_kind', default: 'ALLIANCE' }) kind: AllianceKindName;
  @Column({ type: 'enum', enum: ALLIANCE_LIFECYCLES, enumName: 'alliance_lifecycle', default: 'FORMING' })
  lifecycle: AllianceLifecycleName;
  @Column({ type: 'text', default: '' }) problemStatement: string;
  @Column({ type: 'text', default: '' }) vision: string;
  @Column({ type: 'date', nullable: true }) periodStart: string | null;
  @Column({ type: 'date', nullable: true }) periodEnd: string | null;
  /** Theme colour of the alliance's workspace (#rrggbb). */
  @Column({ type: 'varchar', length: 7, nullable: true }) primaryColor: string | null;
  /** Small logo as a data URL (PNG/SVG/JPEG, ≤ 200 kB). */
  @Column({ type: 'text', nullable: true }) logoDataUrl: string | null;
  /** Whether funders and observers may comment on log entries. */
  @Column({ type: 'boolean', default: false }) guestComments: boolean;
  /** Set by the backbone admin: people with an admin seat here must have a second factor. */
  @Column({ type: 'boolean', default: false }) requireTwoFactorForAdmins: boolean;
  /** The backbone lets organisations find the alliance and ask to join. */
  @Column({ type: 'boolean', default: false }) joinRequestsOpen: boolean;
  /** Secret of the join link (readable on purpose, see migration Onboarding); NULL: no link. */
  @Column({ type: 'varchar', length: 64, nullable: true }) joinLinkToken: string | null;
  /** Small-number protection: counts below it are hidden from funders, observers and the public (modules/disclosure). */
  @Column({ type: 'smallint', default: 5 }) smallNumberThreshold: number;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
