import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';

/** An EntityManager of a request, or a pg client of a queue task: whatever runs the caller's transaction. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { insertMail } from './mail-outbox.repository';
import { renderMail, RenderInput, TemplateName } from './templates/render';

export interface OutgoingMail extends RenderInput {
  /** What the mail is about, e.g. PASSWORD_RESET. */
  kind: string;
  to: string;
  /** The recipient's account, when they have one (their erasure deletes the mail). */
  userId?: string | null;
  template: TemplateName;
  /** One-click unsubscribe address (notifications only): sent as List-Unsubscribe + List-Unsubscribe-Post. */
  listUnsubscribe?: string;
}

/**
 * The one way to send a mail: render it in the recipient's language and add it to the outbox in
 * the caller's transaction. The delivery job is added by the outbox's insert trigger in the same
 * transaction, so a change and its mail commit or roll back together.
 */
@Injectable()
export class MailOutbox {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** A link into the web app, e.g. link('/reset-password', token). */
  link(path: string, ...segments: string[]): string {
    return `${this.config.PUBLIC_URL}${path}${segments.map((s) => `/${encodeURIComponent(s)}`).join('')}`;
  }

  async enqueue(em: Queryable, mail: OutgoingMail): Promise<string> {
    const id = randomUUID();
    const r = renderMail(mail.template, mail);
    await insertMail(em, {
      id,
      kind: mail.kind,
      to: mail.to,
      userId: mail.userId ?? null,
      locale: r.locale,
      subject: r.subject,
      text: r.text,
      html: r.html,
      maxAttempts: this.config.MAIL_MAX_ATTEMPTS,
      listUnsubscribe: mail.listUnsubscribe ?? null,
    });
    return id;
  }
}
