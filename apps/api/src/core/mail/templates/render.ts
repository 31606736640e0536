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
  /** Notifications (modules/notifications): one template per kind, texts in the `notify*` sections. */
  notifyReportDue: { paragraphs: ['intro'], action: 'action', after: [] },
  notifyReportOverdue: { paragraphs: ['intro'], action: 'action', after: [] },
  notifyValueRejected: { paragraphs: ['intro', 'reason'], action: 'action', after: [] },
  notifyValueApproved: { paragraphs: ['intro'], action: 'action', after: [] },
  notifyActionItemAssigned: { paragraphs: ['intro'], action: 'action', after: [] },
  notifyActionItemDue: { paragraphs: ['intro'], action: 'action', after: [] },
  notifyProposalOpened: { paragraphs: ['intro'], action: 'action', after: [] },
  notifyProposalClosing: { paragraphs: ['intro'], action: 'action', after: [] },
  notifySurveyOpened: { paragraphs: ['intro'], action: 'action', after: [] },
  notifyCommentOnMyEntry: { paragraphs: ['intro'], action: 'action', after: [] },
  notifyJoinRequest: { paragraphs: ['intro', 'message'], action: 'action', after: ['after'] },
  /** Digests: the facts come as `lines` (one list item each). */
  digestWeekly: { paragraphs: ['intro'], action: 'action', after: [] },
  digestMonthly: { paragraphs: ['intro'], action: 'action', after: [] },
  /** A sign-up's e-mail verification link. */
  verifyEmail: { paragraphs: ['intro'], action: 'action', after: ['expiry', 'ignore'] },
  /** Sign-up with an address that has an account already: says so, changes nothing. */
  registrationExists: { paragraphs: ['intro'], action: 'action', after: ['advice', 'ignore'] },
  /** An invitation to a new organisation's contact person. */
  invitation: { paragraphs: ['intro'], action: 'action', after: ['expiry'] },
  /** An invitation to an existing organisation, to its people. */
  invitationToAdmins: { paragraphs: ['intro'], action: 'action', after: ['expiry'] },
  /** To the requester: accepted, with the role. */
  joinRequestAccepted: { paragraphs: ['intro'], action: 'action', after: ['after'] },
  /** To the requester: declined, with the reason. */
  joinRequestDeclined: { paragraphs: ['intro', 'reason'], action: 'action', after: ['after'] },
  /** An organisation admin invites a colleague: a one-time link to join the organisation (issue 11). */
  colleagueInvitation: { paragraphs: ['intro', 'what'], action: 'action', after: ['expiry', 'ignore'] },
  /** Chancenportal (modules/portal): editorial queue, decisions, freshness. */
  notifyOfferSubmitted: { paragraphs: ['intro'], action: 'action', after: [] },
  notifyOfferReturned: { paragraphs: ['intro', 'reason'], action: 'action', after: [] },
  notifyOfferApproved: { paragraphs: ['intro'], action: 'action', after: [] },
  notifyOfferConfirmDue: { paragraphs: ['intro', 'what'], action: 'action', after: ['after'] },
  notifyOfferStale: { paragraphs: ['intro'], action: 'action', after: [] },
  /** Matching (modules/matching): another member asks to get in touch ("Kontakt anbahnen"). */
  notifyContactRequest: { paragraphs: ['intro', 'message'], action: 'action', after: ['after'] },
  /** A visitor of a public Chancenportal asks a provider about an offer (issue 13); the provider's address stays hidden. */
  portalContact: { paragraphs: ['intro', 'message', 'reply'], action: 'action', after: ['after'] },
  /** Co-production: confirm the address given with a report or feedback; later the notice of an answer. */
  participationConfirm: { paragraphs: ['intro', 'use'], action: 'action', after: ['after'] },
  participationAnswered: { paragraphs: ['intro', 'answer'], action: 'action', after: ['after'] },
  /** To the people of the member a report was forwarded to (notification REPORT_FORWARDED). */
  notifyReportForwarded: { paragraphs: ['intro', 'report'], action: 'action', after: ['after'] },
  /** To the people of an offer's provider when feedback on it is approved and public (notification FEEDBACK_PUBLISHED). */
  notifyFeedbackPublished: { paragraphs: ['intro', 'feedback'], action: 'action', after: ['after'] },
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
  /** A list after the paragraphs (a digest's facts), already in the recipient's language. */
  lines?: string[];
  /** A notification's one-click unsubscribe link for its kind, shown in the footer. */
  unsubscribe?: string;
}

export interface RenderedMail {
  locale: MailLocale;
  subject: string;
  text: string;
  html: string;
}

/** A membership role in the recipient's language (for mail parameters). */
export const roleLabel = (role: string, locale: string): string => (TEXTS[mailLocale(locale)].roles as Record<string, string>)[role] ?? role;

/** A date in the recipient's language, e.g. 21.12.2026 / 21 December 2026. */
export const mailDate = (d: Date, locale: string): string =>
  d.toLocaleDateString(mailLocale(locale) === 'en' ? 'en-GB' : 'de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' });

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

  const lines = input.lines ?? [];
  const unsubscribe = input.unsubscribe ? [`${t.layout.unsubscribe} ${input.unsubscribe}`] : [];
  const text = [
    greeting,
    '',
    ...before.flatMap((p) => [p, '']),
    ...(lines.length ? [...lines.map((l) => `- ${l}`), ''] : []),
    `${action}:`,
    input.link,
    '',
    ...after.flatMap((p) => [p, '']),
    '-- ',
    t.layout.footer,
    ...unsubscribe,
    '',
  ].join('\n');

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
${lines.length ? `<ul style="margin:0 0 16px;padding-left:24px">${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>` : ''}
<p style="margin:24px 0"><a href="${link}" style="display:inline-block;padding:12px 20px;background:#1f4e79;color:#ffffff;text-decoration:underline;border-radius:4px;font-weight:bold">${escapeHtml(action)}</a></p>
<p style="margin:0 0 16px;font-size:14px">${escapeHtml(t.layout.linkFallback)}<br><a href="${link}" style="color:#1f4e79;word-break:break-all">${link}</a></p>
${after.map(p).join('\n')}
<hr style="border:none;border-top:1px solid #d0d0cc;margin:24px 0">
<p style="margin:0;font-size:13px;color:#4a4a4a">${escapeHtml(t.layout.footer)}</p>
${input.unsubscribe ? `<p style="margin:8px 0 0;font-size:13px;color:#4a4a4a"><a href="${escapeHtml(input.unsubscribe)}" style="color:#1f4e79">${escapeHtml(t.layout.unsubscribeLink)}</a></p>` : ''}
</div>
</body>
</html>
`;
  return { locale, subject, text, html };
}
