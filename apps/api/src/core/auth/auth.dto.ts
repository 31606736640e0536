import { Trim } from '../graphql/validation';
import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { MESSAGES, type Locale } from '../i18n/messages';
import { SessionMode, type SessionModeName } from '../graphql/enums';
import { UserModel } from '../../modules/accounts/accounts.models';

@InputType()
export class LoginInput {
  @Field() @Trim() @IsEmail() @MaxLength(320) email: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) password: string;
  @Field(() => SessionMode, { defaultValue: 'TOKEN' }) mode: SessionModeName;
}

@ObjectType()
export class LoginPayload {
  @Field(() => UserModel) user: UserModel;
  @Field(() => String, { nullable: true, description: 'Bearer token (mode TOKEN only).' }) token: string | null;
  @Field() expiresAt: Date;
}

@InputType()
export class ChangePasswordInput {
  @Field() @IsString() @MinLength(1) @MaxLength(200) currentPassword: string;
  @Field({ description: 'At least 10 characters.' }) @IsString() @MinLength(10) @MaxLength(200) newPassword: string;
}

export const LOCALES = Object.keys(MESSAGES) as Locale[];

@InputType()
export class UpdateMyLocaleInput {
  @Field(() => String, { description: `Preferred UI language: ${LOCALES.join(' or ')}.` }) @IsIn(LOCALES) locale: Locale;
}

@InputType()
export class RequestPasswordResetInput {
  @Field() @Trim() @IsEmail() @MaxLength(320) email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the link in the mail.' }) @IsString() @MinLength(1) @MaxLength(100) token: string;
  @Field({ description: 'At least 10 characters.' }) @IsString() @MinLength(10) @MaxLength(200) newPassword: string;
}
