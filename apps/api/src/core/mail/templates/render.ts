import de from './locales/de.json';
import en from './locales/en.json';

export type MailLocale = 'de' | 'en';
type Texts = typeof de;
const TEXTS: Record<MailLocale, Texts> = { de, en };

/** The mails the platform sends: each names its texts (a section of locales/*.json) and its parts. */
export const TEMPLATES = {
  /** A link to set a new password. */
  passwordReset: { paragraphs: ['intro'], action: 'action', after: ['expiry', 'ignore'] },
  /** To the owner, after repeated failed logins (issue 18): nobody got in, what to do. */
  failedLogins: { paragraphs: ['intro', 'safe'], action: 'action', after: ['advice'] },
  /** An organisation admin invites a colleague: a one-time link to join the organisation (issue 11). */
  colleagueInvitation: { paragraphs: ['intro', 'what'], action: 'action', after: ['expiry', 'ignore'] },
  /** For trying a transport (tests, `MailOutbox` smoke checks). */
  test: { paragraphs: ['intro'], action: 'action', after: [] },
} as const satisfies Record<string, { paragraphs: readonly string[]; action: string; after: readonly string[] }>;

export type TemplateName = keyof typeof TEMPLATES;

export interface RenderInput {
  locale: string;
  /** The recipient's name for the greeting; a neutral greeting without it. */
  name?: string | null;
  /** The one link the mail is about (the button). */
  link: string;
  params?: Record<string, string | number>;
}

export interface RenderedMail {
  locale: MailLocale;
  subject: string;
  text: string;
  html: string;
}

export const mailLocale = (l: string | null | undefined): MailLocale => (l === 'en' ? 'en' : 'de');

const fill = (s: string, params: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * Renders a mail in the recipient's language as plain text and accessible HTML: a `lang`
 * attribute, a real heading, paragraphs, one link with a text that says where it leads (also
 * written out, for clients that block buttons), colours with WCAG AA contrast, no images.
 */
export function renderMail(template: TemplateName, input: RenderInput): RenderedMail {
  const locale = mailLocale(input.locale);
  const t = TEXTS[locale];
  const section = t[template] as Record<string, string>;
  const params = { ...(input.params ?? {}), name: input.name ?? '' };
  const spec = TEMPLATES[template];
  const subject = fill(section.subject, params);
  const greeting = input.name ? fill(t.layout.greeting, params) : t.layout.greetingAnonymous;
  const before = spec.paragraphs.map((k) => fill(section[k], params));
  const after = spec.after.map((k) => fill(section[k], params));
  const action = fill(section[spec.action], params);

  const text = [greeting, '', ...before.flatMap((p) => [p, '']), `${action}:`, input.link, '', ...after.flatMap((p) => [p, '']), '-- ', t.layout.footer, ''].join('\n');

  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s)}</p>`;
  const link = escapeHtml(input.link);
  const html = `<!DOCTYPE html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f4f2;color:#1c1c1c;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
<div role="article" aria-roledescription="email" aria-label="${escapeHtml(subject)}" lang="${locale}" style="max-width:600px;margin:0 auto;padding:24px;background:#ffffff">
<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(subject)}</h1>
${p(greeting)}
${before.map(p).join('\n')}
<p style="margin:24px 0"><a href="${link}" style="display:inline-block;padding:12px 20px;background:#1f4e79;color:#ffffff;text-decoration:underline;border-radius:4px;font-weight:bold">${escapeHtml(action)}</a></p>
<p style="margin:0 0 16px;font-size:14px">${escapeHtml(t.layout.linkFallback)}<br><a href="${link}" style="color:#1f4e79;word-break:break-all">${link}</a></p>
${after.map(p).join('\n')}
<hr style="border:none;border-top:1px solid #d0d0cc;margin:24px 0">
<p style="margin:0;font-size:13px;color:#4a4a4a">${escapeHtml(t.layout.footer)}</p>
</div>
</body>
</html>
`;
  return { locale, subject, text, html };
}
