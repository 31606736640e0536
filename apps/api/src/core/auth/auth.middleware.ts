import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import type { GqlContext } from '../request-context';
import { RequestTransactions } from '../tenancy/request-transaction';
import { SESSION_COOKIE } from './auth.constants';
import { SessionsService } from './sessions.service';

type AuthRequest = GqlContext['req'] & { cookies?: Record<string, string> };

/**
 * Hydrates `req.auth` from a bearer token (API clients) or the session cookie (browser).
 * For GraphQL it checks the session inside a transaction it opens for the request's first
 * field (BEGIN, session, `app.user_id`: one round trip); the TenancyInterceptor takes it over.
 */
@Injectable()
export class AuthMiddleware implements NestMiddleware {
  constructor(
    private readonly sessions: SessionsService,
    private readonly transactions: RequestTransactions,
  ) {}

  async use(req: AuthRequest, res: Response, next: NextFunction) {
    try {
      const credential = credentialOf(req);
      if (credential && opensTransaction(req) && req.method !== 'OPTIONS') {
        const { runner, user } = await this.transactions.beginWithSession(credential.token, credential.via);
        req.auth = user;
        req.gwTransaction = this.transactions.park(runner, res);
      } else if (credential) {
        req.auth = (await this.sessions.resolve(credential.token, credential.via)) ?? undefined;
      }
      next();
    } catch (e) {
      next(e);
    }
  }
}

/**
 * GraphQL and the REST downloads under /api/ (exports) take the transaction opened here; an API
 * token is recognised only on these paths. Nest mounts this middleware on a path pattern, so
 * `req.path` is relative: use the URL.
 */
function opensTransaction(req: AuthRequest): boolean {
  const path = req.originalUrl.split('?')[0];
  return path === '/graphql' || path.startsWith('/api/');
}

function credentialOf(req: AuthRequest): { token: string; via: 'bearer' | 'cookie' } | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return { token: header.slice(7).trim(), via: 'bearer' };
  const cookie = req.cookies?.[SESSION_COOKIE];
  return cookie ? { token: cookie, via: 'cookie' } : undefined;
}
