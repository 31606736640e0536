import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
// The API's own loopback SMTP server for tests (smtp-server + mailparser), so both test suites
// read mails the same way.
import { linkIn, MailCatcher, type CaughtMail } from '../../api/src/test/mail-catcher';

export { linkIn };
export type { CaughtMail };

/**
 * Where the e2e tests read the mails the app sent. One place for "the latest mail to X" and "the
 * link in it", so that later flows (colleague invitations, password reset, rejections) reuse it:
 * - `Mailbox`: a real SMTP server on loopback; start it, hand `url` to the app as SMTP_URL.
 * - `mailsInDir`: the .eml files an app without SMTP_URL writes under DATA_DIR/mail.
 */
export class Mailbox {
  private readonly catcher = new MailCatcher();

  async start(): Promise<this> {
    await this.catcher.start();
    return this;
  }

  get url(): string {
    return this.catcher.url;
  }

  stop(): Promise<void> {
    return this.catcher.stop();
  }

  /** All mails to `address` so far, oldest first. */
  to(address: string): CaughtMail[] {
    return this.catcher.mails.filter((m) => m.to.includes(address.toLowerCase()));
  }

  /** The latest mail to `address` whose subject matches, waiting for it to arrive (up to 30 s). */
  async latestTo(address: string, subject?: RegExp, timeoutMs = 30_000): Promise<CaughtMail> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const found = this.to(address).filter((m) => !subject || subject.test(m.subject));
      if (found.length) return found[found.length - 1]!;
      if (Date.now() > until)
        throw new Error(
          `no mail to ${address}${subject ? ` with subject ${subject}` : ''}; got: ${this.catcher.mails.map((m) => `${m.to} ${m.subject}`).join('; ')}`,
        );
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** The link to `baseUrl + pathPrefix…` in the latest mail to `address` (waiting for it). */
  async linkTo(address: string, baseUrl: string, pathPrefix: string, subject?: RegExp): Promise<string> {
    return linkIn((await this.latestTo(address, subject)).text, `${baseUrl}${pathPrefix}`);
  }
}

/** The mails an app without SMTP_URL wrote to `address` (.eml files in `dir`), oldest first. */
export async function mailsInDir(dir: string, address: string): Promise<ParsedMail[]> {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.eml'))
      .sort();
  } catch {
    return [];
  }
  const parsed = await Promise.all(files.map(async (f) => simpleParser(readFileSync(path.join(dir, f)))));
  return parsed.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((a) => a?.text.includes(address)));
}
