import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { DomainError } from '../errors';
import { fieldMessage, pickLocale, translate } from '../i18n/messages';

/** HTTP status of a domain error on a REST route (GraphQL answers 200 with the code in `extensions`). */
export const HTTP_STATUS: Partial<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  API_TOKEN_NOT_ALLOWED: 403,
  TWO_FACTOR_ENROLMENT_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

/**
 * Domain errors are expected outcomes (wrong password, stale version), not crashes.
 * GraphQL: handed to the error formatter without Nest logging them as unhandled.
 * REST (the public portal, exports, uploads): a translated JSON answer with a 4xx status — also
 * for errors thrown before a handler runs, such as the global text pipe's refusal of a NUL in an
 * address or query (it was a 500 on the portal's routes). Routes with their own answer shape
 * catch their errors themselves or bring their own filter (participation).
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost) {
    if (host.getType() !== 'http') return error;
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return undefined;
    const lang = typeof req.query?.lang === 'string' ? req.query.lang : undefined;
    const locale = lang === 'en' || lang === 'de' ? lang : pickLocale(req.headers['accept-language']);
    const fields = error.fields.map((f) => ({ field: f.field, code: f.code, message: fieldMessage(locale, f) }));
    res.status(HTTP_STATUS[error.code] ?? 400).json({
      errors: [{ message: translate(locale, error.code, error.params), extensions: { code: error.code, ...(fields.length ? { fields } : {}) } }],
    });
    return undefined;
  }
}
