import type { EntityManager } from 'typeorm';
import type { MailLocale } from '../../core/mail/templates/render';
import { EXPECTED_REPORTS, COUNT_COLUMNS } from '../measurements/reporting-periods.repository';
import { select } from './db';
import { links } from './notification-kinds';
import type { NotificationService } from './notification.service';

interface PeriodCompleteness {
  periodKey: string;
  expected: number;
  approved: number;
  submitted: number;
}

/** Completeness of the open periods: the same counting as the reporting screens (EXPECTED_REPORTS). */
function openPeriods(em: EntityManager, allianceId: string): Promise<PeriodCompleteness[]> {
  return select<PeriodCompleteness>(
    em,
    `SELECT rp.period_key AS "periodKey", c.expected, c.approved, c.submitted
       FROM reporting_periods rp CROSS JOIN LATERAL (SELECT ${COUNT_COLUMNS} ${EXPECTED_REPORTS}) c
      WHERE rp.alliance_id = $1 AND rp.state = 'OPEN' AND c.expected > 0 ORDER BY rp.starts_on, rp.period_key`,
    [allianceId],
  );
}

/** What was added in [since, until): values handed in, values approved, log entries, activities. */
async function newEntries(em: EntityManager, allianceId: string, since: Date, until: Date) {
  const [r] = await select<{ submitted: number; approved: number; logEntries: number; decisions: number; activities: number }>(
    em,
    `SELECT (SELECT count(*)::int FROM measurements WHERE alliance_id = $1 AND submitted_at >= $2 AND submitted_at < $3) AS submitted,
            (SELECT count(*)::int FROM measurements WHERE alliance_id = $1 AND status = 'APPROVED' AND reviewed_at >= $2 AND reviewed_at < $3) AS approved,
            (SELECT count(*)::int FROM log_entries WHERE alliance_id = $1 AND created_at >= $2 AND created_at < $3) AS "logEntries",
            (SELECT count(*)::int FROM log_entries WHERE alliance_id = $1 AND type = 'DECISION' AND created_at >= $2 AND created_at < $3) AS decisions,
            (SELECT count(*)::int FROM activities WHERE alliance_id = $1 AND created_at >= $2 AND created_at < $3) AS activities`,
    [allianceId, since, until],
  );
  return r;
}

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
  const overdue = await select<{ name: string }>(
    em,
    `SELECT DISTINCT o.name FROM reporting_periods rp CROSS JOIN LATERAL (SELECT o.name, ms.status ${EXPECTED_REPORTS}) o
      WHERE rp.alliance_id = $1 AND rp.state = 'OPEN' AND rp.due_on < $2::date AND (o.status IS NULL OR o.status IN ('DRAFT', 'REJECTED'))
      ORDER BY o.name LIMIT 20`,
    [allianceId, today],
  );
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
