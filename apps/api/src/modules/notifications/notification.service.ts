import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { MailOutbox } from '../../core/mail/mail-outbox';
import { mailLocale, MailLocale } from '../../core/mail/templates/render';
import { DATABASE_APP_URL } from '../../database/database';
import { Db } from './db';
import { formatDay, KIND_RULES, NotificationKind } from './notification-kinds';
import { Audience, NotificationsRepository } from './notifications.repository';
import { deriveSecret, signUnsubscribe } from './unsubscribe-token';

export interface Notice {
  allianceId: string;
  to: Audience;
  kind: NotificationKind;
  /** What it is about (for the link and the list): Measurement, ActionItem, Proposal, LogEntry, … */
  subject: { type: string; id: string | null };
  /** Path in the web app, e.g. links.reporting(allianceId). */
  link: string;
  /** Values for the texts. Days (`due`, `closes`) as YYYY-MM-DD or ISO: written in each recipient's format. */
  params?: Record<string, string | number>;
  /** Never the person who caused it (a backbone rejecting its own value hears nothing). */
  exceptUserId?: string;
  /**
   * Who did it, when the text names them ({actor}): the notice stores the id and shows the
   * current name when read, so an erased account's name does not stay in other people's notices.
   */
  actorUserId?: string;
  /** Scheduled notices: the same key for the same person is stored and mailed once. */
  dedupKey?: string;
  /** Digests: the facts, per language. */
  lines?: (locale: MailLocale) => string[];
}

/**
 * The one way to notify people: `notify(db, notice)` inside the transaction of the change (or of
 * the scheduled job). Writes an in-app notice per recipient and, where the person wants e-mail for
 * this kind (their choice, else the kind's default), a mail in their language through the outbox,
 * with a one-click unsubscribe link for this kind. A rolled-back change leaves neither.
 */
@Injectable()
export class NotificationService {
  private readonly unsubscribeKey: Buffer;
  /** Derives the calendar feed's secret address (see CalendarFeedService). */
  readonly calendarKey: Buffer;

  constructor(
    private readonly repo: NotificationsRepository,
    private readonly outbox: MailOutbox,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(DATABASE_APP_URL) appUrl: string,
  ) {
    this.unsubscribeKey = deriveSecret('unsubscribe', config.CURSOR_SECRET, appUrl);
    this.calendarKey = deriveSecret('calendar', config.CURSOR_SECRET, appUrl);
  }

  get signingKey(): Buffer {
    return this.unsubscribeKey;
  }

  unsubscribeLink(userId: string, kind: NotificationKind): string {
    return this.outbox.link('/unsubscribe', signUnsubscribe(this.unsubscribeKey, userId, kind));
  }

  /** Returns how many people got a new notice (0 when all had it already). */
  async notify(db: Db, notice: Notice): Promise<number> {
    const recipients = (await this.repo.recipients(db, notice.allianceId, notice.to)).filter((r) => r.id !== notice.exceptUserId);
    if (!recipients.length) return 0;
    const rule = KIND_RULES[notice.kind];
    const choices = await this.repo.emailChoices(
      db,
      recipients.map((r) => r.id),
      notice.kind,
    );
    const alliance = await this.repo.allianceName(db, notice.allianceId);
    const params: Record<string, string | number> = { ...(notice.params ?? {}), alliance, ...(notice.actorUserId ? { actorUserId: notice.actorUserId } : {}) };
    const actor = notice.actorUserId ? await this.repo.userName(db, notice.actorUserId) : null;
    let added = 0;
    for (const r of recipients) {
      const fresh = await this.repo.insert(db, {
        allianceId: notice.allianceId,
        userId: r.id,
        kind: notice.kind,
        subjectType: notice.subject.type,
        subjectId: notice.subject.id,
        params,
        link: notice.link,
        dedupKey: notice.dedupKey ?? null,
      });
      if (!fresh) continue;
      added++;
      if (!(choices.get(r.id) ?? rule.emailByDefault)) continue;
      const locale = mailLocale(r.locale);
      const unsubscribe = this.unsubscribeLink(r.id, notice.kind);
      await this.outbox.enqueue(db as never, {
        kind: notice.kind,
        template: rule.template,
        to: r.email,
        userId: r.id,
        locale,
        name: r.name,
        link: this.outbox.link(notice.link),
        params: localParams(notice.kind, actor === null ? params : { ...params, actor }, locale),
        lines: notice.lines?.(locale),
        unsubscribe,
        listUnsubscribe: unsubscribe,
      });
    }
    return added;
  }
}

/** Categories of citizens' reports (modules/participation) in mails. */
const REPORT_CATEGORIES = {
  de: { MISSING_OFFER: 'fehlendes Angebot', BARRIER: 'Barriere', SAFETY: 'Sicherheit', INFORMATION: 'fehlende Information', OTHER: 'Sonstiges' },
  en: { MISSING_OFFER: 'missing offer', BARRIER: 'barrier', SAFETY: 'safety', INFORMATION: 'missing information', OTHER: 'other' },
};

/** Dates in the recipient's format and the few phrases that depend on the language. */
export function localParams(kind: NotificationKind, params: Record<string, string | number>, locale: MailLocale): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params };
  for (const k of ['due', 'closes', 'confirmed', 'hideOn']) if (typeof params[k] === 'string' && params[k]) out[k] = formatDay(String(params[k]), locale);
  if (kind === 'ACTION_ITEM_ASSIGNED') out.dueText = params.due ? (locale === 'en' ? `, due on ${out.due}` : `, fällig am ${out.due}`) : '';
  if (kind === 'OFFER_SUBMITTED')
    out.change = params.change === 'new' ? (locale === 'en' ? 'a new offer' : 'ein neues Angebot') : locale === 'en' ? 'a change to an offer' : 'eine Änderung';
  if (kind === 'CONTACT_REQUEST') {
    const offer = params.offer ? String(params.offer) : '';
    out.about = !offer ? '' : locale === 'en' ? ` about your offer “${offer}”` : ` zu Ihrem Angebot „${offer}“`;
  }
  if (kind === 'REPORT_FORWARDED') out.category = (REPORT_CATEGORIES[locale] as Record<string, string>)[String(params.category)] ?? String(params.category);
  if (kind === 'REPORT_FORWARDED') out.noteText = params.note ? (locale === 'en' ? `Note: ${params.note}` : `Hinweis: ${params.note}`) : '';
  if (kind === 'ACTION_ITEM_DUE')
    out.state = params.overdue ? (locale === 'en' ? 'overdue' : 'überfällig') : locale === 'en' ? 'due tomorrow' : 'morgen fällig';
  return out;
}
