import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Scope } from '../auth/decorators';
import type { RequestScope } from '../request-context';
import { MailAdminService } from './mail-admin.service';
import { DeadLetterModel, DeadLettersFilter, RequeueDeadLetterInput } from './mail.models';

@Resolver()
export class MailAdminResolver {
  constructor(private readonly service: MailAdminService) {}

  @Query(() => [DeadLetterModel], { description: 'Mails given up on after every delivery attempt, newest first (platform admins only).' })
  mailDeadLetters(@Scope() scope: RequestScope, @Args('filter', { nullable: true }) filter?: DeadLettersFilter): Promise<DeadLetterModel[]> {
    return this.service.deadLetters(scope, filter?.first ?? 50);
  }

  @Mutation(() => Boolean, { description: 'Puts a dead letter back into the delivery queue (platform admins only).' })
  requeueDeadLetter(@Scope() scope: RequestScope, @Args('input') input: RequeueDeadLetterInput): Promise<boolean> {
    return this.service.requeue(scope, input.mailId);
  }
}
