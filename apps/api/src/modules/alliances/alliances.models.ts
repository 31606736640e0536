import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { AllianceKindName, AllianceLifecycleName, MembershipRoleName } from '@gemeinwerk/shared';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { ALLIANCE_KINDS } from '@gemeinwerk/shared';
import { AllianceKind, AllianceLifecycle, MembershipRole } from '../../core/graphql/enums';
import { OrganisationModel } from '../accounts/accounts.models';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@ObjectType('Alliance')
export class AllianceModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => AllianceKind) kind: AllianceKindName;
  @Field(() => AllianceLifecycle) lifecycle: AllianceLifecycleName;
  @Field() problemStatement: string;
  @Field() vision: string;
  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' }) periodStart: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' }) periodEnd: string | null;
  @Field(() => Int) version: number;
  @Field() createdAt: Date;
  @Field(() => MembershipRole, { description: "The caller's role in this alliance." }) myRole: MembershipRoleName;
  @Field(() => ID, { description: "The caller's organisation's membership." }) myMembershipId: string;
  @Field(() => OrganisationModel, { description: 'The organisation the caller acts for here.' }) myOrganisation: OrganisationModel;
  @Field({ description: "Whether the caller administers their organisation's membership." }) myIsAdmin: boolean;
}

@InputType()
export class CreateAllianceInput {
  @Field() @IsString() @MinLength(2) @MaxLength(200) name: string;
  @Field(() => AllianceKind, { defaultValue: 'ALLIANCE' }) @IsIn(ALLIANCE_KINDS) kind: AllianceKindName;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(10000) problemStatement?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(10000) vision?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(ISO_DATE) periodStart?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(ISO_DATE) periodEnd?: string;
  @Field(() => ID, { nullable: true, description: 'The organisation that becomes backbone; needed when you work for several.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}
