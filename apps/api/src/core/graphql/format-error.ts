import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError } from '../errors';
import { fieldMessage, Locale, translate } from '../i18n/messages';

const logger = new Logger('GraphQL');

/** Apollo codes for requests that never reached a resolver (syntax, types, unknown fields). */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

function unwrap(error: unknown): unknown {
  let e = error as { originalError?: unknown };
  while (e && e.originalError && e.originalError !== e) e = e.originalError as { originalError?: unknown };
  return e;
}

/**
 * Every error a client sees passes here: domain errors get their stable code and a message in
 * the caller's language; request errors keep graphql-js's precise text behind a translated
 * prefix; everything else is logged and reduced to INTERNAL_SERVER_ERROR, never a stack or SQL.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, locale: Locale): GraphQLFormattedError {
  const original = unwrap(error);
  const path = formatted.path;
  if (original instanceof DomainError) {
    const details = original.fields.map((f) => `${f.field} (${fieldMessage(locale, f)})`).join(', ');
    return {
      message: translate(locale, original.code, { ...original.params, details }),
      path,
      extensions: { code: original.code, params: original.params, fields: original.fields },
    };
  }
  const code = formatted.extensions?.code as string | undefined;
  // graphql-js's own request-level errors (e.g. "Too many errors processing variables") carry no
  // code and no path; they come from the request, not from a resolver.
  const requestLevel = original instanceof GraphQLError && !original.path && !original.originalError && (!code || code === 'INTERNAL_SERVER_ERROR');
  if ((code && REQUEST_CODES.has(code)) || requestLevel) {
    return {
      message: translate(locale, 'BAD_REQUEST', { details: formatted.message }),
      locations: formatted.locations,
      path,
      extensions: { code: code === 'BAD_USER_INPUT' ? 'VALIDATION_FAILED' : 'BAD_REQUEST', reason: requestLevel ? 'GRAPHQL_REQUEST_FAILED' : code },
    };
  }
  if (code === 'TOO_MANY_REQUESTS') {
    const seconds = Number(formatted.extensions?.retryAfterSeconds ?? 60);
    return { message: translate(locale, code, { seconds }), path, extensions: { code, params: { seconds } } };
  }
  if (code === 'UNAUTHENTICATED') return { message: translate(locale, code), path, extensions: { code } };
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return { message: translate(locale, 'INTERNAL_SERVER_ERROR'), path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

export function isGraphQLError(e: unknown): e is GraphQLError {
  return e instanceof GraphQLError;
}
