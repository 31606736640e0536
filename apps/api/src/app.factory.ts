import { existsSync } from 'node:fs';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import { AppConfig } from './config/app-config';
import { plainHttpWarning } from './core/auth/transport-warning';
import { deriveCursorKey, useCursorKey } from './core/graphql/pagination';
import { SafeTextPipe, validationPipe } from './core/graphql/validation';
import { createBaseLogger } from './core/observability/logging';
import { Metrics } from './core/observability/metrics';
import { Database } from './database/database';
import { webDelivery } from './web/web-delivery';
import { PortalPublicService } from './modules/portal-public/portal-public.service';
import { portalShell } from './modules/portal-public/portal-shell';
import { progressShell } from './modules/progress-public/progress-shell';
import { ProgressPublicService } from './modules/progress-public/progress-public.service';

export interface AppOptions {
  /** Where the JSON log lines go (default stdout); tests read them from here. */
  logDestination?: DestinationStream;
}

/** Builds the HTTP application (used by main.ts and by the integration tests). */
export async function createApp(config: AppConfig, database: Database, options: AppOptions = {}): Promise<NestExpressApplication> {
  const logger = createBaseLogger(config, options.logDestination);
  const metrics = new Metrics(database.dataSource);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database, { logger, metrics }), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(PinoNestLogger));
  // Forwarded headers only from the operator's own proxies: otherwise any client could pick the
  // address that the per-address login limits count (docs/security.md).
  app.set('trust proxy', config.TRUSTED_PROXIES.length ? config.TRUSTED_PROXIES : false);
  // First in the chain: every request is timed, and /metrics answers before sessions or CSRF checks.
  app.use(metrics.httpTimer());
  app.use('/metrics', metrics.endpoint(config.METRICS_TOKEN));
  app.useBodyParser('json', { limit: '1mb' });
  const security = new Logger('Security');
  app.use(plainHttpWarning((m) => security.warn(m)));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );
  app.use(cookieParser());
  if (config.CORS_ORIGINS.length) app.enableCors({ origin: config.CORS_ORIGINS, credentials: true });
  app.useGlobalPipes(new SafeTextPipe(), validationPipe);
  const cursorKey = deriveCursorKey(config.CURSOR_SECRET, database.appUrl, database.ownerUrl);
  if (cursorKey) useCursorKey(cursorKey);
  else new Logger('Pagination').warn('No CURSOR_SECRET and no database password: cursors are signed with a per-process key and do not survive a restart');

  // The built web app is served from the same origin: one port, no CORS, same-site cookies.
  // The public portal's pages get their head (title, description, JSON-LD) from the server first.
  app.use(portalShell(config.WEB_DIST, config.PUBLIC_URL, () => app.get(PortalPublicService)));
  app.use(progressShell(config.WEB_DIST, config.PUBLIC_URL, () => app.get(ProgressPublicService)));
  if (existsSync(path.join(config.WEB_DIST, 'index.html'))) app.use(webDelivery(config.WEB_DIST));
  return app;
}
