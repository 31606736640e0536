import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { SessionMode, type SessionModeName } from '../../core/graphql/enums';
import { Trim } from '../../core/graphql/validation';

@ObjectType('Colleague', { description: 'A person who works for an organisation, as its admins see them.' })
export class ColleagueModel {
  @Field(() => ID) userId: string;
  @Field() name: string;
  @Field() email: string;
  @Field({ description: "Holds an admin seat in the organisation's active memberships: may invite, remove and appoint colleagues." }) isAdmin: boolean;
  @Field({ description: 'Works for the organisation since.' }) since: Date;
  @Field({ description: 'The caller.' }) isMe: boolean;
}

@ObjectType('ColleagueInvitation')
export class ColleagueInvitationModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() createdAt: Date;
  @Field() expiresAt: Date;
}

@ObjectType('OrganisationPeople', { description: 'The people of an organisation and its open colleague invitations (its admins only).' })
export class OrganisationPeopleModel {
  @Field(() => ID) organisationId: string;
  @Field() organisationName: string;
  @Field(() => [ColleagueModel]) people: ColleagueModel[];
  @Field(() => [ColleagueInvitationModel]) invitations: ColleagueInvitationModel[];
}

@ObjectType('ColleagueInvitationPreview', { description: 'What the holder of a colleague invitation link sees before accepting.' })
export class ColleagueInvitationPreviewModel {
  @Field() organisationName: string;
  @Field() invitedByName: string;
  @Field({ description: 'The invited address, masked (k…@example.org).' }) emailHint: string;
  @Field({ description: 'An account with this address exists: accept logged in with it.' }) accountExists: boolean;
  @Field() expiresAt: Date;
}

@ObjectType('AcceptColleagueInvitationPayload')
export class AcceptColleagueInvitationPayload {
  @Field(() => ID) organisationId: string;
  @Field(() => [ID], { description: "The alliances where the colleague now holds a seat (the organisation's active memberships)." }) allianceIds: string[];
  @Field(() => String, { nullable: true, description: 'Bearer token when a new account was created in TOKEN mode.' }) token: string | null;
}

@ObjectType('MemberPerson', { description: 'A person with a seat in a membership: names only, never e-mail addresses.' })
export class MemberPersonModel {
  @Field(() => ID) membershipId: string;
  @Field(() => ID) userId: string;
  @Field() name: string;
  @Field() isAdmin: boolean;
  @Field({ description: 'Seat held since.' }) since: Date;
}

@InputType()
export class InviteColleagueInput {
  @Field(() => ID) @IsUUID() organisationId: string;
  @Field() @Trim() @IsEmail() @MaxLength(320) email: string;
  @Field(() => String, {
    nullable: true,
    description:
      "Language of the mail for a person without an account (de or en); default: the inviting person's UI language. An existing account gets its own language.",
  })
  @IsOptional()
  @IsIn(['de', 'en'])
  locale?: string | null;
}

@InputType()
export class RevokeColleagueInvitationInput {
  @Field(() => ID) @IsUUID() organisationId: string;
  @Field(() => ID) @IsUUID() invitationId: string;
}

@InputType()
export class RemoveColleagueInput {
  @Field(() => ID) @IsUUID() organisationId: string;
  @Field(() => ID) @IsUUID() userId: string;
}

@InputType()
export class SetColleagueAdminInput {
  @Field(() => ID) @IsUUID() organisationId: string;
  @Field(() => ID) @IsUUID() userId: string;
  @Field() @IsBoolean() isAdmin: boolean;
}

@InputType()
export class AcceptColleagueInvitationInput {
  @Field() @IsString() @MinLength(10) @MaxLength(200) token: string;
  @Field({ nullable: true, description: 'Name for a new account (when not logged in).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name?: string;
  @Field({ nullable: true, description: 'Password for a new account (at least 10 characters).' })
  @IsOptional()
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password?: string;
  @Field(() => SessionMode, { defaultValue: 'TOKEN' }) mode: SessionModeName;
}
