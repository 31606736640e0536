import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { notFound } from '../errors';
import type { AuthUser } from '../request-context';
import type { AccountSessionModel } from './account.dto';
import {
  insertSession,
  liveSessions,
  revokeOtherSessions,
  revokeSession,
  revokeSessionOfUser,
  revokeSessionsOfUser,
  sessionCheckSql,
} from './sessions.repository';

interface SessionRow {
  session_id: string;
  id: string;
  email: string;
  name: string;
}

export const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** Server-side sessions: a random token for the client, its hash in the database. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(em: EntityManager, userId: string, meta: { ip: string | null; userAgent: string | null }): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.SESSION_ABSOLUTE_HOURS * 3600_000);
    await insertSession(em, { id: randomUUID(), userId, tokenHash: sha256(token), expiresAt, userAgent: meta.userAgent?.slice(0, 300) ?? null, ip: meta.ip });
    return { token, expiresAt };
  }

  /**
   * The user behind a token, if the session is live: not revoked, not idle too long, not
   * expired, user not disabled. On its own connection and transaction; GraphQL requests use
   * resolveSql() inside their own transaction instead (RequestTransactions).
   */
  async resolve(token: string, via: AuthUser['via']): Promise<AuthUser | null> {
    const sql = this.resolveSql(token, (s) => `'${s}'`);
    if (!sql) return null;
    const rows: Record<string, unknown>[] = await this.db.query(sql);
    return rows[0] ? this.toAuthUser(rows[0], via) : null;
  }

  /**
   * The statement that checks a session and sets `app.user_id` (sessionCheckSql); null for a
   * token that cannot be one. `lit` quotes a literal.
   */
  resolveSql(token: string, lit: (s: string) => string): string | null {
    if (!token || token.length > 100) return null;
    const hash = sha256(token);
    const idle = this.config.SESSION_IDLE_MINUTES;
    if (!/^[0-9a-f]{64}$/.test(hash) || !Number.isInteger(idle)) return null;
    return sessionCheckSql(hash, idle, lit);
  }

  toAuthUser(row: Record<string, unknown>, via: AuthUser['via']): AuthUser {
    const r = row as unknown as SessionRow;
    return { id: r.id, email: r.email, name: r.name, sessionId: r.session_id, via };
  }

  async revoke(em: EntityManager, sessionId: string): Promise<void> {
    await revokeSession(em, sessionId);
  }

  async revokeAllForUser(em: EntityManager, userId: string, exceptSessionId?: string): Promise<void> {
    await revokeSessionsOfUser(em, userId, exceptSessionId ?? null);
  }

  /** The user's live sessions (as resolve() counts them live), newest activity first. */
  async listLive(em: EntityManager, user: AuthUser): Promise<AccountSessionModel[]> {
    return liveSessions(em, user.id, user.sessionId, this.config.SESSION_IDLE_MINUTES);
  }

  /** Ends one of the user's own sessions; another user's id is NOT_FOUND (and nothing changes). */
  async revokeOwn(em: EntityManager, user: AuthUser, sessionId: string): Promise<boolean> {
    if (!(await revokeSessionOfUser(em, sessionId, user.id))) throw notFound('Session');
    return true;
  }

  /** "Sign out everywhere else". */
  async revokeOthers(em: EntityManager, user: AuthUser): Promise<number> {
    return revokeOtherSessions(em, user.id, user.sessionId);
  }
}
