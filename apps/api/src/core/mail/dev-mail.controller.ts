import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Controller, Get, Header, Inject, NotFoundException, Param } from '@nestjs/common';
import { simpleParser } from 'mailparser';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

const FILE = /^[\w.-]+\.eml$/;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Development only (registered when not in production and without SMTP_URL): the mails the
 * installation wrote as .eml files, newest first, so invitations and reset links can be followed
 * on one's own machine. Not reachable in production: the controller does not exist there.
 */
@Controller('dev/mail')
export class DevMailController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private async files(): Promise<string[]> {
    const names = await readdir(this.config.MAIL_DIR).catch(() => [] as string[]);
    return names
      .filter((n) => FILE.test(n))
      .sort()
      .reverse()
      .slice(0, 200);
  }

  private async parse(name: string) {
    if (!FILE.test(name) || !(await this.files()).includes(name)) throw new NotFoundException();
    return simpleParser(await readFile(path.join(this.config.MAIL_DIR, name)));
  }

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  async list(): Promise<string> {
    const rows = await Promise.all(
      (await this.files()).map(async (name) => {
        const m = await this.parse(name);
        const to = Array.isArray(m.to) ? m.to.map((a) => a.text).join(', ') : (m.to?.text ?? '');
        return `<tr><td>${esc(m.date?.toISOString() ?? '')}</td><td>${esc(to)}</td><td><a href="/dev/mail/${esc(name)}">${esc(m.subject ?? '')}</a></td></tr>`;
      }),
    );
    return page(
      'Mail (development)',
      `<p>Mails written to <code>${esc(this.config.MAIL_DIR)}</code> because <code>SMTP_URL</code> is not set. Newest first.</p>` +
        (rows.length
          ? `<table><caption>${rows.length} mails</caption><thead><tr><th scope="col">Date</th><th scope="col">To</th><th scope="col">Subject</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
          : '<p>No mails yet.</p>'),
    );
  }

  @Get(':name')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  async show(@Param('name') name: string): Promise<string> {
    const m = await this.parse(name);
    const to = Array.isArray(m.to) ? m.to.map((a) => a.text).join(', ') : (m.to?.text ?? '');
    return page(
      m.subject ?? '',
      `<p><a href="/dev/mail">All mails</a> · <a href="/dev/mail/${esc(name)}/html">HTML part</a> · <a href="/dev/mail/${esc(name)}/raw">.eml</a></p>
       <dl><dt>To</dt><dd>${esc(to)}</dd><dt>Date</dt><dd>${esc(m.date?.toISOString() ?? '')}</dd></dl>
       <h2>Text</h2><pre>${esc(m.text ?? '').replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>')}</pre>`,
    );
  }

  @Get(':name/html')
  @Header('content-type', 'text/html; charset=utf-8')
  async html(@Param('name') name: string): Promise<string> {
    const m = await this.parse(name);
    return typeof m.html === 'string' ? m.html : '';
  }

  @Get(':name/raw')
  @Header('content-type', 'message/rfc822')
  async raw(@Param('name') name: string): Promise<Buffer> {
    await this.parse(name);
    return readFile(path.join(this.config.MAIL_DIR, name));
  }
}

const page = (title: string, body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3rem .6rem;text-align:left}pre{white-space:pre-wrap}</style>
</head><body><main><h1>${esc(title)}</h1>${body}</main></body></html>`;
