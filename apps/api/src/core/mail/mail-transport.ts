import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { Transporter } from 'nodemailer';
import type { AppConfig } from '../../config/app-config';

export interface MailMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  locale: string;
  /** RFC 8058 one-click unsubscribe address (notifications only). */
  listUnsubscribe?: string | null;
}

export interface MailTransport {
  /** Throws when the mail could not be handed over; the queue then tries again later. */
  send(mail: MailMessage): Promise<void>;
  readonly description: string;
  close(): void;
}

function message(config: AppConfig, mail: MailMessage) {
  const domain = config.MAIL_FROM.match(/@([^>\s]+)/)?.[1] ?? 'gemeinwerk.localhost';
  return {
    from: config.MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    // Stable per outbox row: should a delivery ever be repeated (crash between the SMTP answer and
    // marking the row sent), the receiving side can recognise the copy.
    messageId: `<${mail.id}@${domain}>`,
    headers: {
      'Content-Language': mail.locale,
      'Auto-Submitted': 'auto-generated',
      // nodemailer writes List-Unsubscribe from `list`; the one-click POST header (RFC 8058) is ours.
      ...(mail.listUnsubscribe ? { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
    },
    ...(mail.listUnsubscribe ? { list: { unsubscribe: mail.listUnsubscribe } } : {}),
  };
}

/** SMTP through nodemailer (SMTP_URL). */
class SmtpTransport implements MailTransport {
  private readonly transporter: Transporter;
  constructor(
    private readonly config: AppConfig,
    url: string,
  ) {
    this.transporter = nodemailer.createTransport(url);
    const u = new URL(url);
    this.description = `SMTP ${u.hostname}:${u.port || (u.protocol === 'smtps:' ? 465 : 587)}`;
  }
  readonly description: string;
  async send(mail: MailMessage): Promise<void> {
    await this.transporter.sendMail(message(this.config, mail));
  }
  close() {
    this.transporter.close();
  }
}

/**
 * Without SMTP: every mail as an .eml file (RFC 822, the same bytes SMTP would carry), so a new
 * installation shows its invitations and reset links on the machine itself. Written to a temporary
 * name and renamed, so a reader never sees half a file.
 */
class EmlFileTransport implements MailTransport {
  private readonly transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  constructor(
    private readonly config: AppConfig,
    readonly dir: string,
  ) {
    this.description = `.eml files in ${dir}`;
  }
  readonly description: string;
  async send(mail: MailMessage): Promise<void> {
    const info = await this.transporter.sendMail(message(this.config, mail));
    await mkdir(this.dir, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.id}.eml`;
    const file = path.join(this.dir, name);
    await writeFile(`${file}.tmp`, info.message as Buffer);
    await rename(`${file}.tmp`, file);
  }
  close() {
    this.transporter.close();
  }
}

export function createMailTransport(config: AppConfig): MailTransport {
  return config.SMTP_URL ? new SmtpTransport(config, config.SMTP_URL) : new EmlFileTransport(config, config.MAIL_DIR);
}
