import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LoggerService } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import pino, { type DestinationStream, type Logger as Pino } from 'pino';
import type { AppConfig } from '../../config/app-config';

/**
 * What a request's log line may say beyond method, path, status and duration: set by the GraphQL
 * plugin (operation) and the tenancy interceptor (alliance). Nothing personal goes here: no
 * e-mail address, name, token, cookie, address or GraphQL variable.
 */
export interface RequestAnnotations {
  operation?: string;
  allianceId?: string;
}

const ANNOTATIONS = Symbol('gwLogAnnotations');
type Annotated = { [ANNOTATIONS]?: RequestAnnotations };

export function annotateRequest(req: object, values: RequestAnnotations): void {
  const r = req as Annotated;
  r[ANNOTATIONS] = { ...r[ANNOTATIONS], ...values };
}

export function requestAnnotations(req: object): RequestAnnotations {
  return (req as Annotated)[ANNOTATIONS] ?? {};
}

/** A caller's (or the load balancer's) id is kept when it is a plain token; else a new UUID. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFor(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

const PINO_LEVEL: Record<AppConfig['LOG_LEVEL'], pino.Level> = { error: 'error', warn: 'warn', log: 'info', debug: 'debug' };

/**
 * The process's one pino logger: JSON lines on stdout, or pino-pretty when LOG_FORMAT=pretty
 * (`pnpm dev` sets it; pino-pretty is a dev dependency and absent from the production image).
 * `destination` lets tests read the lines.
 */
export function createBaseLogger(config: Pick<AppConfig, 'LOG_LEVEL' | 'LOG_FORMAT'>, destination?: DestinationStream): Pino {
  const options: pino.LoggerOptions = {
    level: PINO_LEVEL[config.LOG_LEVEL],
    base: { service: 'gemeinwerk-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Belt and braces: should an object with these keys ever be logged, they are censored.
    redact: { paths: ['*.password', '*.token', '*.email', '*.authorization', '*.cookie', 'req.headers', 'variables', '*.variables'], censor: '[redacted]' },
  };
  if (config.LOG_FORMAT === 'pretty' && !destination) {
    return pino({
      ...options,
      transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' } },
    });
  }
  return destination ? pino(options, destination) : pino(options);
}

/** nestjs-pino: one line per request (id, operation, alliance, status, duration) and Nest's own logs. */
export function loggerModule(base: Pino) {
  return LoggerModule.forRoot({
    pinoHttp: {
      logger: base,
      genReqId: requestIdFor,
      // Probes and scrapes every few seconds would drown the requests that matter.
      autoLogging: { ignore: (req) => /^\/(health|metrics)(\/|$|\?)/.test(urlOf(req) ?? '') },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      customProps: (req) => ({ ...requestAnnotations(req) }),
      customSuccessMessage: (req, res, ms) => `${req.method} ${pathOf(urlOf(req))} ${res.statusCode} ${ms} ms`,
      customErrorMessage: (req, res) => `${req.method} ${pathOf(urlOf(req))} ${res.statusCode}`,
      customAttributeKeys: { responseTime: 'durationMs' },
      serializers: {
        // Method and path only: no headers (cookies, tokens), no query string, no client address.
        req: (req: { id?: unknown; method?: string; url?: string }) => ({ id: req.id, method: req.method, path: pathOf(req.url) }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
    },
  });
}

const pathOf = (url: string | undefined) => (url ?? '').split('?')[0];
/** Nest mounts middleware on a path pattern: Express's `originalUrl` is the full one. */
const urlOf = (req: IncomingMessage) => (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url;

/** Nest's LoggerService over the base logger, for what is logged before the app exists (migrations, boot). */
export function bootLogger(base: Pino): LoggerService {
  const at =
    (level: pino.Level) =>
    (message: unknown, ...rest: unknown[]) => {
      const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
      if (message instanceof Error) base[level]({ context, err: message }, message.message);
      else base[level]({ context }, typeof message === 'string' ? message : JSON.stringify(message));
    };
  return { log: at('info'), error: at('error'), warn: at('warn'), debug: at('debug'), verbose: at('trace'), fatal: at('fatal') };
}
