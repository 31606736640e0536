import type { ErrorCode } from '@gemeinwerk/shared';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST, print, type DocumentNode } from 'graphql';
import { currentLanguage } from './i18n';

/** Codes the client adds for failures that never produced a GraphQL error. */
export type ClientErrorCode = 'NETWORK_ERROR';

export interface FieldProblem {
  field: string;
  code: string;
  /** The bound a plausibility rule names, e.g. `{ min: 1 }`. */
  params?: Record<string, string | number>;
}

/**
 * A failed request. `code` is the API's stable `extensions.code` (the UI translates by it);
 * `message` is the server's text in the requested language, used when the UI has none.
 */
export class ApiError extends Error {
  readonly code: ErrorCode | ClientErrorCode;
  readonly fields: FieldProblem[];
  readonly params: Record<string, unknown>;
  readonly status: number | undefined;

  constructor(opts: { code: ErrorCode | ClientErrorCode; message: string; fields?: FieldProblem[]; params?: Record<string, unknown>; status?: number }) {
    super(opts.message);
    this.name = 'ApiError';
    this.code = opts.code;
    this.fields = opts.fields ?? [];
    this.params = opts.params ?? {};
    this.status = opts.status;
  }
}

export function isApiError(error: unknown, code?: ApiError['code']): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

interface GraphQLErrorBody {
  message?: string;
  extensions?: { code?: string; fields?: unknown; params?: unknown };
}

interface GraphQLResponseBody<T> {
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

export interface ClientOptions {
  /** Where the API listens; same origin in the browser. */
  endpoint?: string;
  /** Sent as Accept-Language so that server messages arrive in the UI language. */
  language?: () => string;
}

const printed = new WeakMap<DocumentNode, { query: string; operationName: string | undefined }>();

function printOnce(document: DocumentNode) {
  let entry = printed.get(document);
  if (!entry) {
    entry = { query: print(document), operationName: getOperationAST(document)?.name?.value };
    printed.set(document, entry);
  }
  return entry;
}

function toFields(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (f): f is FieldProblem =>
      typeof f === 'object' && f !== null && typeof (f as FieldProblem).field === 'string' && typeof (f as FieldProblem).code === 'string',
  );
}

function fromGraphQLError(error: GraphQLErrorBody, status: number): ApiError {
  const code = (error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') as ErrorCode;
  const params = typeof error.extensions?.params === 'object' && error.extensions.params !== null ? (error.extensions.params as Record<string, unknown>) : {};
  return new ApiError({ code, message: error.message ?? code, fields: toFields(error.extensions?.fields), params, status });
}

function fromStatus(status: number): ApiError {
  const code: ErrorCode = status === 401 ? 'UNAUTHENTICATED' : status === 429 ? 'TOO_MANY_REQUESTS' : status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
  return new ApiError({ code, message: `HTTP ${status}`, status });
}

/** Makes a typed request function: prints the document, posts it and returns `data` or throws ApiError. */
export function createGraphQLClient(options: ClientOptions = {}) {
  const endpoint = options.endpoint ?? '/graphql';
  return async function request<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
  ): Promise<TResult> {
    const { query, operationName } = printOnce(document);
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    const language = options.language?.();
    if (language) headers['accept-language'] = language;

    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        credentials: 'same-origin',
        headers,
        body: JSON.stringify({ query, operationName, variables: variables ?? {} }),
      });
    } catch (cause) {
      throw new ApiError({ code: 'NETWORK_ERROR', message: cause instanceof Error ? cause.message : 'Network error' });
    }

    let body: GraphQLResponseBody<TResult> | undefined;
    try {
      body = (await response.json()) as GraphQLResponseBody<TResult>;
    } catch {
      body = undefined;
    }
    if (body?.errors?.length) throw fromGraphQLError(body.errors[0], response.status);
    if (!response.ok || !body?.data) throw fromStatus(response.ok ? 500 : response.status);
    return body.data;
  };
}

export type GraphQLRequest = ReturnType<typeof createGraphQLClient>;

/** The app's client: same origin, messages in the current UI language. */
export const request = createGraphQLClient({ language: () => currentLanguage() });
