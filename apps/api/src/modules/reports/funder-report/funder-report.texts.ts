import { frequencyOfKey, periodRange } from '@gemeinwerk/shared';
import { enumLabel } from '../../../core/i18n/enum-labels';
import { germanToAscii } from '../../../core/i18n/transliterate';
import type { ReportLanguage } from './funder-report.data';

/** Every word the funder report prints, German first. `{name}` placeholders. */
const DE = {
  title: 'Förderbericht',
  period: 'Berichtszeitraum',
  generated: 'Erstellt am {date} für {organisation} ({role})',
  page: 'Seite {page} von {pages}',
  footer: 'Erstellt mit Gemeinwerk am {date}',
  contents: 'Inhalt',
  agenda: 'Gemeinsame Zielsetzung',
  problemStatement: 'Ausgangslage',
  vision: 'Vision',
  goals: 'Ziele',
  noGoals: 'Es sind noch keine Ziele festgelegt.',
  completeness: 'Vollständigkeit der Berichte',
  completenessIntro:
    'Ein Wert ist vorläufig, solange die Berichtsperiode nicht abgeschlossen ist und noch nicht alle erwarteten Berichte freigegeben sind. Er kann sich noch ändern.',
  indicator: 'Indikator',
  periods: 'Perioden',
  approvedOfExpected: 'Freigegeben von erwartet',
  provisionalPeriods: 'Vorläufige Perioden',
  indicators: 'Indikatoren',
  noIndicators: 'Das Bündnis hat keine aktiven Indikatoren.',
  unit: 'Einheit',
  frequency: 'Turnus',
  direction: 'Richtung',
  baseline: 'Ausgangswert',
  actual: 'Ist',
  target: 'Ziel',
  reports: 'Berichte',
  status: 'Status',
  provisional: 'vorläufig',
  complete: 'vollständig',
  noData: 'keine Daten',
  nOfM: '{n} von {m}',
  suppressed: '< {k}',
  suppressedNote: 'Zahlen unter {k} werden zum Schutz Einzelner nicht ausgewiesen („< {k}“).',
  activities: 'Aktivitäten im Zeitraum',
  noActivities: 'Im Zeitraum gab es keine Aktivitäten.',
  activity: 'Aktivität',
  organisation: 'Organisation',
  timespan: 'Zeitraum',
  openEnded: 'offen',
  decisions: 'Entscheidungen im Zeitraum',
  noDecisions: 'Im Zeitraum wurden keine Entscheidungen festgehalten.',
  date: 'Datum',
  notForRole: 'Dieser Abschnitt ist für Ihre Rolle nicht sichtbar.',
  more: '… und {count} weitere.',
  legendActual: 'Ist (freigegeben)',
  legendProvisional: 'vorläufig (unvollständig)',
  legendTarget: 'Ziel',
} as const;

export type ReportTextKey = keyof typeof DE;

const EN: Record<ReportTextKey, string> = {
  title: 'Funder report',
  period: 'Reporting period',
  generated: 'Generated on {date} for {organisation} ({role})',
  page: 'Page {page} of {pages}',
  footer: 'Generated with Gemeinwerk on {date}',
  contents: 'Contents',
  agenda: 'Common agenda',
  problemStatement: 'Problem statement',
  vision: 'Vision',
  goals: 'Goals',
  noGoals: 'No goals have been set yet.',
  completeness: 'Completeness of reports',
  completenessIntro: 'A value is provisional while its reporting period is not closed and not all expected reports are approved. It may still change.',
  indicator: 'Indicator',
  periods: 'Periods',
  approvedOfExpected: 'Approved of expected',
  provisionalPeriods: 'Provisional periods',
  indicators: 'Indicators',
  noIndicators: 'The alliance has no active indicators.',
  unit: 'Unit',
  frequency: 'Frequency',
  direction: 'Direction',
  baseline: 'Baseline',
  actual: 'Actual',
  target: 'Target',
  reports: 'Reports',
  status: 'Status',
  provisional: 'provisional',
  complete: 'complete',
  noData: 'no data',
  nOfM: '{n} of {m}',
  suppressed: '< {k}',
  suppressedNote: 'Counts below {k} are not shown, to protect individuals (“< {k}”).',
  activities: 'Activities in the period',
  noActivities: 'There were no activities in the period.',
  activity: 'Activity',
  organisation: 'Organisation',
  timespan: 'Period',
  openEnded: 'open',
  decisions: 'Decisions in the period',
  noDecisions: 'No decisions were recorded in the period.',
  date: 'Date',
  notForRole: 'This section is not visible to your role.',
  more: '… and {count} more.',
  legendActual: 'Actual (approved)',
  legendProvisional: 'provisional (incomplete)',
  legendTarget: 'Target',
};

export interface ReportFormat {
  t(key: ReportTextKey, params?: Record<string, string | number>): string;
  /** An enum value's name (`FUNDER`; core/i18n/enum-labels, the exports' table), or the value itself when unknown. */
  e(value: string): string;
  number(n: number, decimals: number): string;
  /** YYYY-MM-DD as people of the language write a date. */
  date(iso: string): string;
  /** A period key (2026, 2026-Q1, 2026-03) as a short label. */
  period(key: string): string;
}

export function reportFormat(language: ReportLanguage): ReportFormat {
  const texts: Record<string, string> = language === 'de' ? DE : EN;
  const locale = language === 'de' ? 'de-DE' : 'en-GB';
  const dates = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const months = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const numbers = new Map<number, Intl.NumberFormat>();
  return {
    t: (key, params = {}) => texts[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? '')),
    e: (value) => enumLabel(value, language) ?? value,
    number: (n, decimals) => {
      // A report formats thousands of numbers: one formatter per number of decimals, not per number.
      const d = Math.max(0, Math.min(decimals, 4));
      let nf = numbers.get(d);
      if (!nf) numbers.set(d, (nf = new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: d })));
      return nf.format(n);
    },
    date: (iso) => dates.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
    period: (key) => {
      const frequency = frequencyOfKey(key);
      if (frequency === 'QUARTERLY') return `Q${key.slice(6)} ${key.slice(0, 4)}`;
      if (frequency === 'MONTHLY') return months.format(new Date(`${periodRange(key).startsOn}T00:00:00Z`));
      return key;
    },
  };
}

/** A file name of plain letters: `Foerderbericht-Bildungsbuendnis-Oststadt-2026-Q1-2026-Q4.pdf`. */
export function reportFileName(allianceName: string, from: string, to: string, language: string): string {
  const plain = germanToAscii(allianceName)
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${language === 'en' ? 'Funder-report' : 'Foerderbericht'}-${plain || 'Buendnis'}-${from}-${to}.pdf`;
}
