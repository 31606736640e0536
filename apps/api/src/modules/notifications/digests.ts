import type { EntityManager } from 'typeorm';
import type { MailLocale } from '../../core/mail/templates/render';
import { newEntries, openPeriods, overdueMembers, type PeriodCompleteness } from './digests.repository';
import { links } from './notification-kinds';
import type { NotificationService } from './notification.service';

const T = {
  de: {
    period: (p: PeriodCompleteness) =>
      `Zeitraum ${p.periodKey}: ${p.approved} von ${p.expected} Berichten bestätigt, ${p.submitted - p.approved} warten auf Prüfung`,
    overdue: (names: string[]) => `Frist überschritten: ${names.join(', ')}`,
    submitted: (n: number) => `Neu eingereichte Werte: ${n}`,
    approved: (n: number) => `Bestätigte Werte: ${n}`,
    logEntries: (n: number) => `Neue Einträge im Austausch: ${n}`,
    decisions: (n: number) => `Beschlüsse: ${n}`,
    activities: (n: number) => `Neue Aktivitäten: ${n}`,
  },
  en: {
    period: (p: PeriodCompleteness) => `Period ${p.periodKey}: ${p.approved} of ${p.expected} reports approved, ${p.submitted - p.approved} awaiting review`,
    overdue: (names: string[]) => `Past the deadline: ${names.join(', ')}`,
    submitted: (n: number) => `Values submitted: ${n}`,
    approved: (n: number) => `Values approved: ${n}`,
    logEntries: (n: number) => `New log entries: ${n}`,
    decisions: (n: number) => `Decisions: ${n}`,
    activities: (n: number) => `New activities: ${n}`,
  },
} satisfies Record<MailLocale, unknown>;

/**
 * The backbone's weekly digest: completeness of the open periods, members past a deadline, and
 * what was added in the last seven days. Nothing to say — no incomplete open period, nobody
 * overdue, nothing new — means no digest.
 */
export async function weeklyDigest(em: EntityManager, notifications: NotificationService, allianceId: string, now: Date, today: string): Promise<number> {
  const periods = (await openPeriods(em, allianceId)).filter((p) => p.approved < p.expected);
  const overdue = await overdueMembers(em, allianceId, today);
  const n = await newEntries(em, allianceId, new Date(now.getTime() - 7 * 86_400_000), now);
  if (!periods.length && !overdue.length && !n.submitted && !n.approved && !n.logEntries && !n.activities) return 0;
  const lines = (l: MailLocale) => [
    ...periods.map(T[l].period),
    ...(overdue.length ? [T[l].overdue(overdue.map((o) => o.name))] : []),
    ...(['submitted', 'approved', 'logEntries', 'activities'] as const).filter((k) => n[k] > 0).map((k) => T[l][k](n[k])),
  ];
  return notifications.notify(em, {
    allianceId,
    to: { roles: ['BACKBONE'] },
    kind: 'DIGEST_WEEKLY',
    subject: { type: 'Alliance', id: allianceId },
    link: links.dashboard(allianceId),
    params: { week: today },
    dedupKey: `DIGEST_WEEKLY:${today}`,
    lines,
  });
}

/**
 * The funders' monthly digest of an alliance they fund: approved values, decisions and new
 * activities of the last month, and the completeness of the open periods. Nothing new in the
 * month means no digest (an unchanged completeness is no news).
 */
export async function monthlyDigest(em: EntityManager, notifications: NotificationService, allianceId: string, now: Date, today: string): Promise<number> {
  const since = new Date(now);
  since.setUTCMonth(since.getUTCMonth() - 1);
  const n = await newEntries(em, allianceId, since, now);
  if (!n.approved && !n.decisions && !n.activities) return 0;
  const periods = await openPeriods(em, allianceId);
  const lines = (l: MailLocale) => [
    ...(['approved', 'decisions', 'activities'] as const).filter((k) => n[k] > 0).map((k) => T[l][k](n[k])),
    ...periods.map(T[l].period),
  ];
  return notifications.notify(em, {
    allianceId,
    to: { roles: ['FUNDER'] },
    kind: 'DIGEST_MONTHLY',
    subject: { type: 'Alliance', id: allianceId },
    link: links.dashboard(allianceId),
    params: { month: today.slice(0, 7) },
    dedupKey: `DIGEST_MONTHLY:${today.slice(0, 7)}`,
    lines,
  });
}
