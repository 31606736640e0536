import { OFFER_REVISION_STATES, OFFER_SCHEDULE_KINDS, OFFER_STATUSES } from '@gemeinwerk/shared';
import type { OfferRevisionStateName, OfferScheduleKindName, OfferStatusName } from '@gemeinwerk/shared';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { OrganisationEntity } from '../../core/accounts/organisation.entity';
import { UserEntity } from '../../core/accounts/user.entity';
import { AllianceRef, GlobalRef, TenantRef } from '../../database/tenant-relations';
import { DistrictEntity } from '../alliances/district.entity';
import { MembershipEntity } from '../members/membership.entity';

/**
 * The alliance's Chancenportal: its public name and look, and the freshness rules (months until a
 * provider is asked to confirm an offer, until the editors see it flagged, until it is hidden).
 */
@Entity('portal_settings')
export class PortalSettingsEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @Column({ type: 'boolean', default: false }) enabled: boolean;
  @Column({ type: 'text', default: '' }) name: string;
  @Column({ type: 'text', default: '' }) intro: string;
  /** A small logo as a data URL (PNG/JPEG/WebP, re-encoded without metadata). */
  @Column({ type: 'text', nullable: true }) logoDataUrl: string | null;
  @Column({ type: 'varchar', length: 7, nullable: true }) primaryColor: string | null;
  @Column({ type: 'varchar', length: 7, nullable: true }) accentColor: string | null;
  /** Organisations may register as providers themselves (they get a PROVIDER membership). */
  @Column({ type: 'boolean', default: true }) providerSignupOpen: boolean;
  @Column({ type: 'smallint', default: 6 }) reminderMonths: number;
  @Column({ type: 'smallint', default: 9 }) flagMonths: number;
  @Column({ type: 'smallint', default: 12 }) hideMonths: number;
  @Column({ type: 'int', default: 1 }) version: number;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @AllianceRef() alliance?: unknown;
}

/** Population per district (for the planning view's offers per 1,000 inhabitants). */
@Entity('portal_district_populations')
export class PortalDistrictPopulationEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') districtId: string;
  @Column('int') population: number;
  /** Population per target group where known, e.g. {"Kinder": 1200} (keys are target groups). */
  @Column({ type: 'jsonb', default: () => "'{}'" }) byTargetGroup: Record<string, number>;
  @Column({ type: 'smallint', nullable: true }) year: number | null;
  @Column({ type: 'int', default: 1 }) version: number;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => DistrictEntity, 'district_id') district?: unknown;
}

/**
 * Memberships whose people act as the portal's editors besides the backbone (appointed by the
 * backbone): they see the editorial queue and the freshness view, nothing else changes for them.
 */
@Entity('portal_editors')
export class PortalEditorEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') membershipId: string;
  @CreateDateColumn({ type: 'timestamptz' }) appointedAt: Date;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => MembershipEntity, 'membership_id') membership?: unknown;
}

/**
 * An organisation that offers something in the portal: an alliance member (its membership is
 * BACKBONE/PARTNER/…) or not (a PROVIDER membership), or — imported lists — none at all yet.
 */
@Entity('portal_providers')
@Index('uq_portal_providers_membership', ['allianceId', 'membershipId'], { unique: true, where: 'membership_id IS NOT NULL' })
export class PortalProviderEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column({ type: 'uuid', nullable: true }) membershipId: string | null;
  @Column({ type: 'uuid', nullable: true }) organisationId: string | null;
  @Column('text') name: string;
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ type: 'text', nullable: true }) website: string | null;
  @Column({ type: 'text', nullable: true }) email: string | null;
  @Column({ type: 'text', nullable: true }) phone: string | null;
  @Column({ type: 'text', nullable: true }) address: string | null;
  /** The offer import that created this profile (a name the file gave); its undo removes it again while unused. */
  @Column({ type: 'uuid', nullable: true }) importBatchId: string | null;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => MembershipEntity, 'membership_id', 'RESTRICT') membership?: unknown;
  @GlobalRef(() => OrganisationEntity, 'organisation_id') organisation?: unknown;
}

/**
 * An offer. Its content columns are the PUBLISHED version once `published_at` is set (the public
 * portal reads only rows with status PUBLISHED and no `stale_hidden_at`); before the first approval
 * they hold the submitted content, which nobody outside the provider and the editors sees. A change
 * to a published offer waits as a revision (portal_offer_revisions) while these columns stay public.
 */
