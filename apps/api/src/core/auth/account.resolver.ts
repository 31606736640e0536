import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UserModel } from '../accounts/accounts.models';
import type { AuthUser, RequestScope } from '../request-context';
import { AccountSessionModel, RevokeMySessionInput, UpdateMyProfileInput } from './account.dto';
import { AuthService } from './auth.service';
import { CurrentUser, Scope } from './decorators';
import { SessionsService } from './sessions.service';

/** The account page: one's own name and sessions. Every operation acts on the caller only. */
@Resolver()
export class AccountResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
  ) {}

  @Query(() => [AccountSessionModel], { description: "The caller's live sessions, the current one marked." })
  mySessions(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser): Promise<AccountSessionModel[]> {
    return this.sessions.listLive(scope.em, user);
  }

  @Mutation(() => Boolean, { description: "Signs one of the caller's own sessions out. Another person's session: NOT_FOUND." })
  revokeMySession(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser, @Args('input') input: RevokeMySessionInput): Promise<boolean> {
    return this.sessions.revokeOwn(scope.em, user, input.sessionId);
  }

  @Mutation(() => Int, { description: 'Signs out every other session of the caller; answers how many ended.' })
  revokeMyOtherSessions(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser): Promise<number> {
    return this.sessions.revokeOthers(scope.em, user);
  }

  @Mutation(() => UserModel, { description: "Changes the caller's display name." })
  updateMyProfile(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser, @Args('input') input: UpdateMyProfileInput): Promise<UserModel> {
    return this.auth.updateName(scope, user, input.name);
  }
}
