import { Column, CreateDateColumn, Entity, PrimaryColumn, Unique } from 'typeorm';
import { AllianceRef, GlobalRef, TenantRef } from '../../database/tenant-relations';
import { UserEntity } from '../../core/accounts/user.entity';
import { MembershipEntity } from '../members/membership.entity';

/** One published version of the cooperation agreement (never edited: a change is a new version). */
@Entity('agreement_versions')
@Unique('uq_agreement_versions_number', ['allianceId', 'versionNumber'])
export class AgreementVersionEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('int') versionNumber: number;
  @Column('text') title: string;
  @Column('text') body: string;
  @Column({ type: 'text', default: '' }) conflictProcedure: string;
  @Column('uuid') publishedByUserId: string;
  @CreateDateColumn({ type: 'timestamptz' }) publishedAt: Date;

  @AllianceRef() alliance?: unknown;
  @GlobalRef(() => UserEntity, 'published_by_user_id') publishedBy?: unknown;
}

/** A member organisation's signature under one agreement version. */
@Entity('agreement_signatures')
@Unique('uq_agreement_signatures_member', ['allianceId', 'agreementVersionId', 'membershipId'])
export class AgreementSignatureEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') agreementVersionId: string;
  @Column('uuid') membershipId: string;
  @Column('uuid') signedByUserId: string;
  @CreateDateColumn({ type: 'timestamptz' }) signedAt: Date;

  @AllianceRef() alliance?: unknown;
  @TenantRef(() => AgreementVersionEntity, 'agreement_version_id') agreementVersion?: unknown;
  @TenantRef(() => MembershipEntity, 'membership_id') membership?: unknown;
  @GlobalRef(() => UserEntity, 'signed_by_user_id') signedBy?: unknown;
}
