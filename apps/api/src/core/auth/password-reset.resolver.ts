import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { requestStore } from '../request-context';
import type { RequestScope } from '../request-context';
import { RequestPasswordResetInput, ResetPasswordInput } from './auth.dto';
import { Public, Scope } from './decorators';
import { PasswordResetService } from './password-reset.service';

@Resolver()
export class PasswordResetResolver {
  constructor(private readonly resets: PasswordResetService) {}

  @Public()
  @Mutation(() => Boolean, {
    description: 'Sends a link to set a new password if an account has this address. Always true: the answer does not tell whether it has.',
  })
  requestPasswordReset(@Scope() scope: RequestScope, @Args('input') input: RequestPasswordResetInput): Promise<boolean> {
    return this.resets.request(scope, input.email, requestStore.getStore()?.locale ?? 'de');
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Sets a new password with the token from the mail (once, within 30 minutes) and ends all sessions of the account.' })
  resetPassword(@Scope() scope: RequestScope, @Args('input') input: ResetPasswordInput): Promise<boolean> {
    return this.resets.reset(scope, input.token, input.newPassword);
  }
}
