import { Trim } from '../graphql/validation';
import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { MESSAGES, type Locale } from '../i18n/messages';
import { SessionMode, type SessionModeName } from '../graphql/enums';
import { UserModel } from '../accounts/accounts.models';

@InputType()
export class LoginInput {
  @Field() @Trim() @IsEmail() @MaxLength(320) email: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) password: string;
  @Field(() => SessionMode, { defaultValue: 'TOKEN' }) mode: SessionModeName;
}

@ObjectType()
export class LoginPayload {
  @Field(() => UserModel, { nullable: true, description: 'Null while a second factor is still asked for.' }) user: UserModel | null;
  @Field(() => String, { nullable: true, description: 'Bearer token (mode TOKEN only).' }) token: string | null;
  @Field(() => Date, { nullable: true }) expiresAt: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'Set when the password was right and a second factor is enrolled: pass it with the code to loginWithTwoFactor (valid 5 minutes).',
  })
  twoFactorChallenge?: string | null;
}

@InputType()
export class LoginWithTwoFactorInput {
  @Field() @IsString() @MinLength(1) @MaxLength(100) challenge: string;
  @Field({ description: 'The 6-digit code of the authenticator app, or a recovery code.' }) @IsString() @MinLength(6) @MaxLength(20) code: string;
}

@InputType()
export class StartTwoFactorInput {
  @Field({ description: 'The current password: a stolen session cannot enrol its own factor.' }) @IsString() @MinLength(1) @MaxLength(200) password: string;
}

@InputType()
export class TwoFactorCodeInput {
  @Field({ description: 'A 6-digit code (or, to disable, a recovery code).' }) @IsString() @MinLength(6) @MaxLength(20) code: string;
}

@ObjectType()
export class TwoFactorEnrolment {
  @Field({ description: 'Base32 key for typing into an authenticator app.' }) secret: string;
  @Field() otpauthUri: string;
  @Field({ description: 'The otpauth URI as a QR code (SVG markup).' }) qrSvg: string;
}

@ObjectType()
export class TwoFactorRecoveryCodes {
  @Field(() => [String], { description: 'Shown once; each works once instead of a code.' }) recoveryCodes: string[];
}

@ObjectType()
export class TwoFactorStatus {
  @Field() enabled: boolean;
  @Field(() => Int) recoveryCodesLeft: number;
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
