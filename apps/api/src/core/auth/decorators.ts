import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { IS_PUBLIC } from './auth.constants';
import { DomainError } from '../errors';
import { AuthUser, RequestScope, scopeStore } from '../request-context';

/** Marks an operation that needs no login (login itself, accepting an invitation). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const scopeOf = (_ctx?: ExecutionContext): RequestScope => {
  const scope = scopeStore.getStore();
  if (!scope) throw new Error('No request scope: is the TenancyInterceptor registered?');
  return scope;
};

/** The logged-in user; the AuthGuard has already refused anonymous callers. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const user = scopeOf(ctx).user;
  if (!user) throw new DomainError('UNAUTHENTICATED');
  return user;
});

/** The resolver call's transaction scope (its EntityManager, user and request metadata). */
export const Scope = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestScope => scopeOf(ctx));
