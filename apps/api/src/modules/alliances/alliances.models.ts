import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { AllianceKindName, AllianceLifecycleName, MembershipRoleName } from '@gemeinwerk/shared';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { ALLIANCE_KINDS } from '@gemeinwerk/shared';
import { AllianceKind, AllianceLifecycle, MembershipRole } from '../../core/graphql/enums';
import { OrganisationModel } from '../../core/accounts/accounts.models';
import { IsIsoDate } from './profile.rules';

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
  @Field(() => String, { nullable: true, description: 'Theme colour of the workspace, #rrggbb.' }) primaryColor: string | null;
  @Field(() => String, { nullable: true, description: 'Logo as a data URL (PNG, JPEG or SVG, at most 200 kB).' }) logoDataUrl: string | null;
  @Field({ description: 'Whether funders and observers may comment on log entries.' }) guestComments: boolean;
  @Field({ description: 'People with an admin seat must have a second factor (TOTP) to work in this alliance.' }) requireTwoFactorForAdmins: boolean;
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
  @Field({ nullable: true }) @IsOptional() @IsIsoDate() periodStart?: string;
  @Field({ nullable: true }) @IsOptional() @IsIsoDate() periodEnd?: string;
  @Field(() => ID, { nullable: true, description: 'The organisation that becomes backbone; needed when you work for several.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

/** Present fields change; absent ones stay. `null` clears the optional ones (period, colour, logo). */
@InputType()
export class UpdateAllianceProfileInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => Int) @Min(1) @IsInt() version: number;
  @Field({ nullable: true }) @ValidateIf((o) => o.name !== undefined) @MinLength(2) @MaxLength(200) @IsString() name?: string;
  @Field(() => AllianceKind, { nullable: true }) @ValidateIf((o) => o.kind !== undefined) @IsIn(ALLIANCE_KINDS) kind?: AllianceKindName;
  @Field({ nullable: true }) @ValidateIf((o) => o.problemStatement !== undefined) @MaxLength(10000) @IsString() problemStatement?: string;
  @Field({ nullable: true }) @ValidateIf((o) => o.vision !== undefined) @MaxLength(10000) @IsString() vision?: string;
  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD); null clears it.' }) @IsOptional() @IsIsoDate() periodStart?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD), not before periodStart; null clears it.' })
  @IsOptional()
  @IsIsoDate()
  periodEnd?: string | null;
  @Field(() => String, { nullable: true, description: '#rrggbb; null clears it.' }) @IsOptional() @MaxLength(7) @IsString() primaryColor?: string | null;
  @Field(() => String, { nullable: true, description: 'data:image/png|jpeg|svg+xml URL, at most 200 kB decoded; null removes the logo.' })
  @IsOptional()
  @MaxLength(700_000)
  @IsString()
  logoDataUrl?: string | null;
  @Field({ nullable: true }) @ValidateIf((o) => o.guestComments !== undefined) @IsBoolean() guestComments?: boolean;
  @Field({ nullable: true, description: 'Backbone admins only.' })
  @ValidateIf((o) => o.requireTwoFactorForAdmins !== undefined)
  @IsBoolean()
  requireTwoFactorForAdmins?: boolean;
}
