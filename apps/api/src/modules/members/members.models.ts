import { Trim } from '../../core/graphql/validation';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MEMBERSHIP_ROLES, ORGANISATION_KINDS, type MembershipRoleName, type MembershipStateName, type OrganisationKindName } from '@gemeinwerk/shared';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { MembershipRole, MembershipState, OrganisationKind, SessionMode, type SessionModeName } from '../../core/graphql/enums';
import { OrganisationModel } from '../../core/accounts/accounts.models';

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
  @Field(() => String, {
    nullable: true,
    description: "The contact person of a new organisation; null when the invitation goes to an existing organisation's admins.",
  })
  email: string | null;
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
  @Field(() => [String], { description: 'Addresses the invitation link was mailed to (the contact person, or the people of the invited organisation).' })
  mailedTo: string[];
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
  @Field(() => String, {
    nullable: true,
    description:
      "Contact person who will accept for a NEW organisation (required then). Not allowed for an existing organisation: that invitation goes to the organisation's own admins.",
  })
  @IsOptional()
  @Trim()
  @IsEmail()
  @MaxLength(320)
  email?: string | null;
}

@InputType()
export class AcceptInvitationInput {
  @Field() @IsString() @MinLength(10) @MaxLength(200) token: string;
  @Field({ nullable: true, description: 'Name for a new account (when not logged in).' }) @IsOptional() @IsString() @MinLength(2) @MaxLength(200) name?: string;
  @Field({ nullable: true, description: 'Password for a new account (at least 10 characters).' })
  @IsOptional()
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password?: string;
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

export const ORGANISATION_SEARCH_MAX = 20;

@ArgsType()
export class OrganisationSearchArgs {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field({ description: 'Part of the name, at least 2 characters; case-insensitive.' }) @Trim() @IsString() @MinLength(2) @MaxLength(100) query: string;
  @Field(() => Int, { defaultValue: 10, description: `At most ${ORGANISATION_SEARCH_MAX} matches.` })
  @IsInt()
  @Min(1)
  @Max(ORGANISATION_SEARCH_MAX)
  first: number;
}

@ObjectType({ description: 'A findable organisation on the platform that matches a search; only what avoiding a duplicate and inviting it need.' })
export class OrganisationMatch {
  @Field(() => ID, { description: 'The handle to invite it by.' }) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => MembershipState, { nullable: true, description: 'Its membership in this alliance (INVITED, ACTIVE, LEFT), or null when it never was a member.' })
  membershipState: MembershipStateName | null;
}

export const INVITATION_STATES = ['OPEN', 'ACCEPTED'] as const;
export type InvitationStateName = (typeof INVITATION_STATES)[number];
export const InvitationState = Object.fromEntries(INVITATION_STATES.map((s) => [s, s])) as { [K in InvitationStateName]: K };
registerEnumType(InvitationState, { name: 'InvitationState', description: 'OPEN: can be accepted. ACCEPTED: already accepted.' });

@ObjectType({ description: 'What the holder of an invitation link may see before accepting it, and nothing more.' })
export class InvitationPreview {
  @Field() allianceName: string;
  @Field(() => String, { nullable: true, description: 'The organisation of the person who sent the invitation.' }) invitedByOrganisation: string | null;
  @Field({ description: 'The organisation that is invited.' }) organisationName: string;
  @Field(() => MembershipRole) role: MembershipRoleName;
  @Field(() => String, {
    nullable: true,
    description: "The invited e-mail address, masked (k…@example.org); null when the invitation goes to the organisation's admins.",
  })
  emailHint: string | null;
  @Field({ description: 'True when only an admin of the invited (existing) organisation can accept, logged in.' }) forOrganisationAdmins: boolean;
  @Field() expiresAt: Date;
  @Field(() => InvitationState) state: InvitationStateName;
}

@ObjectType({ description: "An open invitation of an organisation the caller administers: the caller may accept it on the organisation's behalf." })
export class OrganisationInvitation {
  @Field(() => ID) id: string;
  @Field(() => ID) allianceId: string;
  @Field() allianceName: string;
  @Field(() => String, { nullable: true }) invitedByOrganisation: string | null;
  @Field(() => ID) organisationId: string;
  @Field() organisationName: string;
  @Field(() => MembershipRole) role: MembershipRoleName;
  @Field() expiresAt: Date;
}

@InputType()
export class AcceptOrganisationInvitationInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() invitationId: string;
}

@ObjectType({ description: 'An organisation the caller works for, with what its admins may set.' })
export class OrganisationSettings {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field({ description: "Other alliances' backbones may find it by name to invite it." }) findable: boolean;
  @Field({ description: 'The caller administers it (an admin seat in one of its active memberships).' }) canAdminister: boolean;
}

@InputType()
export class SetOrganisationFindableInput {
  @Field(() => ID) @IsUUID() organisationId: string;
  @Field() @IsBoolean() findable: boolean;
}
