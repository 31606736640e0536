import { RELATIONSHIP_KINDS, RelationshipKindName } from '@gemeinwerk/shared';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AllianceRef, TenantRef } from '../../database/tenant-relations';
import { MembershipEntity } from '../members/membership.entity';

/**
 * A relationship one member states with another: what they do together (kind), whether it has a
 * direction (funding flows from one to the other; an exchange of information does not), how
 * strong it is (1 occasional … 3 close), since and until when. The stating member is `from`; the
 * backbone may state one for any two members.
 */
@Entity('relationships')
@Index('ix_relationships_pair', ['allianceId', 'fromMembershipId', 'toMembershipId'])
@Check('ck_relationships_not_self', `from_membership_id <> to_membership_id`)
@Check('ck_relationships_strength', `strength BETWEEN 1 AND 3`)
@Check('ck_relationships_dates', `until IS NULL OR since IS NULL OR until >= since`)
export class RelationshipEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') fromMembershipId: string;
  @Column('uuid') toMembershipId: string;
  @Column({ type: 'enum', enum: RELATIONSHIP_KINDS, enumName: 'relationship_kind' }) kind: RelationshipKindName;
  @Column({ type: 'boolean', default: false }) directed: boolean;
  @Column({ type: 'smallint', default: 2 }) strength: number;
  @Column({ type: 'date', nullable: true }) since: string | null;
  @Column({ type: 'date', nullable: true }) until: string | null;
  @Column({ type: 'text', default: '' }) note: string;
  @Column('uuid') statedByMembershipId: string;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @AllianceRef() alliance?: unknown;
  @TenantRef(() => MembershipEntity, 'from_membership_id', 'RESTRICT') from?: unknown;
  @TenantRef(() => MembershipEntity, 'to_membership_id', 'RESTRICT') to?: unknown;
  @TenantRef(() => MembershipEntity, 'stated_by_membership_id', 'RESTRICT') statedBy?: unknown;
}
