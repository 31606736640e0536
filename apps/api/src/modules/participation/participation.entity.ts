import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AllianceRef, TenantRef } from '../../database/tenant-relations';
import { DistrictEntity } from '../alliances/district.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { MembershipEntity } from '../members/membership.entity';
import { PortalOfferEntity } from '../portal/portal.entity';

export const PARTICIPATION_KINDS = ['REPORT', 'FEEDBACK'] as const;
export const REPORT_CATEGORIES = ['MISSING_OFFER', 'BARRIER', 'SAFETY', 'INFORMATION', 'OTHER'] as const;
export const MODERATION_STATUSES = ['PENDING', 'APPROVED', 'REJECTED', 'MERGED'] as const;
export const REPORT_STATUSES = ['RECEIVED', 'IN_REVIEW', 'FORWARDED', 'RESOLVED', 'DECLINED'] as const;
export type ParticipationKindName = (typeof PARTICIPATION_KINDS)[number];
export type ModerationStatusName = (typeof MODERATION_STATUSES)[number];
export type ReportStatusName = (typeof REPORT_STATUSES)[number];

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * What a citizen sends through the public portal (issue 16): a report of a need or barrier
 * (kind REPORT, with a place and a public status) or feedback on an offer (kind FEEDBACK, with
 * the provider's public answer and a "hat etwas verändert" mark). Nothing is public before
 * `moderation = 'APPROVED'` (the public_read policy of migration Participation). The e-mail is
 * never shown; it is erased after the item is closed plus the retention period. The follow and
 * confirmation tokens are stored as SHA-256 digests.
 */
@Entity('participation_items')
@Check('chk_participation_items_kind', `kind IN (${list(PARTICIPATION_KINDS)})`)
@Check('chk_participation_items_moderation', `moderation IN (${list(MODERATION_STATUSES)})`)
@Check('chk_participation_items_status', `status IS NULL OR status IN (${list(REPORT_STATUSES)})`)
@Check('chk_participation_items_rating', `rating IS NULL OR rating BETWEEN 1 AND 5`)
@Index('ix_participation_items_queue', ['allianceId', 'moderation', 'createdAt'])
@Index('ix_participation_items_offer', ['allianceId', 'offerId'])
@Index('uq_participation_items_follow', ['allianceId', 'followTokenHash'], { unique: true })
export class ParticipationItemEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 10 }) kind: ParticipationKindName;
  /** FEEDBACK: the offer it is about. */
  @Column({ type: 'uuid', nullable: true }) offerId: string | null;
  /** REPORT: category, target group, place. */
  @Column({ type: 'varchar', length: 20, nullable: true }) category: string | null;
  @Column({ type: 'text', nullable: true }) targetGroup: string | null;
  @Column({ type: 'uuid', nullable: true }) districtId: string | null;
  @Column({ type: 'text', nullable: true }) address: string | null;
  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true }) lat: string | null;
  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true }) lng: string | null;
  /** The report's description or the feedback's story (as edited by the moderators). */
  @Column('text') text: string;
  @Column({ type: 'smallint', nullable: true }) rating: number | null;
  @Column({ type: 'text', nullable: true }) authorLabel: string | null;
  @Column({ type: 'varchar', length: 2, default: 'de' }) locale: string;
  @Column({ type: 'varchar', length: 10, default: 'PENDING' }) moderation: ModerationStatusName;
  @Column({ type: 'text', nullable: true }) moderationReason: string | null;
  @Column({ type: 'timestamptz', nullable: true }) approvedAt: Date | null;
  /** REPORT: the public status; null for feedback. */
  @Column({ type: 'varchar', length: 10, nullable: true }) status: ReportStatusName | null;
  @Column({ type: 'text', nullable: true }) statusReason: string | null;
  /** REPORT: the member's public answer; FEEDBACK: the provider's. */
  @Column({ type: 'text', nullable: true }) publicAnswer: string | null;
  @Column({ type: 'text', nullable: true }) answeredByName: string | null;
  @Column({ type: 'timestamptz', nullable: true }) answeredAt: Date | null;
  @Column({ type: 'text', nullable: true }) changedText: string | null;
  @Column({ type: 'timestamptz', nullable: true }) changedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) forwardedMembershipId: string | null;
  @Column({ type: 'text', nullable: true }) forwardNote: string | null;
  @Column({ type: 'timestamptz', nullable: true }) forwardedAt: Date | null;
  /** RESOLVED or DECLINED (reports), REJECTED/MERGED (both): the start of the retention period. */
  @Column({ type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) mergedIntoId: string | null;
  /** Supports carried over from merged duplicates (the item's own are rows of participation_supports). */
  @Column({ type: 'int', default: 0 }) mergedSupports: number;
  @Column({ type: 'int', default: 0 }) abuseReports: number;
  @Column({ type: 'text', nullable: true }) email: string | null;
  @Column({ type: 'timestamptz', nullable: true }) emailConfirmedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) contactErasedAt: Date | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) confirmTokenHash: string | null;
  @Column({ type: 'varchar', length: 64 }) followTokenHash: string;
  @Column({ type: 'bytea', nullable: true }) photo: Buffer | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) photoMime: string | null;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => PortalOfferEntity, 'offer_id') offer?: unknown;
  @TenantRef(() => DistrictEntity, 'district_id', 'RESTRICT') district?: unknown;
  @TenantRef(() => MembershipEntity, 'forwarded_membership_id', 'RESTRICT') forwardedMembership?: unknown;
}

