import { AsyncLocalStorage } from 'node:async_hooks';
import type { Request, Response } from 'express';
import type { EntityManager } from 'typeorm';
import type { AllianceContext } from './tenancy/alliance-context';
import type { PendingTransaction } from './tenancy/request-transaction';
import type { Locale } from './i18n/messages';

export interface AuthUser {
  id: string;
  email: string;
  name: string;
  sessionId: string;
  via: 'bearer' | 'cookie';
  /** Set when the caller is an integration with an API token (then `id` is the token's service account). */
  apiToken?: { id: string; allianceId: string; role: 'READ_ONLY' | 'REPORTING' };
}

/** What one GraphQL request carries: the HTTP pair, the caller and its transaction scope. */
export interface GqlContext {
  /** `gwTransaction`: opened by the auth middleware together with the session check. */
  req: Request & { auth?: AuthUser; gwTransaction?: PendingTransaction };
  res: Response;
  locale: Locale;
}

/** One resolver call's database transaction, with the caller's identity (if any). */
export interface RequestScope {
  em: EntityManager;
  user?: AuthUser;
  alliance?: AllianceContext;
  meta: { ip: string | null; userAgent: string | null };
  res: Response;
}

/** Per-HTTP-request values that code outside the resolver chain (error formatting) needs. */
export const requestStore = new AsyncLocalStorage<{ locale: Locale }>();

/** The current resolver call's scope; set by the TenancyInterceptor around the resolver. */
export const scopeStore = new AsyncLocalStorage<RequestScope>();
