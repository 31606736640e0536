import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError } from '../errors';
import type { GqlContext } from '../request-context';
import { IS_PUBLIC } from './auth.constants';

/** Every GraphQL operation needs a live session unless it is marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const { req } = GqlExecutionContext.create(context).getContext<GqlContext>();
    if (!req.auth) throw new DomainError('UNAUTHENTICATED');
    return true;
  }
}