@Entity('portal_offers')
@Check('chk_portal_offers_status', `status IN (${OFFER_STATUSES.map((x) => `'${x}'`).join(', ')})`)
@Check('chk_portal_offers_schedule_kind', `schedule_kind IN (${OFFER_SCHEDULE_KINDS.map((x) => `'${x}'`).join(', ')})`)
@Index('ix_portal_offers_provider', ['allianceId', 'providerId'])
@Index('ix_portal_offers_district', ['allianceId', 'districtId'])
@Index('ix_portal_offers_status', ['allianceId', 'status'])
export class PortalOfferEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') providerId: string;
  @Column({ type: 'varchar', length: 12, default: 'IN_REVIEW' }) status: OfferStatusName;
  @Column('text') title: string;
  @Column({ type: 'text', default: '' }) summary: string;
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) categories: string[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) targetGroups: string[];
  @Column({ type: 'smallint', nullable: true }) ageMin: number | null;
  @Column({ type: 'smallint', nullable: true }) ageMax: number | null;
  @Column({ type: 'uuid', nullable: true }) districtId: string | null;
  @Column({ type: 'text', nullable: true }) street: string | null;
  @Column({ type: 'text', nullable: true }) postalCode: string | null;
  @Column({ type: 'text', nullable: true }) city: string | null;
  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true }) latitude: string | null;
  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true }) longitude: string | null;
  @Column({ type: 'varchar', length: 8, default: 'ONGOING' }) scheduleKind: OfferScheduleKindName;
  /** Dates ([{date, from?, to?}]) or weekly slots ([{weekday 1–7, from, to}]), by schedule_kind. */
  @Column({ type: 'jsonb', default: () => "'[]'" }) schedule: unknown[];
  @Column({ type: 'text', default: '' }) scheduleNote: string;
  @Column({ type: 'date', nullable: true }) startDate: string | null;
  @Column({ type: 'date', nullable: true }) endDate: string | null;
  @Column({ type: 'boolean', default: true }) isFree: boolean;
  @Column({ type: 'text', default: '' }) costNote: string;
  @Column({ type: 'boolean', default: false }) stepFree: boolean;
  @Column({ type: 'boolean', default: false }) signLanguage: boolean;
  @Column({ type: 'boolean', default: false }) easyLanguage: boolean;
  /** ISO 639-1 codes. */
  @Column({ type: 'text', array: true, default: () => "'{de}'" }) languages: string[];
  @Column({ type: 'boolean', default: false }) registrationRequired: boolean;
  @Column({ type: 'text', default: '' }) registrationNote: string;
  @Column({ type: 'text', nullable: true }) contactName: string | null;
  @Column({ type: 'text', nullable: true }) contactEmail: string | null;
  @Column({ type: 'text', nullable: true }) contactPhone: string | null;
  /** Images of portal_offer_images, in display order. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) imageIds: string[];
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) goalIds: string[];
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) activityIds: string[];
  @Column({ type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  /** "zuletzt bestätigt am": set by the first approval, every approved change and every confirmation. */
  @Column({ type: 'timestamptz', nullable: true }) confirmedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) confirmRequestedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) staleFlaggedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) staleHiddenAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) createdByUserId: string | null;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => PortalProviderEntity, 'provider_id', 'RESTRICT') provider?: unknown;
  @TenantRef(() => DistrictEntity, 'district_id', 'RESTRICT') district?: unknown;
  @GlobalRef(() => UserEntity, 'created_by_user_id', 'NO ACTION') createdBy?: unknown;
}

/**
 * A submitted version of an offer in the editorial queue: the full content as JSON, the version of
 * the offer it was based on (the diff's left side) and the editor's decision. At most one open
 * (PENDING or RETURNED) revision per offer.
 */
@Entity('portal_offer_revisions')
@Check('chk_portal_offer_revisions_state', `state IN (${OFFER_REVISION_STATES.map((x) => `'${x}'`).join(', ')})`)
@Index('uq_portal_offer_revisions_open', ['allianceId', 'offerId'], { unique: true, where: "state IN ('PENDING', 'RETURNED')" })
@Index('ix_portal_offer_revisions_queue', ['allianceId', 'state', 'submittedAt'])
export class PortalOfferRevisionEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') offerId: string;
  @Column({ type: 'varchar', length: 10, default: 'PENDING' }) state: OfferRevisionStateName;
  @Column('jsonb') content: Record<string, unknown>;
  /** The published content when this was submitted (null for a new offer): the diff's left side. */
  @Column({ type: 'jsonb', nullable: true }) baseContent: Record<string, unknown> | null;
  @Column({ type: 'uuid', nullable: true }) submittedByUserId: string | null;
  @Column({ type: 'timestamptz' }) submittedAt: Date;
  @Column({ type: 'uuid', nullable: true }) decidedByUserId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ type: 'text', nullable: true }) returnReason: string | null;
  @Column({ type: 'int', default: 1 }) version: number;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => PortalOfferEntity, 'offer_id') offer?: unknown;
  @GlobalRef(() => UserEntity, 'submitted_by_user_id', 'NO ACTION') submittedBy?: unknown;
  @GlobalRef(() => UserEntity, 'decided_by_user_id', 'NO ACTION') decidedBy?: unknown;
}

/** An uploaded image of a provider: re-encoded (sharp), metadata stripped, size- and type-checked. */
@Entity('portal_offer_images')
@Index('ix_portal_offer_images_provider', ['allianceId', 'providerId'])
export class PortalOfferImageEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') providerId: string;
  @Column('varchar', { length: 20 }) mimeType: string;
  @Column('int') width: number;
  @Column('int') height: number;
  @Column('int') byteSize: number;
  @Column({ type: 'text', default: '' }) altText: string;
  @Column('bytea') data: Buffer;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => PortalProviderEntity, 'provider_id') provider?: unknown;
}

export const PORTAL_ENTITIES = [
  PortalSettingsEntity,
  PortalDistrictPopulationEntity,
  PortalEditorEntity,
  PortalProviderEntity,
  PortalOfferEntity,
  PortalOfferRevisionEntity,
  PortalOfferImageEntity,
];
