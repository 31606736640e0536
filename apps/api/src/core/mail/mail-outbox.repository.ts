import type { Queryable } from './mail-outbox';

/**
 * Adds a rendered mail to the outbox in the caller's transaction. No RETURNING: the app role may
 * add mails but not read them (see the MailOutbox migration).
 */
export async function insertMail(
  em: Queryable,
  m: {
    id: string;
    kind: string;
    to: string;
    userId: string | null;
    locale: string;
    subject: string;
    text: string;
    html: string;
    maxAttempts: number;
    listUnsubscribe: string | null;
  },
): Promise<void> {
  await em.query(
    `INSERT INTO mail_outbox (id, kind, to_address, user_id, locale, subject, text_body, html_body, max_attempts, list_unsubscribe)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [m.id, m.kind, m.to, m.userId, m.locale, m.subject, m.text, m.html, m.maxAttempts, m.listUnsubscribe],
  );
}
