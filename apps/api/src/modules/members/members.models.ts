import { Trim } from '../../core/graphql/validation';
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { MEMBERSHIP_ROLES, ORGANISATION_KINDS, type MembershipRoleName, type MembershipStateName, type OrganisationKindName } from '@gemeinwerk/shared';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { MembershipRole, MembershipState, OrganisationKind, SessionMode, type SessionModeName } from '../../core/graphql/enums';
import { OrganisationModel } from '../accounts/accounts.models';

@ObjectType('Membership')
export class MembershipModel {
  @Field(() => ID) id: string;
  @Field(() => ID) allianceId: string;
  @Field(() => OrganisationModel) organisation: OrganisationModel;
  @Field(() => MembershipRole) role: MembershipRoleName;
  @Field(() => MembershipState) state: MembershipStateName;
  @Field(() => Int) version: number;
  @Field(() => Date, { nullable: true }) joinedAt: Date | null;
  @Field(() => Date, { nullable: true }) leftAt: Date | null;
  @Field(() => Int, { description: 'People of this organisation with a seat in the alliance.' }) seatCount: number;
}

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID) id: string;
  @Field(() => ID) allianceId: string;
  @Field() email: string;
  @Field(() => MembershipRole) role: MembershipRoleName;
  @Field(() => OrganisationModel) organisation: OrganisationModel;
  @Field() createdAt: Date;
  @Field() expiresAt: Date;
}

@ObjectType()
export class InvitationCreated {
  @Field(() => InvitationModel) invitation: InvitationModel;
  @Field({ description: 'Secret to send to the invitee; shown only once.' }) token: string;
  @Field({ description: 'Path of the web page where the invitee accepts.' }) acceptPath: string;
}

@ObjectType()
export class AcceptInvitationPayload {
  @Field(() => ID) allianceId: string;
  @Field(() => MembershipModel) membership: MembershipModel;
  @Field(() => String, { nullable: true, description: 'Bearer token when a new account was created in TOKEN mode.' })
  token: string | null;
}

@InputType()
export class InviteOrganisationInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID, { nullable: true, description: 'An organisation already on the platform…' }) @IsOptional() @IsUUID() organisationId?: string;
  @Field({ nullable: true, description: '…or the name of a new one.' }) @IsOptional() @IsString() @MinLength(2) @MaxLength(200) organisationName?: string;
  @Field(() => OrganisationKind, { nullable: true }) @IsOptional() @IsIn(ORGANISATION_KINDS) organisationKind?: OrganisationKindName;
  @Field(() => MembershipRole) @IsIn(MEMBERSHIP_ROLES) role: MembershipRoleName;
  @Field({ description: 'Contact person who will accept for the organisation.' }) @Trim() @IsEmail() @MaxLength(320) email: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field() @IsString() @MinLength(10) @MaxLength(200) token: string;
  @Field({ nullable: true, description: 'Name for a new account (when not logged in).' }) @IsOptional() @IsString() @MinLength(2) @MaxLength(200) name?: string;
  @Field({ nullable: true, description: 'Password for a new account (at least 10 characters).' }) @IsOptional() @IsString() @MinLength(10) @MaxLength(200) password?: string;
  @Field(() => SessionMode, { defaultValue: 'TOKEN' }) mode: SessionModeName;
}

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() membershipId: string;
  @Field(() => MembershipRole) @IsIn(MEMBERSHIP_ROLES) role: MembershipRoleName;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@InputType()
export class LeaveAllianceInput {
  @Field(() => ID) @IsUUID() allianceId: string;
}

@InputType()
export class RevokeInvitationInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() invitationId: string;
}
