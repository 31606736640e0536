import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { from, lastValueFrom, Observable } from 'rxjs';
import type { QueryRunner } from 'typeorm';
import { apiTokenMayCall } from '../api-tokens/api-token-surface';
import { DomainError, notFound } from '../errors';
import { annotateRequest } from '../observability/logging';
import { GqlContext, RequestScope, scopeStore } from '../request-context';
import { ALLIANCE_SCOPED, roleMayCall } from './alliance-scoped.decorator';
import { RequestTransactions } from './request-transaction';
import { TenancyService } from './tenancy.service';

function allianceIdArg(args: Record<string, unknown>): unknown {
  if ('allianceId' in args) return args.allianceId;
  const input = args.input as Record<string, unknown> | undefined;
  return input && typeof input === 'object' ? input.allianceId : undefined;
}

/**
 * Runs every top-level GraphQL operation in one database transaction: sets the caller, and
 * for @AllianceScoped operations enters the named alliance (row-level security follows).
 * Commits when the resolver succeeds, rolls back when it throws: all or nothing.
 */
@Injectable()
export class TenancyInterceptor implements NestInterceptor {
  constructor(
    private readonly transactions: RequestTransactions,
    private readonly tenancy: TenancyService,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const parent = gql.getInfo().parentType.name;
    if (parent !== 'Query' && parent !== 'Mutation') return next.handle();
    const scoped = this.reflector.get<true | 'providers' | undefined>(ALLIANCE_SCOPED, context.getHandler());
    return from(this.run(gql.getContext<GqlContext>(), gql.getArgs(), scoped, next, gql.getInfo().fieldName));
  }

  private async run(ctx: GqlContext, args: Record<string, unknown>, scoped: true | 'providers' | undefined, next: CallHandler, operation: string) {
    const user = ctx.req.auth;
    // An API token calls only its role's operations (all alliance-scoped): refused before any work.
    if (user?.apiToken && !(scoped && apiTokenMayCall(user.apiToken.role, operation))) throw new DomainError('API_TOKEN_NOT_ALLOWED', { operation });
    // The first field takes the transaction the auth middleware opened with the session check
    // (BEGIN and app.user_id already sent); further fields of the document open their own.
    const pending = ctx.req.gwTransaction;
    let runner: QueryRunner;
    if (pending && !pending.claimed) {
      pending.claimed = true;
      runner = pending.runner;
    } else {
      runner = await this.transactions.beginAs(user?.id);
    }
    try {
      const scope: RequestScope = {
        em: runner.manager,
        user,
        res: ctx.res,
        meta: { ip: ctx.req.ip ?? null, userAgent: ctx.req.headers['user-agent'] ?? null },
      };
      if (scoped) {
        if (!user) throw new DomainError('UNAUTHENTICATED');
        scope.alliance = user.apiToken
          ? await this.tenancy.enterWithApiToken(runner.manager, allianceIdArg(args), user.id, user.apiToken)
          : await this.tenancy.enter(runner.manager, allianceIdArg(args), user.id);
        // A provider-only membership sees nothing of the workspace: the same answer as no seat.
        if (!roleMayCall(scope.alliance.role, scoped)) throw notFound('Alliance');
        annotateRequest(ctx.req, { allianceId: scope.alliance.allianceId });
      }
      // Top-level query fields resolve concurrently: each gets its own scope via async storage.
      const result = await scopeStore.run(scope, () => lastValueFrom(next.handle(), { defaultValue: undefined }));
      await this.transactions.finish(runner, true);
      return result;
    } catch (e) {
      if (!runner.isReleased) await this.transactions.finish(runner, false);
      throw e;
    }
  }
}
