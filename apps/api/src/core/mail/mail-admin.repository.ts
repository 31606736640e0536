import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { one, rows } from '../../database/sql';
import { DeadLetterModel } from './mail.models';

/**
 * The platform admin's view of the outbox. Every statement runs as the app role: the outbox's
 * policies let only a platform admin's transaction see or requeue a row (MailOutbox migration).
 */
@Injectable()
export class MailAdminRepository {
  async isPlatformAdmin(em: EntityManager): Promise<boolean> {
    return (await one<{ ok: boolean }>(em, `SELECT gw_is_platform_admin() AS ok`))?.ok === true;
  }

  deadLetters(em: EntityManager, first: number): Promise<DeadLetterModel[]> {
    return rows<DeadLetterModel>(
      em,
      `SELECT id, kind, to_address AS "toAddress", subject, attempts, last_error AS "lastError", created_at AS "createdAt", dead_at AS "deadAt"
         FROM mail_outbox WHERE status = 'DEAD' ORDER BY dead_at DESC, id LIMIT $1`,
      [first],
    );
  }

  /** DEAD → PENDING; the outbox trigger adds a new delivery job with a fresh count of attempts. */
  async requeue(em: EntityManager, id: string): Promise<boolean> {
    const r = await em.queryRunner!.query(`UPDATE mail_outbox SET status = 'PENDING', dead_at = NULL WHERE id = $1 AND status = 'DEAD'`, [id], true);
    return (r.affected ?? 0) > 0;
  }
}
