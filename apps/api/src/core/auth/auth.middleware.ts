import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { AuthUser } from '../request-context';
import { SESSION_COOKIE } from './auth.constants';
import { SessionsService } from './sessions.service';

/** Hydrates `req.auth` from a bearer token (API clients) or the session cookie (browser). */
@Injectable()
export class AuthMiddleware implements NestMiddleware {
  constructor(private readonly sessions: SessionsService) {}

  async use(req: Request & { auth?: AuthUser }, _res: Response, next: NextFunction) {
    try {
      const header = req.headers.authorization;
      if (header?.startsWith('Bearer ')) {
        req.auth = (await this.sessions.resolve(header.slice(7).trim(), 'bearer')) ?? undefined;
      } else {
        const cookie = (req as Request & { cookies?: Record<string, string> }).cookies?.[SESSION_COOKIE];
        if (cookie) req.auth = (await this.sessions.resolve(cookie, 'cookie')) ?? undefined;
      }
      next();
    } catch (e) {
      next(e);
    }
  }
}
