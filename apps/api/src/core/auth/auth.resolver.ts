import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UserModel } from '../../modules/accounts/accounts.models';
import type { AuthUser, RequestScope } from '../request-context';
import { ChangePasswordInput, LoginInput, LoginPayload, UpdateMyLocaleInput } from './auth.dto';
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
