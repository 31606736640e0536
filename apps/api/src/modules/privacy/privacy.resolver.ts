import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Scope } from '../../core/auth/decorators';
import { GraphQLJSON } from '../../core/graphql/json.scalar';
import type { AuthUser, RequestScope } from '../../core/request-context';
import { EraseMyAccountInput } from './privacy.models';
import { PrivacyService } from './privacy.service';

/** The data subject's rights (GDPR Art. 15/20 and 17) for the logged-in person. */
@Resolver()
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @Query(() => GraphQLJSON, {
    description: 'Everything stored about the caller, as JSON: account, organisations, seats, sessions and what they authored in their alliances.',
  })
  myPersonalData(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser) {
    return this.privacy.export(scope, user);
  }

  @Mutation(() => Boolean, {
    description: 'Erases the caller: pseudonymises the account, ends all sessions and seats; the alliances keep their records under the pseudonym.',
  })
  eraseMyAccount(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser, @Args('input') input: EraseMyAccountInput) {
    return this.privacy.erase(scope, user, input);
  }
}
