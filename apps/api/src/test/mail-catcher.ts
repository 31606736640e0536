import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  language: string | undefined;
  parsed: ParsedMail;
}

/**
 * A real SMTP server on loopback (smtp-server) that keeps what arrives, parsed with mailparser.
 * `stop()` and `start()` on the same port simulate an outage of the mail server.
 */
export class MailCatcher {
  readonly mails: CaughtMail[] = [];
  private server?: SMTPServer;
  port = 0;
  /** Answer every RCPT with this SMTP error (a mail server that refuses). */
  refuse?: string;

  async start(port = this.port): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (_address, _session, cb) => (this.refuse ? cb(Object.assign(new Error(this.refuse), { responseCode: 550 })) : cb()),
      onData: (stream, session, cb) => {
        simpleParser(stream)
          .then((parsed) => {
            this.mails.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              from: typeof session.envelope.mailFrom === 'object' && session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              messageId: parsed.messageId ?? '',
              language: parsed.headers.get('content-language') as string | undefined,
              parsed,
            });
            cb();
          })
          .catch(cb);
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  get url() {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  /** Waits until `n` mails to this address have arrived; returns them in order of arrival. */
  async waitForTo(address: string, n = 1, timeoutMs = 30_000): Promise<CaughtMail[]> {
    const until = Date.now() + timeoutMs;
    const mine = () => this.mails.filter((m) => m.to.includes(address));
    while (mine().length < n) {
      if (Date.now() > until) throw new Error(`expected ${n} mails to ${address}, got ${mine().length}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return mine();
  }

  /** Waits until `n` mails (in all) have arrived. */
  async waitFor(n: number, timeoutMs = 30_000): Promise<CaughtMail[]> {
    const until = Date.now() + timeoutMs;
    while (this.mails.length < n) {
      if (Date.now() > until) throw new Error(`expected ${n} mails, got ${this.mails.length}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return this.mails;
  }
}

/** The first link in a mail's text that starts with `prefix`. */
export function linkIn(text: string, prefix: string): string {
  const m = text.match(new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s<>"]+`));
  if (!m) throw new Error(`no link ${prefix}… in: ${text}`);
  return m[0];
}

/** Until the worker has run every queued job (look-ups that only queue in the request, and the mails they add). */
export async function queueDrained(t: { sql(text: string, params?: unknown[]): Promise<any[]> }): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const [r] = await t.sql(`SELECT count(*)::int AS n FROM graphile_worker._private_jobs`);
    if (r.n === 0) return;
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error('jobs still queued');
}
