import { Args, Field, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { LoginPayload, LOCALES } from '../auth/auth.dto';
import { Public, Scope } from '../auth/decorators';
import { SessionMode, type SessionModeName } from '../graphql/enums';
import { Trim } from '../graphql/validation';
import type { Locale } from '../i18n/messages';
import type { RequestScope } from '../request-context';
import { PlatformSetupService } from './platform-setup.service';

@InputType()
export class CompletePlatformSetupInput {
  @Field({ description: 'The token from the setup link.' }) @IsString() @MinLength(1) @MaxLength(100) token: string;
  @Field() @Trim() @IsString() @MinLength(1) @MaxLength(200) name: string;
  @Field() @Trim() @IsEmail() @MaxLength(320) email: string;
  @Field({ description: 'At least 10 characters.' }) @IsString() @MinLength(10) @MaxLength(200) password: string;
  @Field(() => String, { defaultValue: 'de' }) @IsIn(LOCALES) locale: Locale;
  @Field(() => SessionMode, { defaultValue: 'TOKEN' }) mode: SessionModeName;
}

@Resolver()
export class PlatformSetupResolver {
  constructor(private readonly setup: PlatformSetupService) {}

  @Public()
  @Mutation(() => LoginPayload, { description: 'Creates a platform administrator with a one-time setup link and logs them in.' })
  completePlatformSetup(@Scope() scope: RequestScope, @Args('input') input: CompletePlatformSetupInput): Promise<LoginPayload> {
    return this.setup.complete(scope, input);
  }
}
