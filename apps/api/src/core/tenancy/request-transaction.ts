import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource, QueryRunner } from 'typeorm';
import { apiTokenSql } from '../api-tokens/api-token-check.repository';
import { looksLikeApiToken } from '../api-tokens/api-token-credentials';
import { SessionsService } from '../auth/sessions.service';
import type { AuthUser } from '../request-context';
import { userSettingSql } from './tenancy.repository';
import { isUuid } from './tenancy.service';

/** A transaction the auth middleware opened for the request's first GraphQL field to take over. */
export interface PendingTransaction {
  runner: QueryRunner;
  claimed: boolean;
}

interface PgClient {
  query(text: string): Promise<{ rows: Record<string, unknown>[] } | { rows: Record<string, unknown>[] }[]>;
  escapeLiteral(s: string): string;
}

/**
 * Opens the database transaction of a GraphQL operation in ONE round trip: `BEGIN` rides with
 * the first statement in a simple-protocol message (node-postgres would otherwise send it alone),
 * and that statement checks the session and sets `app.user_id` (transaction-local) at once. The
 * values in that message are inlined as escaped literals of checked shape (hex hash, uuid,
 * integer), because the simple protocol has no parameters.
 */
@Injectable()
export class RequestTransactions {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionsService,
  ) {}

  /** BEGIN + session check + `app.user_id`: the caller, or none when the session is not live. */
  async beginWithSession(token: string, via: AuthUser['via']): Promise<{ runner: QueryRunner; user?: AuthUser }> {
    if (via === 'bearer' && looksLikeApiToken(token)) {
      const { runner, rows } = await this.begin((lit) => apiTokenSql(token, lit));
      const r = rows[0] as { alliance_id: string; token_id: string; token_role: 'READ_ONLY' | 'REPORTING'; id: string; name: string } | undefined;
      const user: AuthUser | undefined = r && {
        id: r.id,
        email: '',
        name: r.name,
        sessionId: r.token_id,
        via,
        apiToken: { id: r.token_id, allianceId: r.alliance_id, role: r.token_role },
      };
      return { runner, user };
    }
    const { runner, rows } = await this.begin((lit) => this.sessions.resolveSql(token, lit));
    return { runner, user: rows[0] ? this.sessions.toAuthUser(rows[0], via) : undefined };
  }

  /** BEGIN + `app.user_id` for an already resolved caller (or BEGIN alone for anonymous ones). */
  async beginAs(userId: string | undefined): Promise<QueryRunner> {
    if (userId !== undefined && !isUuid(userId)) throw new Error('user id is not a uuid');
    const { runner } = await this.begin((lit) => (userId ? userSettingSql(userId, lit) : null));
    return runner;
  }

  /** COMMIT (ok) or ROLLBACK, then back to the pool. */
  async finish(runner: QueryRunner, ok: boolean): Promise<void> {
    try {
      if (ok) await runner.commitTransaction();
      else if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    } finally {
      await runner.release();
    }
  }

  /** Keeps an opened transaction for the request's first field; rolls it back if none takes it. */
  park(runner: QueryRunner, res: Response): PendingTransaction {
    const pending: PendingTransaction = { runner, claimed: false };
    res.once('close', () => {
      if (pending.claimed) return;
      pending.claimed = true;
      void this.finish(runner, false).catch(() => undefined);
    });
    return pending;
  }

  private async begin(statement: (lit: (s: string) => string) => string | null): Promise<{ runner: QueryRunner; rows: Record<string, unknown>[] }> {
    const runner = this.db.createQueryRunner();
    let client: PgClient | undefined;
    try {
      const pg = (client = (await runner.connect()) as PgClient);
      const sql = statement((s) => pg.escapeLiteral(s));
      const result = await pg.query(sql ? `BEGIN; ${sql}` : 'BEGIN');
      // TypeORM did not send this BEGIN: tell the runner, so COMMIT/ROLLBACK and nested
      // em.transaction() (savepoints) behave as after runner.startTransaction().
      Object.assign(runner, { isTransactionActive: true, transactionDepth: 1 });
      const last = Array.isArray(result) ? result[result.length - 1] : result;
      return { runner, rows: sql ? last.rows : [] };
    } catch (e) {
      // A failed statement after BEGIN leaves an aborted transaction on the connection.
      if (client) await client.query('ROLLBACK').catch(() => undefined);
      await runner.release();
      throw e;
    }
  }
}
