import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import type { AuthUser } from '../request-context';

/**
 * CSRF defence for cookie sessions, on top of SameSite=Lax and Apollo's CSRF prevention
 * (which refuses "simple" requests a form could send): a cookie-authenticated request that
 * names a foreign Origin is refused. Bearer-token clients are not exposed to CSRF.
 */
@Injectable()
export class OriginCheckMiddleware implements NestMiddleware {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  use(req: Request & { auth?: AuthUser }, res: Response, next: NextFunction) {
    const origin = req.headers.origin;
    if (req.auth?.via !== 'cookie' || !origin || req.method === 'GET' || req.method === 'HEAD') return next();
    let sameHost = false;
    try {
      sameHost = new URL(origin).host === req.headers.host;
    } catch {
      /* malformed Origin: treat as foreign */
    }
    if (sameHost || this.config.CORS_ORIGINS.includes(origin)) return next();
    res.status(403).json({ errors: [{ message: 'Forbidden origin', extensions: { code: 'FORBIDDEN' } }] });
  }
}
