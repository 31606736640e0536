import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import type { AuthUser } from '../request-context';

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
    await em.query(
      `INSERT INTO sessions (id, user_id, token_hash, last_seen_at, expires_at, user_agent, ip)
       VALUES ($1, $2, $3, now(), $4, $5, $6)`,
      [randomUUID(), userId, sha256(token), expiresAt, meta.userAgent?.slice(0, 300) ?? null, meta.ip],
    );
    return { token, expiresAt };
  }

  /** The user behind a token, if the session is live: not revoked, not idle too long, not expired. */
  async resolve(token: string, via: AuthUser['via']): Promise<AuthUser | null> {
    if (!token || token.length > 100) return null;
    const rows: { session_id: string; id: string; email: string; name: string; stale: boolean }[] = await this.db.query(
      `SELECT s.id AS session_id, u.id, u.email, u.name, s.last_seen_at < now() - interval '1 minute' AS stale
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $2) AND u.disabled_at IS NULL`,
      [sha256(token), this.config.SESSION_IDLE_MINUTES],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.stale) await this.db.query(`UPDATE sessions SET last_seen_at = now() WHERE id = $1`, [row.session_id]);
    return { id: row.id, email: row.email, name: row.name, sessionId: row.session_id, via };
  }

  async revoke(em: EntityManager, sessionId: string): Promise<void> {
    await em.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }

  async revokeAllForUser(em: EntityManager, userId: string, exceptSessionId?: string): Promise<void> {
    await em.query(
      `UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $2`,
      [userId, exceptSessionId ?? null],
    );
  }
}
