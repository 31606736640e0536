import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UserModel } from '../accounts/accounts.models';
import type { AuthUser, RequestScope } from '../request-context';
import {
  ChangePasswordInput,
  LoginInput,
  LoginPayload,
  LoginWithTwoFactorInput,
  StartTwoFactorInput,
  TwoFactorCodeInput,
  TwoFactorEnrolment,
  TwoFactorRecoveryCodes,
  TwoFactorStatus,
  UpdateMyLocaleInput,
} from './auth.dto';
import { AuthService } from './auth.service';
import { CurrentUser, Public, Scope } from './decorators';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Query(() => UserModel, { description: 'The logged-in user.' })
  me(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser): Promise<UserModel> {
    return this.auth.me(scope, user);
  }

  @Public()
  @Mutation(() => LoginPayload)
  login(@Scope() scope: RequestScope, @Args('input') input: LoginInput): Promise<LoginPayload> {
    return this.auth.login(scope, input.email, input.password, input.mode);
  }

  @Public()
  @Mutation(() => LoginPayload, { description: 'Second step of a login with a second factor: the challenge from login plus a code.' })
  loginWithTwoFactor(@Scope() scope: RequestScope, @Args('input') input: LoginWithTwoFactorInput): Promise<LoginPayload> {
    return this.auth.loginWithTwoFactor(scope, input.challenge, input.code);
  }

  @Query(() => TwoFactorStatus, { description: "The caller's second factor." })
  myTwoFactor(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser): Promise<TwoFactorStatus> {
    return this.auth.twoFactorStatus(scope, user);
  }

  @Mutation(() => TwoFactorEnrolment, { description: 'Starts TOTP enrolment (needs the password); confirmTwoFactor switches it on.' })
  startTwoFactor(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser, @Args('input') input: StartTwoFactorInput): Promise<TwoFactorEnrolment> {
    return this.auth.startTwoFactor(scope, user, input.password);
  }

  @Mutation(() => TwoFactorRecoveryCodes, { description: 'Confirms enrolment with a first code; returns 10 recovery codes, shown once.' })
  confirmTwoFactor(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser, @Args('input') input: TwoFactorCodeInput): Promise<TwoFactorRecoveryCodes> {
    return this.auth.confirmTwoFactor(scope, user, input.code);
  }

  @Mutation(() => Boolean, { description: 'Switches the second factor off; needs a code or a recovery code.' })
  disableTwoFactor(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser, @Args('input') input: TwoFactorCodeInput): Promise<boolean> {
    return this.auth.disableTwoFactor(scope, user, input.code);
  }

  @Mutation(() => Boolean, { description: "Changes the caller's password and ends all their other sessions." })
  changePassword(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    return this.auth.changePassword(scope, user, input.currentPassword, input.newPassword);
  }

  @Mutation(() => UserModel, { description: "Saves the caller's preferred UI language; the web app starts in it." })
  updateMyLocale(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser, @Args('input') input: UpdateMyLocaleInput): Promise<UserModel> {
    return this.auth.updateLocale(scope, user, input.locale);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session on the server.' })
  logout(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser): Promise<boolean> {
    return this.auth.logout(scope, user);
  }
}