/** The public history of an item's status (received → in review → forwarded → resolved/declined). */
@Entity('participation_history')
@Index('ix_participation_history_item', ['allianceId', 'itemId', 'at'])
export class ParticipationHistoryEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') itemId: string;
  @Column({ type: 'varchar', length: 10 }) status: string;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) at: Date;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => ParticipationItemEntity, 'item_id') item?: unknown;
}

/** "Betrifft mich auch": one row per report and browser (the voter token's SHA-256 digest). */
@Entity('participation_supports')
export class ParticipationSupportEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') itemId: string;
  @PrimaryColumn({ type: 'varchar', length: 64 }) voterHash: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => ParticipationItemEntity, 'item_id') item?: unknown;
}

/** A visitor's report of abuse on a public item (the item goes back to the queue). */
@Entity('participation_abuse')
@Check('chk_participation_abuse_type', `item_type IN ('FEEDBACK', 'REPORT', 'ANSWER')`)
export class ParticipationAbuseEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') itemId: string;
  @Column({ type: 'varchar', length: 10 }) itemType: string;
  @Column('text') reason: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => ParticipationItemEntity, 'item_id') item?: unknown;
}

/**
 * An indicator whose values come from approved participation items instead of members' reports:
 * per period (the indicator's frequency) and district, the count of items of `kind`/`category`
 * created in the period, or — with `withinDays` — of those resolved within that many days.
 */
@Entity('participation_indicator_sources')
@Check('chk_participation_indicator_sources_kind', `kind IN (${list(PARTICIPATION_KINDS)})`)
@Check('chk_participation_indicator_sources_days', `within_days IS NULL OR within_days BETWEEN 1 AND 3650`)
export class ParticipationIndicatorSourceEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') indicatorId: string;
  @Column({ type: 'varchar', length: 10, default: 'REPORT' }) kind: string;
  @Column({ type: 'varchar', length: 20, nullable: true }) category: string | null;
  @Column({ type: 'smallint', nullable: true }) withinDays: number | null;
  @Column({ type: 'int', default: 1 }) version: number;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => IndicatorEntity, 'indicator_id') indicator?: unknown;
}

export const PARTICIPATION_ENTITIES = [
  ParticipationItemEntity,
  ParticipationHistoryEntity,
  ParticipationSupportEntity,
  ParticipationAbuseEntity,
  ParticipationIndicatorSourceEntity,
];
