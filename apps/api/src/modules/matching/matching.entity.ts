import { RESOURCE_CATEGORIES, RESOURCE_DIRECTIONS, type ResourceCategoryName, type ResourceDirectionName } from '@gemeinwerk/shared';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AllianceRef, TenantRef } from '../../database/tenant-relations';
import { DistrictEntity } from '../alliances/district.entity';
import { LogEntryEntity } from '../communication/log-entry.entity';
import { MembershipEntity } from '../members/membership.entity';
import { PortalOfferEntity } from '../portal/portal.entity';

const inList = (column: string, values: readonly string[]) => `${column} IN (${values.map((v) => `'${v}'`).join(', ')})`;

/**
 * What a member offers or needs, from the shared vocabulary (RESOURCE_CATEGORIES): a category, a
 * field where the category has one (the field of expertise, the language, what data), the
 * district and the target group it is about, and free text. Matching (matching.rules.ts) pairs
 * one member's needs with others' offers.
 */
@Entity('member_resources')
@Index('ix_member_resources_member', ['allianceId', 'membershipId'])
@Index('ix_member_resources_category', ['allianceId', 'category', 'direction'])
@Check('ck_member_resources_direction', inList('direction', RESOURCE_DIRECTIONS))
@Check('ck_member_resources_category', inList('category', RESOURCE_CATEGORIES))
export class MemberResourceEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') membershipId: string;
  @Column({ type: 'varchar', length: 5 }) direction: ResourceDirectionName;
  @Column({ type: 'varchar', length: 12 }) category: ResourceCategoryName;
  @Column({ type: 'text', default: '' }) field: string;
  @Column({ type: 'uuid', nullable: true }) districtId: string | null;
  @Column({ type: 'text', nullable: true }) targetGroup: string | null;
  @Column({ type: 'text', default: '' }) note: string;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => MembershipEntity, 'membership_id', 'CASCADE') membership?: unknown;
  @TenantRef(() => DistrictEntity, 'district_id', 'RESTRICT') district?: unknown;
}

/**
 * "Kontakt anbahnen": a member asks another member, or the provider of a published offer of the
 * alliance's portal, to get in touch. The request is also an entry of the alliance's log.
 */
@Entity('contact_requests')
@Index('ix_contact_requests_from', ['allianceId', 'fromMembershipId', 'createdAt'])
@Check('ck_contact_requests_target', `(to_membership_id IS NULL) <> (offer_id IS NULL)`)
export class ContactRequestEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') fromMembershipId: string;
  @Column({ type: 'uuid', nullable: true }) toMembershipId: string | null;
  @Column({ type: 'uuid', nullable: true }) offerId: string | null;
  @Column({ type: 'text', default: '' }) message: string;
  @Column('uuid') logEntryId: string;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => MembershipEntity, 'from_membership_id', 'RESTRICT') from?: unknown;
  @TenantRef(() => MembershipEntity, 'to_membership_id', 'RESTRICT') to?: unknown;
  @TenantRef(() => PortalOfferEntity, 'offer_id', 'CASCADE') offer?: unknown;
  @TenantRef(() => LogEntryEntity, 'log_entry_id', 'CASCADE') logEntry?: unknown;
}
