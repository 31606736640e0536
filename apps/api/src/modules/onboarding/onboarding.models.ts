import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ALLIANCE_KINDS, ORGANISATION_KINDS, type AllianceKindName, type MembershipRoleName, type OrganisationKindName } from '@gemeinwerk/shared';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { LOCALES } from '../../core/auth/auth.dto';
import { AllianceKind, MembershipRole, OrganisationKind } from '../../core/graphql/enums';
import { Trim } from '../../core/graphql/validation';
import type { Locale } from '../../core/i18n/messages';
import { OrganisationModel } from '../../core/accounts/accounts.models';
import { JOIN_REQUEST_STATES, type JoinRequestStateName } from './join-request.entity';

export const JoinRequestState = Object.fromEntries(JOIN_REQUEST_STATES.map((s) => [s, s])) as { [K in JoinRequestStateName]: K };
registerEnumType(JoinRequestState, { name: 'JoinRequestState' });

/** The roles a backbone may give on accepting a request (a second backbone is made by a role change). */
export const JOIN_ROLES = ['PARTNER', 'FUNDER', 'OBSERVER'] as const;

// ── platform administration ──

@ObjectType('PlatformSettings')
export class PlatformSettingsModel {
  @Field({ description: 'Organisations may register themselves (else: by invitation only).' }) registrationOpen: boolean;
  @Field() updatedAt: Date;
}

@InputType()
export class SetRegistrationOpenInput {
  @Field() @IsBoolean() open: boolean;
}

@ArgsType()
export class PlatformOrganisationsArgs {
  @Field({ description: 'Part of the name, at least 2 characters.' }) @Trim() @IsString() @MinLength(2) @MaxLength(100) query: string;
}

@InputType()
export class CreateAllianceForBackboneInput {
  @Field() @Trim() @IsString() @MinLength(2) @MaxLength(200) name: string;
  @Field(() => AllianceKind, { defaultValue: 'ALLIANCE' }) @IsIn(ALLIANCE_KINDS) kind: AllianceKindName;
  @Field(() => ID, { nullable: true, description: 'An organisation on the platform becomes backbone (its people get the invitation)…' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
  @Field({ nullable: true, description: '…or a new one of this name, whose contact person (email) gets it.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  organisationName?: string;
  @Field(() => OrganisationKind, { nullable: true }) @IsOptional() @IsIn(ORGANISATION_KINDS) organisationKind?: OrganisationKindName;
  @Field({ nullable: true, description: "The new organisation's contact person." }) @IsOptional() @Trim() @IsEmail() @MaxLength(320) email?: string;
}

@ObjectType()
export class AllianceForBackboneCreated {
  @Field(() => ID) allianceId: string;
  @Field() allianceName: string;
  @Field() organisationName: string;
  @Field(() => [String], { description: 'Where the invitation went.' }) mailedTo: string[];
  @Field({ description: 'The invitation link, shown once (a fallback when the mail does not arrive).' }) acceptPath: string;
}

// ── sign-up ──

@InputType()
export class RegisterOrganisationInput {
  @Field() @Trim() @IsString() @MinLength(2) @MaxLength(200) organisationName: string;
  @Field(() => OrganisationKind) @IsIn(ORGANISATION_KINDS) organisationKind: OrganisationKindName;
  @Field({ nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(100) city?: string;
  @Field({ description: 'The contact person.' }) @Trim() @IsString() @MinLength(2) @MaxLength(200) name: string;
  @Field() @Trim() @IsEmail() @MaxLength(320) email: string;
  @Field({ description: 'At least 10 characters.' }) @IsString() @MinLength(10) @MaxLength(200) password: string;
  @Field(() => String, { defaultValue: 'de' }) @IsIn(LOCALES) locale: Locale;
}

@InputType()
export class VerifyEmailInput {
  @Field() @IsString() @MinLength(10) @MaxLength(100) token: string;
}

// ── joining ──

@ArgsType()
export class JoinableAlliancesArgs {
  @Field({ defaultValue: '', description: 'Part of the name; empty lists all (at most `first`).' }) @Trim() @IsString() @MaxLength(100) query: string;
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1) @Max(50) first: number;
}

@ObjectType()
export class JoinableAlliance {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'The backbone organisation(s).' }) backboneName: string | null;
  @Field(() => String, { nullable: true, description: "The backbone's city, if known." }) city: string | null;
}

@InputType()
export class RequestToJoinInput {
  @Field(() => ID, { description: 'The alliance asked (found in the directory or through a join link).' }) @IsUUID() targetAllianceId: string;
  @Field({ nullable: true, description: 'The join link token, when asking through a link.' }) @IsOptional() @IsString() @MaxLength(100) joinToken?: string;
  @Field(() => ID, { nullable: true, description: 'The organisation that asks; needed when you work for several.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
  @Field({ defaultValue: '' }) @Trim() @IsString() @MaxLength(2000) message: string;
}

@ObjectType('JoinRequest')
export class JoinRequestModel {
  @Field(() => ID) id: string;
  @Field(() => ID) allianceId: string;
  @Field() allianceName: string;
  @Field(() => OrganisationModel) organisation: OrganisationModel;
  @Field(() => String, { nullable: true, description: 'Who asked (null once that account is gone).' }) requestedByName: string | null;
  @Field() message: string;
  @Field(() => JoinRequestState) state: JoinRequestStateName;
  @Field(() => MembershipRole, { nullable: true, description: 'The role given on accepting.' }) role: MembershipRoleName | null;
  @Field(() => String, { nullable: true }) declineReason: string | null;
  @Field({ description: 'Asked through the join link.' }) viaLink: boolean;
  @Field(() => Int) version: number;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
}

@ArgsType()
export class JoinRequestsArgs {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => JoinRequestState, { nullable: true, description: 'Default: PENDING.' }) @IsOptional() @IsIn(JOIN_REQUEST_STATES) state?: JoinRequestStateName;
}

@InputType()
export class AcceptJoinRequestInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() joinRequestId: string;
  @Field(() => MembershipRole, { description: 'PARTNER, FUNDER or OBSERVER.' }) @IsIn(JOIN_ROLES) role: MembershipRoleName;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@InputType()
export class DeclineJoinRequestInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() joinRequestId: string;
  @Field() @Trim() @IsString() @MinLength(2) @MaxLength(2000) reason: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@ObjectType()
export class JoinSettings {
  @Field({ description: 'The alliance appears in the directory of alliances that take join requests.' }) joinRequestsOpen: boolean;
  @Field(() => String, { nullable: true, description: 'Path of the join link (/join/<token>); null: no link.' }) joinLinkPath: string | null;
}

@InputType()
export class SetJoinRequestsOpenInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field() @IsBoolean() open: boolean;
}

@InputType()
export class JoinLinkInput {
  @Field(() => ID) @IsUUID() allianceId: string;
}
