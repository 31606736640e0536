import type { TemplateName } from '../../core/mail/templates/render';

/**
 * The kinds of notice and what each does by default. Every notice is kept in the notification
 * centre (the bell); e-mail follows the person's choice per kind, and without a choice the
 * default below — what a mature product does: mail what needs the person to act (a deadline, a
 * returned value, a task, a vote, a reply, a join request), keep confirmations (an approved value)
 * in the app only, and send digests to the people they are for (weekly to the backbone, monthly to
 * funders), each with a one-click unsubscribe.
 */
export const NOTIFICATION_KINDS = [
  'REPORT_DUE',
  'REPORT_OVERDUE',
  'VALUE_REJECTED',
  'VALUE_APPROVED',
  'ACTION_ITEM_ASSIGNED',
  'ACTION_ITEM_DUE',
  'PROPOSAL_OPENED',
  'PROPOSAL_CLOSING',
  'COMMENT_ON_MY_ENTRY',
  'JOIN_REQUEST',
  'DIGEST_WEEKLY',
  'DIGEST_MONTHLY',
  'OFFER_SUBMITTED',
  'OFFER_RETURNED',
  'OFFER_APPROVED',
  'OFFER_CONFIRM_DUE',
  'OFFER_STALE',
  'SURVEY_OPENED',
  'CONTACT_REQUEST',
  'REPORT_FORWARDED',
  'FEEDBACK_PUBLISHED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const KIND_RULES: Record<NotificationKind, { emailByDefault: boolean; template: TemplateName }> = {
  REPORT_DUE: { emailByDefault: true, template: 'notifyReportDue' },
  REPORT_OVERDUE: { emailByDefault: true, template: 'notifyReportOverdue' },
  VALUE_REJECTED: { emailByDefault: true, template: 'notifyValueRejected' },
  VALUE_APPROVED: { emailByDefault: false, template: 'notifyValueApproved' },
  ACTION_ITEM_ASSIGNED: { emailByDefault: true, template: 'notifyActionItemAssigned' },
  ACTION_ITEM_DUE: { emailByDefault: true, template: 'notifyActionItemDue' },
  PROPOSAL_OPENED: { emailByDefault: true, template: 'notifyProposalOpened' },
  PROPOSAL_CLOSING: { emailByDefault: true, template: 'notifyProposalClosing' },
  COMMENT_ON_MY_ENTRY: { emailByDefault: true, template: 'notifyCommentOnMyEntry' },
  JOIN_REQUEST: { emailByDefault: true, template: 'notifyJoinRequest' },
  DIGEST_WEEKLY: { emailByDefault: true, template: 'digestWeekly' },
  DIGEST_MONTHLY: { emailByDefault: true, template: 'digestMonthly' },
  // Chancenportal (modules/portal): the editors hear of new entries and stale ones, the provider of decisions and due confirmations.
  OFFER_SUBMITTED: { emailByDefault: true, template: 'notifyOfferSubmitted' },
  OFFER_RETURNED: { emailByDefault: true, template: 'notifyOfferReturned' },
  OFFER_APPROVED: { emailByDefault: true, template: 'notifyOfferApproved' },
  OFFER_CONFIRM_DUE: { emailByDefault: true, template: 'notifyOfferConfirmDue' },
  OFFER_STALE: { emailByDefault: true, template: 'notifyOfferStale' },
  // The network (modules/network): a survey round asks every member to answer.
  SURVEY_OPENED: { emailByDefault: true, template: 'notifySurveyOpened' },
  // Matching (modules/matching): a member asks another to get in touch; the request waits for an answer.
  CONTACT_REQUEST: { emailByDefault: true, template: 'notifyContactRequest' },
  // Co-production (modules/participation): a citizen's report forwarded to a member, for it to act and answer in public.
  REPORT_FORWARDED: { emailByDefault: true, template: 'notifyReportForwarded' },
  // Co-production: a visitor's feedback on a provider's offer was approved and is public, for the provider to answer.
  FEEDBACK_PUBLISHED: { emailByDefault: true, template: 'notifyFeedbackPublished' },
};

export const isNotificationKind = (k: unknown): k is NotificationKind => typeof k === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(k);

/** Days before a reporting deadline for REPORT_DUE, unless the person chose otherwise (1–14). */
export const DEFAULT_REPORT_DUE_DAYS = 3;

/** Paths in the web app the notices link to. */
export const links = {
  reporting: (a: string) => `/a/${a}/reporting`,
  review: (a: string) => `/a/${a}/review`,
  actionItems: (a: string) => `/a/${a}/log/action-items`,
  proposal: (a: string, id: string) => `/a/${a}/log/proposals/${id}`,
  logEntry: (a: string, id: string) => `/a/${a}/log/${id}`,
  members: (a: string) => `/a/${a}/members`,
  dashboard: (a: string) => `/a/${a}/dashboard`,
  portfolio: () => `/portfolio`,
  portalQueue: (a: string) => `/a/${a}/portal/queue`,
  portalFreshness: (a: string) => `/a/${a}/portal/freshness`,
  myOffer: (a: string, id: string) => `/portal/${a}/offers/${id}`,
  confirmOffer: (a: string, id: string) => `/portal/${a}/offers/${id}/confirm`,
  surveyRound: (a: string, id: string) => `/a/${a}/activities/network/surveys/${id}`,
  forwardedReports: (a: string) => `/a/${a}/participation/forwarded`,
  providerFeedback: (a: string) => `/portal/${a}/feedback`,
};

/** Dates in mails: 07.12.2026 / 2026-12-07 would both do; the recipient's habit wins. */
export function formatDay(day: string | Date, locale: string): string {
  const d = typeof day === 'string' ? new Date(`${day.slice(0, 10)}T12:00:00Z`) : day;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Berlin' }).format(
    d,
  );
}
